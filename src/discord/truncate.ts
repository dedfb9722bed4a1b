const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` characters (UTF-16 units, as Discord counts), cutting at the
 * last word boundary and ending with an ellipsis. Every string Dossier sends passes through here.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  const hard = safeCut(text, room);
  const lastSpace = hard.search(/\s\S*$/);
  // A boundary far back would throw away most of the room; then a mid-word cut reads better.
  const cut = lastSpace > room * 0.6 ? hard.slice(0, lastSpace) : hard;
  // A trailing backslash would escape the ellipsis and show up as a stray character.
  return `${closeOpenMarkdown(cut.trimEnd().replace(/\\+$/, ''))}${ELLIPSIS}`;
}

// Never split a surrogate pair: half an emoji or accented letter renders as a replacement box.
function safeCut(text: string, room: number): string {
  const code = text.charCodeAt(room - 1);
  const endsInHighSurrogate = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, endsInHighSurrogate ? room - 1 : room);
}

// A cut inside **bold** would leave Discord showing stray asterisks and bolding the ellipsis;
// drop the dangling opener instead.
function closeOpenMarkdown(text: string): string {
  const unescapedBold = text.match(/(?<!\\)\*\*/g)?.length ?? 0;
  if (unescapedBold % 2 === 0) return text;
  const lastOpener = text.lastIndexOf('**');
  return `${text.slice(0, lastOpener)}${text.slice(lastOpener + 2)}`;
}
