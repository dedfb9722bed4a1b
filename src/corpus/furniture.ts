import { isPlaceAndDayLine } from './datelines.js';
import { FOREIGN_WEEKDAY, findDate } from './dates.js';
import { readerAddress } from './reader-address.js';
import { capitalisedRatio, endsSentence, isOnlyPunctuation, linkDensity, wordCount } from './text-signals.js';

/**
 * Page furniture recognised from a single line, whatever the outlet: the vocabulary news sites share
 * for menus, share bars, sign-up boxes, cookie banners, advertising slots, footers and credits.
 * Patterns are anchored and length-capped so that a body paragraph which merely mentions a cookie or a
 * newsletter is not mistaken for one.
 */
export type FurnitureReason =
  | 'navigation'
  | 'newsletter'
  | 'subscription'
  | 'related'
  | 'share'
  | 'comments'
  | 'cookie banner'
  | 'advertisement'
  | 'footer'
  | 'credit'
  | 'byline'
  | 'timestamp'
  | 'image credit'
  | 'link'
  | 'rule'
  | 'feedback'
  | 'media'
  | 'author bio'
  | 'editor note'
  | 'promotion';

/** Why a block was left out of the article: its furniture kind, or its place on the page. */
/**
 * "Source: Serhii Tkachuk, Head of Zaporizhzhia Oblast Military Administration, on Telegram": a story's
 * own source, named with a job or the channel the words came through, is reporting; readers need to
 * see who said it. Ukrainian outlets print it under the byline with "Quote:" and "Details:" after it.
 */
const NAMED_STORY_SOURCE = String.raw`[^,]{2,40},\s*(?:the\s+)?(?:head|chief|minister|spokes\w*|governor|mayor|commander|president|director|adviser|advisor|deputy|press (?:service|secretary))\b|.*\b(?:on|via) (?:Telegram|Facebook|X|Twitter|Instagram|YouTube|TikTok)$`;
export const STORY_SOURCE = new RegExp(String.raw`^source\s*:\s*(?:${NAMED_STORY_SOURCE})`, 'iu');

export type DropReason =
  | FurnitureReason
  | 'headline'
  | 'before headline'
  | 'after article'
  | 'fragment'
  | 'summary label'
  | 'repeat'
  | 'off topic';

/** Whole-line labels, compared after lower-casing and trimming arrows, bullets and colons. */
const LABELS: Record<string, FurnitureReason> = {};
function label(reason: FurnitureReason, names: string): void {
  for (const name of names.split('|')) LABELS[name] = reason;
}
label(
  'navigation',
  'breaking news|breaking|developing story|exclusive|live updates|print this page|print article|text size|' +
    'font size|a a a|click here|please enable javascript|javascript is disabled|open in app|back to article|' +
    'download pdf|download references|download citation|download citations|rights and permissions',
);
// A sign-up box's button and its form's complaint, which a page pasted without blank lines separates
// from the box's pitch.
label(
  'newsletter',
  'sign up|sign up now|sign me up|i’m in|count me in|invalid email|invalid email address|please enter a valid email|' +
    'please enter a valid email address|email address',
);
label('share', 'republish|republish this story|republish this article');
// A government page's feedback box: "Is this page useful?" / "Yes" / "No" / "Report a problem ...".
label(
  'feedback',
  'is this page useful|is this page useful?|yes|no|report a problem with this page|updates to this page|' +
    'was this page helpful?|was this article helpful?|was this helpful?',
);
// A sign-up box's button: "I'm in".
label('newsletter', "i'm in");
label(
  'advertisement',
  'sponsor message|sponsored message|message from our sponsor|a message from our sponsor',
);
// A newsletter's foot: "Refer a friend", its referral programme's link.
label('promotion', 'refer a friend|refer a friend and earn rewards|share with a friend');
label('related', 'more by this author|more from this author|more by the author|more from the author');
label('image credit', 'file photo|file picture|file image|stock photo|handout photo');
label('footer', 'use our content|republish our content|republish this content');
label(
  'comments',
  'start the conversation|guidelines|comment guidelines|community guidelines|commenting guidelines',
);
// A journal's reference list at the foot of a news story: the label and the citations under it.
label('footer', 'references|bibliography|footnotes|journal reference|journal references');
// A disclaimer's heading, and the syndication box under a wire story repeating its summary ("Excerpt:").
label('footer', 'disclaimer|excerpt');
// Repeated between the paragraphs of some newspaper chains' pages, and the label over their byline.
label('navigation', 'article content|author of the article|authors of the article');
label(
  'share',
  'close panel|download|share post|share this post|share update|save to my list|add to myft|add to reading list|read later|saved articles|share article|share via|' +
    'copy article link|open image in gallery|expand image|enlarge image|view image in fullscreen',
);
label(
  'advertisement',
  'sponsored links|sponsored stories|promoted stories|promoted links|recommended by|around the web|' +
    'from our partners|paid partner content|partner stories|ads by google',
);
label(
  'cookie banner',
  'do not sell my personal information|do not sell or share my personal information|privacy settings',
);
label(
  'share',
  'share options|more sharing options|sharing options|save this story|save this article|save story',
);
// The buttons of a donation appeal: "Continue" / "Not ready to support today? Remind me later."
label(
  'subscription',
  'continue|remind me later|maybe later|not now|no thanks|no, thanks|support us|support now',
);
label(
  'navigation',
  'pinned|pinned post|key events|show key events only|key events only|show all events|latest updates',
);
// A live page's or list's paging buttons.
label(
  'navigation',
  'refresh|refresh for updates|refresh for the latest|refresh for the latest updates|refresh for latest updates|refresh this page|' +
    'load more|show more|view more|load more posts|load more updates|load more stories|load more articles|' +
    'show more posts|show more updates|older posts|newer posts|older entries|newer entries|load earlier posts',
);
label(
  'navigation',
  'menu|main menu|home|homepage|search|search the site|sign in|log in|login|log out|register|account|my account|' +
    'close|open|next|previous|prev|back|back to top|go to top|more|see all|view all|show all|skip|skip ad|' +
    'sections|navigation|edition|international edition|uk edition|us edition|' +
    'news|world|politics|business|sport|sports|opinion|culture|lifestyle|tech|technology|science|health|' +
    'entertainment|travel|video|videos|audio|podcasts|live|watch|listen|in pictures|weather|newsletters|' +
    'local|local news|national|us news|uk news|world news|obituaries|classifieds|jobs|e-edition|events|contact us|about us|topics|tags|' +
    'explore|explore more|discover more|learn more|find out more|see more|topic|search icon|menu icon|' +
    "today's paper|today’s paper|todays paper|print edition|e-paper|epaper|" +
    'just in|for you|explore more on these topics|suggested topics|reuse this content|print|email|' +
    'accessibility help|accessibility|terms of use|privacy policy|privacy|help|faq|site map|sitemap',
);
label(
  'share',
  'share|share this|share this article|share this story|share article|share full article|share page|' +
    'copy link|link copied|copied|copy|save|save article|saved|bookmark|tweet|post|like|follow|follow us|' +
    'facebook|twitter|x|whatsapp|linkedin|reddit|telegram|instagram|youtube|tiktok|bluesky|threads|' +
    'messenger|pinterest|flipboard|email this|gift this article|gift article|listen to this article|' +
    'download the app|get the app|read in app|more options|give|gift|translate|read it now|view bio|view profile|' +
    'add to favourites|add to favorites|print this article|print this story|advertise with us|live tv',
);
// The same labels in the language of the site's interface, over an English story's related links.
label(
  'related',
  'lea también|lee también|leia também|leia mais|veja também|lire aussi|à lire aussi|a lire aussi|lesen sie auch|lesen sie mehr|mehr zum thema|leggi anche|lees ook|lees meer|baca juga|lihat juga|ayrıca okuyun|ayrıca bakınız|czytaj także|czytaj też|citește și|čtěte také|läs också|les også|læs også|' +
    'meer over dit onderwerp|sur le même sujet|noticias relacionadas|notas relacionadas|notícias relacionadas|' +
    'articoli correlati|berita terkait|artikel terkait|verwandte artikel|ilgili haberler|ilgili haber',
);
label(
  'related',
  'related|related topics|related content|related articles|related stories|related news|related coverage|' +
    'related posts|related reading|related links|more posts|' +
    'more on this story|more on this|more stories|more from|more news|most read|most popular|most viewed|' +
    'most shared|recommended|recommended for you|recommended stories|you may also like|you might also like|' +
    'also read|read also|read more|read next|see also|trending|trending now|top stories|latest|latest news|' +
    "latest stories|editor’s picks|editor's picks|editors picks|must read|in other news|further reading|" +
    'continue reading|keep reading|read the full story|full story|more in this series|popular stories|' +
    'popular|most popular stories|most read stories|notable',
);
label(
  'advertisement',
  'advertisement|advertising|advert|ad|ads|sponsored|sponsored content|paid content|promoted|story continues|' +
    'partner content|story continues below|story continues below advertisement|article continues below|' +
    'article continues after advertisement|article continues after this advertisement|' +
    'continue reading the main story|scroll to continue with content|skip advertisement|' +
    'remove ads|ad feedback|report this ad|hide ad',
);
label(
  'comments',
  'comments|comment|view comments|show comments|hide comments|leave a comment|post a comment|add a comment|add comment|' +
    'join the conversation|join the discussion|have your say|discuss|conversation|reply|report|' +
    'member comments|reader comments|readers comments|comments section|most recent comments',
);
label(
  'cookie banner',
  'accept|accept all|accept cookies|reject|reject all|manage cookies|cookie settings|manage preferences|' +
    'manage my preferences|ok|okay|got it|i agree|agree|agree and continue|allow all|necessary only|' +
    "cookie policy|cookies|manage my cookies|manage cookie preferences|yes, i'm happy|yes, i’m happy|" +
    "i'm ok with that|i’m ok with that|continue without accepting|reject non-essential",
);
// An advertising slot's label, a link to the rest of the story or to more, a gallery and a sign-up
// button in the language of the site's interface, set between an English story's paragraphs.
label(
  'advertisement',
  'publicidad|publicidade|anzeige|werbung|publicité|pubblicità|advertentie|iklan|reklam|reklama|reklame|annons|mainos|' +
    'реклама|διαφήμιση|publicitate',
);
label(
  'related',
  "sigue leyendo|seguir leyendo|continúa leyendo|continuar leyendo|weiterlesen|suite de l’article|suite de l'article|" +
    'lire la suite|lees verder|baca selengkapnya|devamını oku|continua a leggere|continue a ler|continuar lendo|' +
    'artículo relacionado|artículos relacionados|te puede interesar|también te puede interesar|más información|' +
    'más noticias|ver más|zum thema|auch interessant|das könnte sie auch interessieren|à lire également|' +
    'sur le même thème|vous aimerez aussi|potrebbe interessarti|ti potrebbe interessare|berita lainnya|' +
    'ilginizi çekebilir|veja mais|saiba mais',
);
label(
  'media',
  'galería|galeria|bildergalerie|fotogalerie|fotogalería|diaporama|galleria fotografica|fotoğraf galerisi|vídeo|vidéo',
);
label('image credit', 'foto|fotos|fotografía|fotografia');
// A cookie banner's buttons in the language of the site's interface.
label(
  'cookie banner',
  'akkoord|accepteren|alles accepteren|accepter|tout accepter|accepter et fermer|aceptar|aceptar todo|aceptar y cerrar|' +
    'aceitar|aceitar todos|aceito|accetta|accetta tutto|accetto|akzeptieren|alle akzeptieren|zustimmen|einverstanden|' +
    'kabul et|kabul ediyorum|terima|setuju|saya setuju|godkänn|acceptera|accepter alle|godta|hyväksy',
);
label(
  'image credit',
  'image|photo|photograph|picture|getty images|image source|media caption|enlarge|expand',
);

interface FurniturePattern {
  reason: FurnitureReason;
  pattern: RegExp;
  maxWords: number;
  /** Labels and teasers carry no full stop; with one, the same opening words are usually reporting. */
  notSentence?: boolean;
}

const PATTERNS: FurniturePattern[] = [
  {
    reason: 'navigation',
    pattern: /^(skip|jump) (to|next|over|past)\b/i,
    maxWords: 8,
  },
  { reason: 'navigation', pattern: /^(jump|go) to (main )?(content|navigation)/i, maxWords: 8 },
  { reason: 'advertisement', pattern: /^(advertisement|sponsored|paid (post|content))\b/i, maxWords: 8 },
  // "A MESSAGE FROM PAYCHEX": a newsletter's sponsor box, headed by the sponsor's name.
  {
    reason: 'advertisement',
    pattern: /^(?:a )?message from (?:our (?:sponsor|partner)s?|[\p{Lu}\p{N}][\p{L}\p{N}&'’. -]{1,40})$/iu,
    maxWords: 7,
  },
  {
    reason: 'advertisement',
    pattern: /^(story|article|text) continues (below|after)|^scroll (down )?to continue/i,
    maxWords: 10,
  },
  {
    reason: 'newsletter',
    pattern: /^(new|free|our|the|get (the|our))\b.{0,50}\bnewsletters?\b/i,
    maxWords: 14,
    notSentence: true,
  },
  {
    reason: 'newsletter',
    pattern: /^(sign up|signup|sign-up|register) (to|for|now|here|today|and)\b/i,
    maxWords: 45,
  },
  {
    reason: 'newsletter',
    pattern:
      /^(enter your e-?mail|your e-?mail( address)?|by (signing up|subscribing|registering|clicking)|get (our|the) .{0,40}(in|to) your inbox|delivered (straight )?to your inbox|thank you for (signing up|subscribing))/i,
    maxWords: 60,
  },
  { reason: 'newsletter', pattern: /\b(newsletter|inbox)\b.*\b(sign up|subscribe)\b/i, maxWords: 30 },
  {
    // A sign-up box's pitch: "An essential round-up of science news ..., delivered to your inbox every weekday."
    reason: 'newsletter',
    pattern: /\b(delivered|sent|straight|direct) (straight |directly )?to your inbox\b/i,
    maxWords: 30,
  },
  {
    reason: 'navigation',
    pattern:
      /\byou are using a browser (version )?with limited support\b|\b(use|update to|upgrade to) a (more )?(up[- ]to[- ]date|modern|newer|recent) browser\b|\bturn off compatibility mode\b/i,
    maxWords: 70,
  },
  {
    // "The Lancet Planetary Health DOI: 10.1016/S2542-5196(26)00041-2": a paper's identifier.
    reason: 'footer',
    pattern: /\bdoi\s*:?\s*(https?:\/\/(dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+$/i,
    maxWords: 20,
  },
  {
    reason: 'advertisement',
    pattern: /^this advertisement has not loaded\b|\byour (article|story) continues below\.?$/i,
    maxWords: 16,
  },
  {
    // A journal's citation: "Hughes, T. P. et al. Science 359, 80–83 (2018)."
    reason: 'footer',
    pattern: /^\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3}.{0,160}\((?:19|20)\d\d\)\.?$/u,
    maxWords: 50,
  },
  {
    // The line over an embedded teaser or the story's own date: "This content was published on".
    reason: 'timestamp',
    pattern:
      /^this (content|article|story|page) was (first )?(published|updated|posted)( on)?\b|^this (article|story) was originally published (on )?(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.? \d)/iu,
    maxWords: 12,
  },
  {
    reason: 'credit',
    pattern: /^(machine[- ])?translated (from [\p{L}]+ )?(by|with|using) \S/iu,
    maxWords: 10,
  },
  {
    // A nonprofit's note that a body it reports on also funds it: "Disclosure: The Texas Water ..."
    reason: 'footer',
    pattern:
      /^(disclosures?|disclaimer)\s*:\s*\S|\bdo(es)? not (necessarily )?(represent|reflect) the (views|opinions?|policy)\b/i,
    maxWords: 90,
  },
  {
    reason: 'subscription',
    pattern:
      /^(subscribe|already (a )?(subscriber|member|have an account)|support (local|independent|our|quality) journalism|become a (member|subscriber|supporter)|get unlimited|unlock|this (article|story|content) is (only )?(for|available to) .{0,30}\b(subscribers|members)|you have \d+ free articles?|you've reached your|to continue reading|create a free account|start your free trial|donate)\b/i,
    maxWords: 60,
  },
  {
    reason: 'share',
    pattern: /^share (this|on|via|the|article|story|page|to|or comment|and comment)\b/i,
    maxWords: 12,
  },
  {
    reason: 'media',
    pattern: /^scroll (down )?(for|to see|to watch) (the )?(video|more|pictures|photos)\b/i,
    maxWords: 8,
  },
  {
    reason: 'share',
    pattern:
      /^(follow|like|find|join|connect with) (us|me|\w+( \w+)?) on (x|twitter|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|bluesky|threads|google news|social media)\b/i,
    maxWords: 25,
  },
  { reason: 'share', pattern: /^(click|tap) (here )?to (share|tweet|email|print|copy)/i, maxWords: 12 },
  {
    // "All rights reserved" in the language of the site's interface, closing the page.
    reason: 'footer',
    pattern:
      /^(todos los derechos reservados|todos os direitos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden|hak cipta dilindungi|tüm hakları saklıdır|wszelkie prawa zastrzeżone|všechna práva vyhrazena|toate drepturile rezervate)/iu,
    maxWords: 20,
  },
  {
    // A newsletter's pitch in the language of the site's interface: "Suscríbete a nuestro boletín".
    reason: 'newsletter',
    pattern:
      /^(suscríbete|suscribete|inscrivez-vous|abonnez-vous|abonnieren sie|newsletter abonnieren|assine|inscreva-se|iscriviti|schrijf je in|meld je aan|berlangganan|abone ol)\b/iu,
    maxWords: 14,
    notSentence: true,
  },
  {
    // A publishing system's notice to a logged-in editor, pasted with the page: "You are the owner of
    // this article.", "You have permission to edit this article."
    reason: 'navigation',
    pattern:
      /^you (are|have|can|may)\b.{0,40}\b(owner|author|editor|permission|edit)\b.{0,30}\b(article|story|page|post)\.?$/i,
    maxWords: 12,
  },
  {
    // "REUTERS/Agustin Marcarian", "AFP/Luis Robayo": the wires credit a picture agency first, in capitals.
    reason: 'image credit',
    pattern: /^\p{Lu}{2,}[\p{Lu}\p{N}&.-]*\s*\/\s*\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u,
    maxWords: 6,
  },
  {
    // A reading time in the language of the site's interface: "Temps de lecture : 4 min", "Lesezeit 3 Min."
    reason: 'share',
    pattern:
      /^(temps de lecture|lecture|lesezeit|lesedauer|tiempo de lectura|lectura|tempo de leitura|leitura|tempo di lettura|lettura|leestijd|waktu baca|okuma süresi)\s*:?\s*\d+\s*(min|minutos|minuti|minuten|menit|dakika|dk)\b/iu,
    maxWords: 8,
  },
  {
    // A cookie banner in the language of the site's interface: "Nous utilisons des cookies ...".
    reason: 'cookie banner',
    pattern:
      /^(nous utilisons|ce site( web)? utilise|wir verwenden|wir nutzen|diese (web)?seite (verwendet|nutzt)|utilizamos|usamos|este (sitio|site)( web)? (usa|utiliza)|utilizziamo|questo sito( web)? utilizza|wij gebruiken|we gebruiken|deze (web)?site gebruikt|kami menggunakan|situs ini menggunakan|bu (web )?site(miz)?)(?![\p{L}]).{0,200}(?<![\p{L}])(cookies?|çerez\p{L}*)/iu,
    maxWords: 90,
  },
  {
    reason: 'share',
    pattern: /^(listen to|read) this (article|story)\b|^\d+\s*min(ute)?s? (read|listen)\b/i,
    maxWords: 10,
  },
  {
    reason: 'comments',
    pattern:
      /^(\d+ comments?|comments?\s*\(\d+\)|(please )?(log in|sign in|register)( here)? to (comment|reply|join|leave a comment|post a comment|add a comment)|you must be logged in|comments (are|have been) (closed|moderated|open)|join the (conversation|discussion)|leave a (comment|reply)|we welcome (your )?comments|please (keep|be) (comments )?(civil|respectful)|view \d+ comments)/i,
    maxWords: 45,
  },
  {
    reason: 'cookie banner',
    pattern:
      /^(we|this (web)?site|our (web)?site|by (continuing|using|clicking|browsing)|we and our (\d+ )?partners)\b.{0,200}\bcookies?\b/i,
    maxWords: 90,
  },
  {
    reason: 'cookie banner',
    pattern:
      /^(we (care about|value) your privacy|your privacy (choices|settings|options)|cookie (policy|settings|preferences|notice|consent))\b/i,
    maxWords: 90,
  },
  {
    reason: 'subscription',
    pattern:
      /^not ready to (support|donate|give|subscribe|contribute)\b|^(remind|ask) me (later|next time)\.?$/i,
    maxWords: 12,
  },
  {
    // An agency's site carrying a short version of its wire: "... contains only a portion of the news
    // stories offered to subscribers ... Please contact us for subscription options."
    reason: 'subscription',
    pattern:
      /\bonly a (portion|selection|part) of the (news|stories|content)\b|\bcontact us (for|about) (subscription|licensing|syndication)\b/i,
    maxWords: 60,
  },
  {
    // Reader-funded outlets explaining themselves: "Notes from Poland is run by a small editorial team
    // ... funded through donations from our readers", "Independent journalism costs money."
    reason: 'subscription',
    pattern:
      /\b(funded|supported|paid for) (in part )?(by|through) (the )?(donations|contributions|subscriptions) (from|of|by) (our )?(readers|members)\b|\bwe cannot do (what|this|it)\b.{0,30}\bwithout your support\b|^independent journalism (costs|needs|isn['’]t|is not|matters)\b|\bfor the price of a (coffee|cup of coffee)\b|^at [\p{Lu}][\p{L}\p{N} .&'’-]{1,40}, we (firmly |strongly )?(believe|are committed|are dedicated)\b/iu,
    maxWords: 70,
  },
  {
    // "Grist is a nonprofit, independent media organization dedicated to ...", "Undark is a non-profit,
    // editorially independent digital magazine ...": the outlet on itself, perhaps with its American
    // tax status ("a 501(c)(3) nonprofit newsroom").
    reason: 'subscription',
    pattern:
      /^[\p{Lu}][\p{L}\p{N}&'’. -]{1,40} is an? (?:501\s?\(c\)\s?\(3\),? )?(nonprofit|non-profit|not-for-profit|independent|reader-funded|reader-supported)\b.{0,40}\b(media|news|newsroom|journalism|publication|magazine)( organi[sz]ation| outlet| site)?\b/u,
    maxWords: 60,
  },
  {
    reason: 'comments',
    pattern: /\bbefore your comment (can be|is|will be) (posted|published|shown)\b/i,
    maxWords: 20,
  },
  {
    reason: 'subscription',
    pattern: /^[Tt]hank you for (reading|visiting|choosing|supporting) [\p{Lu}][^.!]{1,50}[.!]?$/u,
    maxWords: 12,
  },
  {
    reason: 'subscription',
    pattern: /^are you (already )?(a )?(subscribed|subscriber|member|signed up)\b/i,
    maxWords: 12,
  },
  {
    // "Slate is published by The Slate Group, a Graham Holdings Company."
    reason: 'footer',
    pattern: /^[\p{Lu}][\p{L}\p{N}&'’. -]{1,40} is (published|produced) by [\p{Lu}][^.]{2,80}\.$/u,
    maxWords: 20,
  },
  {
    // Academic authors' disclosure statements, which survive even when their label does not.
    reason: 'footer',
    pattern:
      /^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,3} (receives|has received) funding from\b|\bprovides funding as a (founding )?(member|partner) of\b|\bdoes not work for, consult, own shares in\b/u,
    maxWords: 40,
  },
  {
    reason: 'image credit',
    pattern: /^(main|top|header|lead|featured|cover|hero) (image|photo|picture|photograph)( credit)?\s*:/i,
    maxWords: 20,
  },
  // A copyright notice may go on about reuse at length; it is never reporting.
  // Agencies bracket it under the story: "[Copyright The Jiji Press, Ltd.]".
  { reason: 'footer', pattern: /^\[?(©|ⓒ|\(c\)\s|copyright\b)/i, maxWords: 90 },
  {
    // Desk credits in a header or at the foot: "Editor: Zhang Long", "Translator: Ricky Nugraha",
    // "(Web editor: Zhang Kaiwei, Liang Jun)".
    reason: 'credit',
    pattern:
      /^\(?(?:[Ee]dit(?:or|ors|ed [Bb]y|ing|ion)|[Pp]roduc(?:er|ed [Bb]y)|[Tt]ranslat(?:or|ion|ed [Bb]y)|[Pp]hotographer|[Pp]hoto editor|[Ww]eb editor|[Dd]esk)\s*:\s*\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,4}){0,3}\)?$/u,
    maxWords: 14,
  },
  { reason: 'footer', pattern: /\ball rights reserved\b/i, maxWords: 40 },
  {
    reason: 'footer',
    pattern:
      /^[\p{Lu}][\p{L}\p{N}&'’. -]{1,50} (delivers|provides|brings you|offers) (independent|award-winning|trusted|in-depth|unrivalled|the latest|breaking|comprehensive)\b/u,
    maxWords: 80,
  },
  {
    reason: 'footer',
    pattern:
      /(to learn more about republishing|republish(ing)? (this|our) (content|article|story)|the views expressed in this article|our standards:|trust principles|this material may not be published, broadcast)/i,
    maxWords: 80,
  },
  {
    reason: 'footer',
    pattern:
      /^(terms (of use|and conditions|& conditions)|privacy (policy|notice)|contact us|about us|accessibility)\b.*[|·•]/i,
    maxWords: 40,
  },
  {
    // Wire credits name people: "Reporting by Guy Faulconbridge; Editing by Alex Richardson".
    reason: 'credit',
    pattern:
      /^\(?([Aa]dditional )?([Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Ee]dited|[Ww]ritten|[Ff]act-checking) [Bb]y:? (\p{Lu}[\p{L}'’.-]+ ?){1,4}(;|,|$| and | in | from |\.$|\)$)/u,
    maxWords: 50,
  },
  {
    reason: 'credit',
    pattern: /contributed (reporting )?(to|for) this (report|story|article)\.?$/i,
    maxWords: 45,
  },
  {
    // "Some of this information came from Reuters.": the wire copy a broadcaster's story drew on.
    reason: 'credit',
    pattern:
      /^(some )?(of )?(the )?(information|material) (in|for|of) this (report|story|article) (came|comes) from\b|^some of (this|the) (information|material) (came|comes) from\b/i,
    maxWords: 20,
  },
  {
    // The Trust Project's story label and its definition: "Type of Story: News" / "Based on facts
    // either observed and verified directly by the reporter ...".
    reason: 'footer',
    pattern:
      /^type of (story|work|article)\s*:|^based on facts,? either observed and verified\b|^advocates for ideas and draws conclusions\b/i,
    maxWords: 40,
  },
  {
    reason: 'navigation',
    pattern:
      /\b(internet explorer|your browser|this browser)\b.{0,40}\b(is )?(not|no longer) (supported|compatible)\b/i,
    maxWords: 20,
  },
  {
    // "ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians ...":
    // an Australian or Canadian site's acknowledgement of country in its footer.
    reason: 'footer',
    pattern:
      /^(?:[\p{Lu}][\p{L}\p{N} .&'’-]{1,40} |we )(?:acknowledges?|respectfully acknowledges?|pays? (?:our |its )?respects? to) (?:the )?(?:Aboriginal|Indigenous|First Nations|Traditional (?:Owners|Custodians)|Māori)\b/u,
    maxWords: 80,
  },
  {
    // "This story was originally published November 25, 2026 at 6:00 AM.", "Originally Published: ...":
    // the first edition's time stamp, printed where the story ends.
    reason: 'timestamp',
    pattern:
      /^(this (story|article) was )?(originally|first) published\b.{0,20}\b(\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    maxWords: 16,
  },
  {
    // "Comments - 0", "Comments (12)": the count over a comment box.
    reason: 'comments',
    pattern: /^comments?\s*[-–:(]?\s*\d+\s*\)?$/i,
    maxWords: 3,
  },
  {
    // "Comments will be edited (grammar, spelling and slang) and authorized at the discretion of ...".
    reason: 'comments',
    pattern:
      /^comments (will|may|are|must) be (edited|moderated|reviewed|approved|authori[sz]ed|published)\b/i,
    maxWords: 60,
  },
  {
    // "Follow The Himalayan Times on Twitter and Facebook": the outlet named where "us" would be.
    reason: 'share',
    pattern:
      /^(do )?follow (us|me|(the )?\p{Lu}[\p{L}\p{N}'’.&-]*( \p{Lu}[\p{L}\p{N}'’.&-]*){0,4}) (on|via) (twitter|x|facebook|instagram|telegram|whatsapp|linkedin|threads|bluesky|youtube|tiktok|google news)\b/iu,
    maxWords: 16,
  },
  {
    // "Cookies on GOV.UK" heading a cookie banner; "All content is available under the Open Government
    // Licence v3.0": the licence a government site's footer grants.
    reason: 'cookie banner',
    pattern: /^cookies on (the )?\S+( website| site)?$/i,
    maxWords: 6,
  },
  {
    reason: 'footer',
    pattern: /\bopen government licen[cs]e\b|^all content is available under\b/i,
    maxWords: 30,
  },
  {
    // "These were the updates on Tuesday, November 25.": a live page's note that it has moved on.
    reason: 'navigation',
    pattern:
      /^(these (were|are) the (live )?updates (on|for|from)\b|this (live )?(blog|page|coverage) (is|has) (now )?(closed|ended|paused)\b|we('ve| have) (now )?(closed|ended|paused) (this|our) (live )?(blog|page|coverage)\b)/i,
    maxWords: 16,
  },
  {
    // "From CNN’s Junko Ogura", "From CNN's Helen Regan and Mike Valerio", "ABC News' Allison Pecorin":
    // a live post's byline.
    reason: 'byline',
    pattern:
      /^(?:[\p{Lu}][\p{L}\p{N}&.]*(?: \p{Lu}[\p{L}\p{N}&.]*){0,2} (?:News|Press|Times|Post|Radio|Television)['’]s? \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}$)|^[Ff]rom \p{Lu}[\p{L}\p{N}&.]*( \p{Lu}[\p{L}\p{N}&.]*){0,3}['’]s \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3}((,| and) \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3}){0,3}$/u,
    maxWords: 14,
  },
  {
    // "Comments: Our rules" / "We want our comments to be a lively and valuable part of our community".
    reason: 'comments',
    pattern:
      /^comments?\s*:\s*our rules$|^we want (our|your) comments\b|^(read )?our (comments?|commenting) (policy|rules|guidelines)\b/i,
    maxWords: 40,
  },
  {
    // "CAITLIN WELSH is Director of ...": a journal's note on its author, the name set in capitals.
    reason: 'author bio',
    pattern: /^\p{Lu}{2,}(?:[ -]\p{Lu}{1,}\.?){1,3} (?:is|was|has been|served as)\b/u,
    maxWords: 60,
  },
  {
    // "Published in the print edition of the December 1, 2026, issue, with the headline ...".
    reason: 'editor note',
    // "This article appears in the December 2026 issue of St. Louis Magazine."
    pattern:
      /^(published|appeared|appears|printed) in the print edition\b|^this (article|story|piece) (appears|appeared) in the .{0,40}\bissue\b/i,
    maxWords: 40,
  },
  {
    // "Representational Image. File Pic": a stock picture's label, describing nothing.
    reason: 'image credit',
    pattern:
      /^(representational|representative|illustrative|file|stock) (image|photo|picture|pic)s?\.?(\s*(file |stock )?(pic|photo|picture|image)s?\.?)?$/i,
    maxWords: 5,
  },
  {
    // A syndicating site's disclaimers: "This story has been sourced from a third party syndicated feed,
    // agencies. ... accepts no responsibility ...", "... reserves the sole right to alter, delete or remove".
    reason: 'footer',
    pattern:
      /\bsourced from a third[- ]party (syndicated )?feed\b|\baccepts no (responsibility|liability)\b|\breserves the (sole )?right to (alter|delete|remove|edit)\b/i,
    maxWords: 60,
  },
  {
    // "You must be Registered or Signed In to post a comment".
    reason: 'comments',
    pattern: /\b(to|before you can) (post|leave|add|write) a comment\b/i,
    maxWords: 16,
  },
  {
    // Author contact lines closing local and regional stories.
    reason: 'credit',
    pattern:
      /\b(can be reached at|reach (him|her|them) at|contact (him|her|them|the (writer|reporter|author)) at|e-?mail (him|her|them) at)\b|^contact (the )?(reporter|editor|author|writer)s?\b|\bfollow (him|her|them) on (x|twitter|bluesky|threads|instagram|facebook|linkedin)\b/i,
    maxWords: 45,
  },
  {
    // "Contact Mary Spicuzza at mary.spicuzza@…": the reporter by name, not "Contact the council at".
    reason: 'credit',
    pattern: /^Contact (\p{Lu}[\p{Ll}'’-]+ ){1,3}at \S+@\S+/u,
    maxWords: 45,
  },
  {
    // An address closing the line; not a caption whose photographer's address closes it ("... on Nov.
    // 12, 2026. Paul Kitagaki Jr.pkitagaki@sacbee.com").
    reason: 'credit',
    pattern:
      /^(?=[^@]*@)(?!.*[.!?]["'”’]?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*\p{Ll}[\p{L}\p{N}._-]*@\S+$).*\S+@\S+\.\w+\.?$/u,
    maxWords: 45,
  },
  // "Source: Reuters", "Source: Statistics Finland"; not the story's own source (STORY_SOURCE).
  {
    // "Source: Mirjam Mõttus/ERR" under a picture: the photographer and the outlet.
    reason: 'image credit',
    pattern:
      /^[Ss]ource\s*:\s*\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*\/\s*\p{Lu}[\p{L}\p{N}&. -]{1,30}$/u,
    maxWords: 8,
  },
  {
    reason: 'credit',
    pattern: new RegExp(String.raw`^source\s*:\s*(?!${NAMED_STORY_SOURCE})\p{L}[^.]{1,80}$`, 'iu'),
    maxWords: 12,
  },
  {
    reason: 'related',
    pattern:
      /^(read|see|watch|more) (more )?(from|on|about|of) .{1,40}:$|^related (article|video|link|story|content)s?$|^(read|see|watch|more) (more )?(on|about) (the same|this|that) (topic|subject|story|issue)$/i,
    maxWords: 10,
  },
  {
    reason: 'feedback',
    pattern: /\bvalues? your (feedback|comments)\b|^how relevant is this ad\b/i,
    maxWords: 40,
  },
  {
    reason: 'media',
    pattern:
      /^press play\b|^(listen|play) to (this|the) (article|story)\b|^voiced by\b|^loading\W*$|^audio (is|was) generated\b/i,
    maxWords: 12,
  },
  { reason: 'related', pattern: /^this (article|story|piece|report) is part of\b/i, maxWords: 20 },
  {
    // "Watch the Edmonton Oilers take on the Winnipeg Jets on Sportsnet and Sportsnet+ at 7 p.m. MT": a
    // broadcaster's listing for the next game, set under its own sports story ("Catch the game live on
    // TSN at 7:30 p.m."); "on Monday at 5 p.m." is when something happened, not a channel.
    reason: 'promotion',
    pattern:
      /^(?:[Ww]atch|[Ss]tream|[Cc]atch|[Tt]une in to) (?:(?:the|all the|every|our) |(?=\p{Lu})).{3,80}\b(?:live )?on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\b)\p{Lu}.{0,60}\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b/u,
    maxWords: 30,
  },
  // "ALSO ON YALE E360", "Also from The Spinoff": a box of the site's other stories, headed by its name.
  {
    reason: 'related',
    pattern: /^(also|more) (on|from|at) (the )?\p{Lu}[\p{L}\p{N} .&'’-]*$/iu,
    maxWords: 6,
  },
  {
    reason: 'subscription',
    pattern:
      /^(log in|sign in|register)\b.{0,40}\b(to|for)\b.{0,30}\b(save|read|comment|continue|access|bookmark)/i,
    maxWords: 20,
  },
  { reason: 'navigation', pattern: /\btext size\b|^(increase|decrease) (text|font)\b/i, maxWords: 5 },
  {
    reason: 'share',
    pattern:
      /^(connect|contact|follow|find) (with )?(me|us|him|her|them )?\s*(via|on) (twitter|x|email|e-mail|facebook|linkedin|instagram|bluesky)\b/i,
    maxWords: 12,
  },
  {
    reason: 'promotion',
    pattern: /^[\p{Lu}][\p{L} .&'’-]{1,40} has the latest (on|from|news)\b/u,
    maxWords: 20,
  },
  {
    reason: 'media',
    pattern:
      /\b(using|uses) AI to (generate|summari[sz]e|create)\b|^generate key takeaways$|^(key )?takeaways generated\b/i,
    maxWords: 40,
  },
  {
    // Sign-up consent small print: "We use your sign-up to provide content in ways you've consented to".
    reason: 'newsletter',
    pattern:
      /\b(your sign-?up|you['’]ve consented|you have consented|unsubscribe at any time|our privacy (notice|policy))\b/i,
    maxWords: 50,
  },
  { reason: 'comments', pattern: /^have your say\b|\bin the comments( section)? below\b/i, maxWords: 16 },
  { reason: 'timestamp', pattern: /^this (article|story) is (more|over) than \d+ \w+ old$/i, maxWords: 10 },
  {
    reason: 'newsletter',
    // "At the daily briefing, the minister said ...": a press briefing is reported on, so only the
    // site's own briefing ("our daily briefing", "this morning briefing") or one offered to the reader is.
    pattern:
      /\b(this|our|a|the) (free )?(weekly|daily|morning|evening|free) (news)?(newsletter|email)\b|\b(this|our) (free )?(weekly|daily|morning|evening) briefing\b|^(?=.*\byou(r)?\b).*\b(a|the) (free )?(weekly|daily|morning|evening) briefing\b/i,
    maxWords: 35,
  },
  { reason: 'navigation', pattern: /^(please )?(turn on|enable|activate) javascript\b/i, maxWords: 14 },
  { reason: 'share', pattern: /^(reading )?time( to read| to)?\s*:?\s*\d+\s*min/i, maxWords: 6 },
  {
    reason: 'footer',
    pattern:
      /^translation of an? (original )?article\b|\bmay only be (held )?liable for\b|^this (article|story) (was|has been) translated\b/i,
    maxWords: 50,
  },
  { reason: 'related', pattern: /^click (the|on the) .{1,30} to follow\b.*:$/i, maxWords: 14 },
  { reason: 'footer', pattern: /^[\w-]+\.(com|net|org|co\.uk|news|in|eu|de|fr|com\.au),/i, maxWords: 40 },
  { reason: 'advertisement', pattern: /\b(outbrain|taboola|revcontent|ads by google)\b/i, maxWords: 12 },
  {
    reason: 'media',
    pattern:
      /^(photo|image|picture|slide)?\s*\d+\s*(of|\/)\s*\d+$|^your browser does not support\b|^(watch|see|listen to) the (full|whole) (interview|video|report|clip)\b|^this (summary|audio|article summary) (is|was) (ai-generated|generated)\b/i,
    maxWords: 16,
  },
  {
    reason: 'media',
    // ("WATCH: Union leaders say talks have stalled. – May 19, 2026" dated like this is the lead video's
    // caption.)
    pattern:
      /^(watch|video|listen|audio|photos?|gallery|podcast)( now| more| also| next)?\s*:(?!.*\s[–—-]\s+\p{L}{3,9}\.? \d{1,2}, \d{4}$)/iu,
    maxWords: 20,
    notSentence: true,
  },
  {
    reason: 'related',
    pattern: /^(go|dive) deeper\s*:|^catch up quick\s*:|^flashback\s*:/i,
    maxWords: 20,
    notSentence: true,
  },
  { reason: 'navigation', pattern: /^(view|see|show) all\b/i, maxWords: 5 },
  { reason: 'media', pattern: /\bembed (link|code)\b|^copy\/paste\b/i, maxWords: 14 },
  { reason: 'navigation', pattern: /^why you can trust\b|\s[-–|]\s+back to home$/i, maxWords: 10 },
  {
    reason: 'media',
    pattern:
      /^\d{1,2}:\d{2}(:\d{2})?(\s*[-–|]\s*source\s*:.*)?$|^please use .{0,40}\bbrowser\b|\b(video|audio) player\b|^(this video|the video) (can ?not|is not available)/i,
    maxWords: 16,
  },
  {
    reason: 'comments',
    pattern:
      /^comments (have to|must|should|may|are|will) .{0,200}(guidelines|abusive|moderat|english|civil)/i,
    maxWords: 60,
  },
  {
    reason: 'navigation',
    // "404 Media" is a publisher's name; "404", "404 error", "404 - Page not found" are the error page.
    pattern:
      /^(page not found|404(\s*error\b|\s*[-–:|]|\s+not found\b|\s*$)|the (content|page) you requested (does not|doesn't) exist)/i,
    maxWords: 20,
  },
  { reason: 'navigation', pattern: /^(read|leer|lire|lesen|leggi) (in|en|auf) \p{L}+$/iu, maxWords: 4 },
  {
    reason: 'share',
    pattern:
      /\b(download(ing)?|get|install) (the|our) .{0,40}\bapps?\b|\bon (the )?app store\b|^\d+\s*min(ute)?s?( read(ing time)?| listen)?$/i,
    maxWords: 20,
  },
  {
    reason: 'byline',
    pattern: /^([Rr]eporting|[Ww]riting|[Rr]eported|[Tt]ext|[Ww]ords) (from|by)\s*:?\s*\p{Lu}/u,
    maxWords: 8,
  },
  // "— Omar Abdel-Baqui", "— Jane Doe, The Canadian Press": a live post signed off by its reporter,
  // the dash and the name alone, perhaps with the outlet.
  {
    reason: 'byline',
    pattern:
      /^[—–]\s*\p{Lu}[\p{L}'’.-]+(?: (?:(?:de|da|di|del|der|van|von|la|le|al|el|bin|ibn) )?\p{Lu}[\p{L}'’.-]+){0,3}(?:,\s*(?:The )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3})?$/u,
    maxWords: 10,
  },
  {
    reason: 'credit',
    pattern: /^\(?[\p{Lu}][\p{L}\p{N} .&'’-]{1,40} with (AFP|Reuters|AP|agencies|wires)\)?\.?$/u,
    maxWords: 10,
  },
  {
    // "Daniel Hurst is a Times correspondent covering Ukraine": the author's note after the story.
    reason: 'author bio',
    pattern:
      /^(?!(The|A|An|This|That|It|Its|Their|His|Her|Mr|Mrs|Ms|Dr) )(?!.*\b(said|says|told|according|detained|arrested|killed|died)\b)\p{Lu}[\p{L}'’-]+(\s+((de|da|van|von|der|le|la|al|el|bin|di|du)\s+)?\p{Lu}[\p{L}'’-]+){1,3}(,? (Jr|Sr)\.?)? ((is|was|has been|covers|reports|writes)\b.{0,80}\b(correspondent|reporter|editor|writer|journalist|columnist|contributor|bureau chief)s?\b|joined (the )?\p{Lu}[\p{L}]+( \p{Lu}[\p{L}]+)* (in (19|20)\d\d|as an?\b)|(covers|reports on|writes about) )/u,
    maxWords: 60,
  },
  {
    reason: 'footer',
    pattern: /^a version of this (article|story) (appears|appeared) in (the )?print\b/i,
    maxWords: 80,
  },
  {
    reason: 'feedback',
    pattern:
      /^(have a|got a) (confidential |news )?tip\b|^(get in touch|contact us|tip us)\b|^send (us )?(your )?(tips|story ideas)\b/i,
    maxWords: 25,
  },
  {
    // Wire-service notes: "— With assistance from James Attwood", "(Updates with share move ...)".
    reason: 'credit',
    pattern:
      /^[—–-]{0,2}\s*with (additional )?(assistance|reporting) (from|by)\b|^\((updates|adds|recasts|corrects|refiles|changes|writes through|new throughout)\b[^)]*\)\.?$/i,
    maxWords: 30,
  },
  {
    reason: 'newsletter',
    pattern:
      /^(i|i'd|i’d) (would )?like to (be emailed|receive)\b|\bread our privacy (notice|policy)\.?$|^(type|enter) your e-?mail/i,
    maxWords: 40,
  },
  {
    reason: 'editor note',
    pattern: /^(editor['’]s note|note to readers|clarification|correction)\s*:/i,
    maxWords: 80,
  },
  {
    // The attribution line under an embedded post: "— Alexander Houck (@AHouck) August 30, 2017".
    reason: 'link',
    pattern: /^[—–-]\s*[^()]{2,60}\(@\w+\)\s*(\p{L}+\.? \d{1,2}, \d{4})?$/u,
    maxWords: 14,
  },
  {
    reason: 'newsletter',
    pattern:
      /\b(e-?mail address|privacy notice|data protection rights)\b.*\b(newsletters?|privacy notice|data protection)\b/i,
    maxWords: 45,
  },
  { reason: 'footer', pattern: /\bprotected by reCAPTCHA\b|^rate this article\b/i, maxWords: 30 },
  {
    reason: 'credit',
    pattern:
      /^\(?this (story|article|report) (has not been|was not|was) (edited|auto-generated|generated|published)\b|\bauto-generated from a syndicated feed\b/i,
    maxWords: 40,
  },
  {
    // "PTI | Chennai | Updated: 03-02-2026 18:42 IST": a header line whose point is the time stamp.
    reason: 'timestamp',
    pattern:
      /\b(published|updated|posted|created|issued)\s*:?\s*(on\s+)?(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.? \d)/iu,
    maxWords: 20,
    notSentence: true,
  },
  {
    reason: 'subscription',
    pattern:
      /\b(consider supporting|please support|becoming a (member|supporter|subscriber|patron)|become a (member|supporter|subscriber|patron)|subscribe for free|make a (donation|contribution)|donate (now|today))\b|^(thanks|thank you) for reading\b|^(note|a note|a message) from the (author|editor|newsroom)\b/i,
    maxWords: 60,
  },
  {
    reason: 'comments',
    pattern:
      /\bcomment(ing|s)? (forum|section|policy|guidelines)\b|^join (our|the) (commenting|comment|community)\b/i,
    maxWords: 20,
  },
  { reason: 'related', pattern: /^(list of \d+ items|list \d+ of \d+|end of list)$/i, maxWords: 6 },
  {
    reason: 'timestamp',
    pattern:
      /^(published|updated|last updated|last modified|first published|posted|modified|created|issued|date)\b(\s*(on|at))?\s*:?\s*($|.*(\d|\bago\b))/i,
    maxWords: 16,
  },
  {
    // "November 25, 2026 Wanga Gwede - Nyasa Times 3 Comments": a blog theme's date, author and
    // comment count run together under the headline.
    reason: 'timestamp',
    pattern:
      /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.? \d{1,2},? (19|20)\d\d \p{Lu}[^.!?]*$/iu,
    maxWords: 14,
  },
  {
    reason: 'timestamp',
    pattern: /^(about |over )?(\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago$/i,
    maxWords: 5,
  },
  {
    reason: 'image credit',
    pattern:
      /^\(?(image source|image credit|photo credit|picture credit|credit|photo|photograph|picture|image|pic|foto|bild)\s*[,:]\s*\S/i,
    maxWords: 8,
  },
  {
    // "(APA/Reuters)", "(AFP, dpa)": the agencies a wire story came from, alone at its end.
    reason: 'credit',
    pattern: /^\(\p{Lu}[\p{L}-]*(?:\s*[/,]\s*\p{Lu}[\p{L}-]*){0,3}\)$/u,
    maxWords: 5,
  },
  {
    // "(PNA photo by Robert Oswald P. Alfiler)", "(File photo courtesy of DPWH)": a credit alone on
    // its line, in brackets, where the picture was.
    reason: 'image credit',
    pattern:
      /^\((?:[\p{Lu}][\p{L}.&-]*\s+){0,3}(?:file |screen )?(?:photo|photograph|picture|image|video|screengrab)s? (?:by|from|courtesy of|via)\s+[^()]{2,60}\)$/iu,
    maxWords: 14,
  },
  {
    reason: 'image credit',
    pattern: /^(getty images|reuters|ap|afp|epa|anadolu|shutterstock)( via getty images)?$/i,
    maxWords: 5,
  },
  { reason: 'image credit', pattern: /purchase licensing rights|opens new tab/i, maxWords: 12 },
  {
    // "Photo of a newspaper box in Harrisburg by Jonathan Nash used under a Creative Commons license.":
    // the licence note for the page's picture, set at the foot of the story.
    reason: 'image credit',
    pattern: /^(photo|image|picture|illustration)s? .*\bused under (a )?creative commons licen[cs]e\b/i,
    maxWords: 40,
  },
  {
    // "Justin Sullivan | Getty Images", "Mark Mitchell / NZME": a photographer and an agency.
    reason: 'image credit',
    pattern:
      /^\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3}\s*[|/]\s*(Getty Images|AFP|Reuters|REUTERS|AP|AP Photo|EPA|EPA-EFE|Bloomberg|Shutterstock|Alamy|Anadolu|Xinhua|NurPhoto|SOPA Images)$/u,
    maxWords: 8,
  },
  {
    // "Photo-illustration by The Atlantic. Source: Getty.", "Image by author", "Illustration by Jo Lee"
    reason: 'image credit',
    pattern:
      /^(photo[- ]?illustration|illustration|image|photo|photograph|graphic|chart|map|video|animation)s? (by|from|courtesy of|via)\s+\S/i,
    maxWords: 12,
  },
  {
    // Tag lists under a story: "Topics: Climate, Energy, Oil", "Filed under: Housing".
    reason: 'related',
    pattern:
      /^(topics?|tags?|more about|read more about|filed under|categories|category|keywords|more on)\s*:\s*\S/i,
    maxWords: 25,
    notSentence: true,
  },
  {
    // A note on the picture that credits no one, so it marks no caption above it either.
    reason: 'editor note',
    pattern:
      /^(the )?(image|photo|picture|photograph)s? (is |are )?(used )?(for )?(illustrative|illustration|representational|representation)( purposes?)?( only)?\.?$/i,
    maxWords: 10,
  },
  {
    reason: 'related',
    pattern: /^you (may|might|could) (also )?(like|enjoy|be interested in)\b/i,
    maxWords: 10,
    notSentence: true,
  },
  {
    // "The following is an edited transcript of the conversation."
    reason: 'editor note',
    pattern:
      /^the following (is|has been) (an? )?((lightly|partially) )?(edited|condensed|abridged)?( and (edited|condensed))? ?(transcript|interview|conversation|version)\b|^this (interview|transcript|conversation) (has been|was) ((lightly|partially) )?(edited|condensed)\b/i,
    maxWords: 30,
  },
  {
    // "(Colombo/Mar06/2026)": a wire's sign-off with its place and date.
    reason: 'credit',
    pattern: /^\(\p{Lu}[\p{L} ]{1,30}\/\p{L}{3}\d{1,2}\/(19|20)\d\d\)$/u,
    maxWords: 6,
  },
  {
    // Paywall prompts: "Login or signup to continue reading", "All articles from our website & app".
    reason: 'subscription',
    pattern:
      /^(login|log in|sign in|signup|sign up|register)( or (signup|sign up|register|subscribe|log in|login))? to (continue|keep) reading\b|^all (articles|stories|content) (from|on) our (website|site|app)/i,
    maxWords: 12,
  },
  {
    // "Read this post in Español, Français, Português": the page in other languages.
    reason: 'navigation',
    pattern: /^(read|view) (this|the) (post|article|story|page) in\b/i,
    maxWords: 16,
  },
  {
    // "English Español Français Deutsch": a language picker, each edition named in its own language.
    reason: 'navigation',
    pattern:
      /^(?:(?:english|español|espanol|français|francais|deutsch|português|portugues|italiano|nederlands|bahasa|indonesia|melayu|türkçe|polski|русский|українська|українською|العربية|عربي|中文|简体中文|繁體中文|日本語|한국어|latviešu|eesti|lietuvių|svenska|norsk|dansk|suomi|ελληνικά|română|magyar|čeština|hrvatski|srpski|tiếng việt|ไทย|हिन्दी|filipino|kiswahili|català|euskara|galego|lëtzebuergesch|luxembourgish|فارسی|اردو|עברית)\s*[|/·•,]?\s*){2,}$/iu,
    maxWords: 14,
  },
  {
    // The outlet on itself: "KFF Health News is a national newsroom that produces ...", "Engadget is a
    // web magazine with obsessive daily coverage of ..."
    reason: 'footer',
    pattern:
      /^\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4} is an? (?:[\p{L}-]+ ){0,3}(?:web magazine|news site|news website|newsroom|news organi[sz]ation|news service|news outlet|media organi[sz]ation|publication)\b(?!.*\b(?:said|says|told)\b)/u,
    maxWords: 60,
  },
  {
    // "Civil Beat’s coverage of Hawaii’s environment is supported by the Hawaii Community Foundation."
    reason: 'editor note',
    pattern:
      /^\p{Lu}[\p{L}\p{N}&'’. -]{1,40}['’]s (coverage|reporting|journalism)\b.{0,60}\b(is|are) (supported|funded|made possible|underwritten) (in part )?by\b/u,
    maxWords: 40,
  },
  {
    // Shopping disclosures: "Some of our stories include affiliate links ... we may earn a commission."
    reason: 'footer',
    pattern:
      /\baffiliate (links?|commissions?|partnerships?)\b|\bmay earn (a|an) (small )?(affiliate )?commission\b|\bthrough a link on (our|this) site\b.{0,40}\bmay (receive|earn) compensation\b/i,
    maxWords: 70,
  },
  {
    reason: 'footer',
    pattern: /^this (story|article|content) (can|may) be republished\b|\bcan be republished for free\b/i,
    maxWords: 30,
  },
  {
    reason: 'comments',
    pattern:
      /\bcomments? (are|is|will be) (reviewed|moderated|checked|approved)\b|^be (respectful|civil|kind|polite)\b|^(authors?|members?|users?), please log in\b/i,
    maxWords: 40,
  },
  {
    // "CNA file photo", "AP file photo": a picture's credit with nothing to caption.
    reason: 'image credit',
    pattern: /^\p{Lu}{2,8} (file|stock|archive|handout) (photo|picture|image)\.?$/u,
    maxWords: 4,
  },
  {
    // "Mike Lindblom: 206-515-6304 or mlindblom@seattletimes.com": a reporter's contact line.
    reason: 'credit',
    pattern: /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}:\s*(?:\+?\d[\d() .-]{6,}|\S+@\S+\.\w+)/u,
    maxWords: 45,
  },
  {
    // "Categories: Economy, Mercosur, Uruguay.": a list of names, whatever closes it.
    reason: 'related',
    pattern:
      /^(?:[Cc]ategor(?:y|ies)|[Tt]ags?|[Tt]opics?|[Kk]eywords?|[Ff]iled under)\s*:\s*\p{Lu}[\p{L}\p{N} '’&-]*(,\s*\p{Lu}[\p{L}\p{N} '’&-]*)+\.?$/u,
    maxWords: 25,
  },
  {
    // Membership appeals: "Readers like you are keeping these stories free for everyone..."
    reason: 'subscription',
    pattern: /^(?!.*\b(said|says|told)\b).*\breaders like you\b/i,
    maxWords: 50,
  },
  {
    reason: 'comments',
    pattern: /^(show|see|view|read|load|open) (all )?\d+ (comments?|replies|responses)\b/i,
    maxWords: 6,
  },
  {
    reason: 'media',
    pattern: /^(listen|watch|play)\s*\(?\d+(:\d\d)?\s*(min|mins|minutes?)?\)?$/i,
    maxWords: 4,
  },
  { reason: 'share', pattern: /^read time\s*:?\s*\d+/i, maxWords: 6 },
  {
    reason: 'subscription',
    pattern: /^(enjoy|get|unlock) (unlimited|full|digital) (access|reading)\b/i,
    maxWords: 20,
  },
  {
    reason: 'subscription',
    pattern:
      /\b(available|reserved) (exclusively |only )?(to|for) .{0,40}\b(subscribers|members|insiders)\b|^(have|already have) an account\b/i,
    maxWords: 25,
  },
  { reason: 'share', pattern: /^copy (the )?link\b/i, maxWords: 6 },
  {
    reason: 'footer',
    pattern:
      /\b(is|are|constitutes) a breach of (our|the) (terms|copyright)\b|\bterms and conditions and copyright policy\b/i,
    maxWords: 60,
  },
  {
    reason: 'feedback',
    pattern:
      /^((found|spotted|see) (a|an) (mistake|typo|error)|report (it|an error|a mistake|a typo) to us)\b/i,
    maxWords: 10,
  },
  {
    reason: 'related',
    pattern: /^(tags?|keywords?|topics?)\s*(\/|&|and)\s*(tags?|keywords?|topics?)\s*:?$/i,
    maxWords: 4,
  },
  // Not a box reason: the summary points it labels stay the standfirst.
  {
    reason: 'editor note',
    pattern: /^ai[- ](assisted|generated) (summary|key points|takeaways)\b/i,
    maxWords: 8,
  },
  {
    reason: 'subscription',
    pattern: /^support (us|our (work|journalism|newsroom)|\p{Lu}[\p{L}]+)$/iu,
    maxWords: 3,
  },
  // A sign-up box's title and pitch: "Daily Sabah Newsletter", "Keep up to date with what's happening ..."
  { reason: 'newsletter', pattern: /^[\p{Lu}][\p{L}'’ &.-]{1,40} newsletters?$/u, maxWords: 6 },
  {
    reason: 'newsletter',
    pattern: /^(keep|stay) (up to date|up-to-date|updated|informed|in the know|ahead)\b/i,
    maxWords: 25,
  },
  {
    reason: 'subscription',
    pattern: /\brequires? an? (premium|paid|digital|full)? ?subscription\b/i,
    maxWords: 25,
  },
  {
    // Trust Project labels explaining a story's type: "News Based on facts, either observed and verified ..."
    reason: 'editor note',
    pattern:
      /^(news|opinion|analysis|explainer|review|perspective)\s*:?\s*(based on facts|advocates for ideas|interpretation of the news|an? (expert|personal) (view|take))\b/i,
    maxWords: 40,
  },
  {
    reason: 'media',
    // "NEWYou can now listen to Fox News articles!": the badge runs into the words.
    pattern: /you can now listen to\b|^listen to (our|all|more) .{0,30}\b(articles|stories)\b/i,
    maxWords: 14,
  },
  {
    // A site's logo and its alternative text: "Business Insider logo", "The Verge homepage".
    reason: 'navigation',
    pattern: /^[\p{L}\p{N} .&'’-]{2,40} (logo|homepage)\.?$/iu,
    maxWords: 6,
  },
  {
    // Audio and app promotions: "Enjoy more audio and podcasts on iOS or Android."
    reason: 'promotion',
    pattern: /\b(on|for) (ios|android|apple podcasts|spotify)( (or|and) (ios|android|spotify))?\b/i,
    maxWords: 14,
  },
  {
    reason: 'media',
    pattern:
      /\b(voice|audio|narration|reading|summary) (is|was) (ai|ai-generated|generated|computer-generated)\b/i,
    maxWords: 14,
  },
  {
    // "Banner image: Mangroves on a former shrimp pond. Image by ...": the lead picture's note at the foot.
    reason: 'image credit',
    pattern: /^(banner|header|featured|top|lead|main|cover) (image|photo|picture)\s*:/i,
    maxWords: 40,
  },
  {
    reason: 'related',
    pattern: /^related (listening|reading|viewing|podcasts?|videos?|episodes?)\b/i,
    maxWords: 12,
  },
  {
    reason: 'footer',
    pattern:
      /^(this|a version of this) (article|story) (appeared|appears|was published) in the\b.{0,60}\bprint edition\b|^(this|a version of this) (article|story|feature|piece|essay|review|profile) (appears|appeared|will appear|ran) in (the|our) .{0,40}\b(issue|print edition|magazine)\b|^this (article|story|feature|piece|essay) (is|was) (a selection|an excerpt|excerpted|adapted) from (the|our|a|an) .{0,50}\b(issue|edition|magazine|book)\b|^from the .{0,30}\bedition$|^(request|submit|view|report) (an? )?(reprint|correction|editorial|technical|error|issue)\b/i,
    maxWords: 40,
  },
  {
    // Outlets' statements about themselves at the foot: "Newsweek is committed to challenging ..."
    reason: 'footer',
    pattern:
      /^(?!(The|A|An|This|That|It|We|He|She|They)\b)\p{Lu}[\p{L}&'’-]+( \p{Lu}[\p{L}&'’-]+){0,3} is (committed|dedicated) to (challenging|providing|delivering|bringing|independent|quality|accurate|fair)\b(?!.*\b(said|says|told)\b)/u,
    maxWords: 40,
  },
  {
    reason: 'link',
    pattern: /\bclick here\.?$|^read (it|more|the full story) (now|here)\.?$/i,
    maxWords: 20,
  },
  {
    reason: 'feedback',
    pattern:
      /^(do you like|did you (like|enjoy|find)|was this (article|story|page) (helpful|useful)|how (does|did) this (article|story) make you feel)\b/i,
    maxWords: 12,
  },
  {
    // Metered paywalls: "You've read 1 article in the last month", "You have 3 free articles left",
    // "You have read 1 of 3 free articles this month.", "This is your last free article."
    reason: 'subscription',
    pattern:
      /^this is your (?:last|final|first) free (?:article|story)\b|^you(?:['’]ve| have) read (?:\d+|one|two|three)(?: (?:of|out of) (?:\d+|your|three|five|ten))? (?:free |complimentary )?(?:articles?|stories)\b|^you have \d+ (free )?(articles?|stories) (left|remaining)\b/i,
    maxWords: 16,
  },
  {
    // "Cite this Article:" and the reference under it ("..., accessed November 26th, 2026, https://..."),
    // or "Citation: Cartier, K. M. S. (2026), ...": a magazine's offer of a citation, not its reporting.
    reason: 'share',
    pattern:
      /^(how to |to )?cite this (article|story|page|piece)\b|^(citation|how to cite)\s*:\s*\S|\baccessed (on )?[\p{L}\p{N} ,]{3,30}?,? https?:\/\/\S+\.?$/iu,
    maxWords: 60,
  },
  {
    // The outlet describing itself at the foot of the story: "The Ferret is an award-winning media
    // co-operative owned by its members.", "The Lincolnite is an independent news publisher ..."
    reason: 'editor note',
    pattern:
      /^(the )?\p{Lu}[\p{L}\p{N}&'’.-]*( \p{Lu}[\p{L}\p{N}&'’.-]*){0,3} is an? ([\p{Ll}-]+,? ){0,4}(newsroom|news publisher|news organi[sz]ation|news outlet|news site|news website|news service|media co-operative|media cooperative|publication)\b/u,
    maxWords: 40,
  },
  {
    // "Morning Brew is a Morning Brew Inc. publication.": the outlet naming the company it belongs to.
    reason: 'editor note',
    pattern:
      /^(the )?\p{Lu}[\p{L}\p{N}&'’.-]*( \p{Lu}[\p{L}\p{N}&'’.-]*){0,3} is an? (\p{Lu}[\p{L}\p{N}&'’.,-]* ){1,5}(publication|brand|title)\.?$/u,
    maxWords: 14,
  },
  {
    // "Gothamist is funded by sponsors and member donations": the outlet on how it pays its way.
    reason: 'editor note',
    pattern:
      /^(the )?\p{Lu}[\p{L}\p{N}&'’.-]*( \p{Lu}[\p{L}\p{N}&'’.-]*){0,3} is (funded|supported|powered|made possible) (by|through) (its )?(sponsors|readers|members|member|donations|listeners|viewers|subscribers|grants)\b/u,
    maxWords: 30,
  },
  {
    // "Mada Masr is an independent Egyptian online newspaper.": independent, and of its country.
    reason: 'editor note',
    pattern:
      /^(the )?\p{Lu}[\p{L}\p{N}&'’.-]*( \p{Lu}[\p{L}\p{N}&'’.-]*){0,3} is an? (independent|nonprofit|non-profit|not-for-profit),? ([\p{Ll}-]+,? |\p{Lu}\p{Ll}+(an|ese|ish|i),? ){0,3}(newspaper|magazine|news platform|media outlet|media organi[sz]ation)\b/u,
    maxWords: 40,
  },
  {
    // "Last update: about 2 hours ago".
    reason: 'timestamp',
    pattern:
      /^(last )?(update[ds]?|published|posted)\s*:?\s*(about |around |over )?\d+\s+(minutes?|mins?|hours?|hrs?|days?)\s+ago$/i,
    maxWords: 8,
  },
  {
    // Partnership notes: "This article was produced for ProPublica’s Local Reporting Network ..."
    reason: 'editor note',
    pattern:
      /^(this|a version of this) (article|story|report|piece|investigation) (was )?(first|originally) (appeared|ran|was published|published) (in|on|at|by)\b|^originally (published|posted|appeared) (on|in|at|by) [^,]{2,60}$|^this (article|story|report|piece|investigation) (was|is) (produced|written by a local democracy reporter|co-published|published in partnership|reported|made possible|supported|funded|part of a collaboration|(originally )?(published|republished|reproduced|appeared) (by|in|on|with permission|here|from))\b/i,
    maxWords: 60,
  },
  {
    // A sign-up box's pitch in the newsroom's voice: "We summarize the week's scientific breakthroughs
    // every Thursday."
    reason: 'newsletter',
    pattern:
      /^we (summari[sz]e|round up|recap|deliver|bring you|send you|email you)\b.{0,80}\b(every|each) (day|week|weekday|morning|evening|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    maxWords: 30,
  },
  {
    // A comments box's label and its house rules: "Comments: Our rules", "We want our comments to be a
    // lively and valuable part of our community ...", "You are personally liable for any comments ...".
    reason: 'comments',
    pattern:
      /^(?=comments?\s*[:|-]\s*(our |read our |see our |house )?(rules|guidelines|policy|terms|standards)\b|we (want|would like|hope|aim for) (our|your) (comments?|comment sections?|discussions?|commenters)\b|we (encourage|welcome|value) (lively|respectful|civil|thoughtful|constructive|open)\b.{0,60}\b(debate|discussion|conversation|comments?)\b|(please )?(read|review|see|follow) our (comment(ing)?|community|discussion|house) (rules|guidelines|policy|standards)\b|you are (solely |personally |legally )?(responsible|liable) for (the content of )?(any |your |all )?(comments?|posts?|contributions?)\b|we (reserve the right to|may) (remove|delete|edit|moderate|refuse) (any )?(comments?|posts?)\b|commenting (is|has been) (now )?(closed|disabled|unavailable|turned off)\b|keep it (civil|clean|respectful|kind)\b|by (posting|submitting|leaving) (a |your )?comments?\b.{0,60}\b(agree|accept|consent)|(this|the) (discussion|conversation|comment thread) (is|has been) (now )?closed\b|want to (join the (conversation|discussion)|comment|leave a comment|share your thoughts)\b)(?!.*\b(?:said|says|told)\b)/i,
    maxWords: 60,
  },
  {
    // A licence note for the page's pictures: "Except where otherwise noted, images are subject to
    // copyright. Any reuse without express permission from the copyright owner is prohibited."
    reason: 'footer',
    pattern:
      /^(except|unless) (where |as |when )?(otherwise )?(noted|stated|indicated|specified|credited)\b.{0,80}\b(copyright|licen[cs]ed?|creative commons|reuse|permission)\b|^(all )?(images?|photos?|photographs?|pictures?|content|text)\b.{0,80}\b(licen[cs]ed|copyright)\b.{0,60}\b(unless|except where|except as) otherwise (noted|stated|indicated|specified)\b/i,
    maxWords: 50,
  },
  {
    // An app's promotion: "Take Us With You! Real-time updates and all local stories you want right in
    // the palm of your hand."
    reason: 'promotion',
    pattern: /^take us with you\b|\bright in the palm of your hand\b/i,
    maxWords: 40,
  },
  // The app's name as its button reads: "Sacramento Bee App".
  { reason: 'promotion', pattern: /^(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,4}App$/u, maxWords: 5 },
  {
    // Call-outs for readers' experiences: "Do you work at a nursing home? We want to hear from you."
    reason: 'feedback',
    pattern:
      /\b(we (want|would like|['’]d like|['’]d love|would love) to hear from you|share your (story|experience)s? with us|tell us (about )?your (story|experience))\b/i,
    maxWords: 40,
  },
  {
    reason: 'related',
    pattern:
      /^(?!.*\s[–—-]\s+\p{L}{3,9}\.? \d{1,2}, \d{4}$)(?:(read more|related|related (?:news|stories|story|articles?|coverage|links?)|see also|also read|read also|more|watch|listen|read next|recommended|opinion|analysis|explainer|video|photos|gallery|lea también|lee también|leia também|leia mais|veja também|lire aussi|à lire aussi|a lire aussi|lesen sie auch|lesen sie mehr|mehr zum thema|leggi anche|lees ook|lees meer|baca juga|lihat juga|ayrıca okuyun|ayrıca bakınız|czytaj także|czytaj też|citește și|čtěte také|läs också|les også|læs også)\s*[:|»›>-]\s*\S|read\s*:\s*\S)/iu,
    maxWords: 30,
    notSentence: true,
  },
  {
    // "Live: Ukraine latest" links to a live page; "LIVE | Taxi strike brings Johannesburg CBD to a
    // standstill" is a live page's own headline, as long as any other.
    reason: 'related',
    pattern: /^live\s*[:|»›>-]\s*\S/i,
    maxWords: 5,
    notSentence: true,
  },
];

/** Everything a section label may carry around it on a pasted page: bullets, arrows, counts, colons. */
export function bareLabel(text: string): string {
  const label = text
    .toLowerCase()
    // Bullets and list numbers ("1. ", "2) ", "3 "), but not a brand's digits ("9News").
    .replace(/^(?:[\s\-–—•·*|>›»#.)]|\d+(?:[.)]\s*|\s+|$))+/, '')
    .replace(/[\s:»›>|•·*…→↗!-]+$/, '');
  // A count in brackets ("Comments (12)") closes few lines; most need not be searched for one.
  return (label.endsWith(')') ? label.replace(/\s*\(\d+\)$/, '') : label).trim();
}

/** The furniture a single line is, by its own words, or null when it may be content. */
export function furnitureReason(text: string): FurnitureReason | null {
  // Menus, share bars and footers repeat from page to page of one site, word for word: a short
  // line's answer is kept rather than found again by every pattern.
  if (text.length > MAX_REMEMBERED_LINE) return readFurniture(text);
  const remembered = recentReasons.get(text);
  if (remembered !== undefined) return remembered;
  if (recentReasons.size >= RECENT_REASONS_LIMIT) recentReasons.clear();
  const reason = readFurniture(text);
  recentReasons.set(text, reason);
  return reason;
}

/**
 * "Francis Campbell · Journalist | Posted: Nov. 25, 2026, 4:31 p.m.": fields parted by bars or dots
 * whose last is a clock time; its "p.m." is no sentence's full stop.
 */
const FIELDS_ENDING_IN_CLOCK = /\s[|·•]\s.*\b\d{1,2}[:.]\d{2}\s*[ap]\.m\.$/i;

const recentReasons = new Map<string, FurnitureReason | null>();
const RECENT_REASONS_LIMIT = 4096;
const MAX_REMEMBERED_LINE = 120;

function readFurniture(text: string): FurnitureReason | null {
  const trimmed = text.trim();
  if (isOnlyPunctuation(trimmed)) return 'rule';
  const labelled = LABELS[bareLabel(trimmed)];
  if (labelled !== undefined) return labelled;
  const count = wordCount(trimmed);
  const sentence = endsSentence(trimmed) && !FIELDS_ENDING_IN_CLOCK.test(trimmed);
  for (const { reason, pattern, maxWords, notSentence } of PATTERNS) {
    if (count <= maxWords && !(notSentence && sentence) && pattern.test(trimmed)) return reason;
  }
  if (isUrlLine(trimmed)) return 'link';
  if (linkDensity(trimmed) >= 0.5 && count <= 20) return 'link';
  if (isActionRow(trimmed)) return 'share';
  if (isMenuLine(trimmed)) return 'navigation';
  if (isTimestampLine(trimmed)) return 'timestamp';
  if (readerAddress(trimmed) === 'prompt') return 'promotion';
  // Whole sentences in capitals are a promotion shouting at the reader, never a paragraph of news.
  if (count >= MIN_SHOUTED_WORDS && isShouted(trimmed)) return 'promotion';
  return null;
}

const MIN_SHOUTED_WORDS = 6;

function isShouted(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (const character of text) {
    const code = character.charCodeAt(0);
    // Plain ASCII answers without a Unicode property lookup; that is most of any English page.
    if (code < 128) {
      if (code >= 65 && code <= 90) capitals++;
      else if (code < 97 || code > 122) continue;
      letters++;
    } else if (LETTER.test(character)) {
      letters++;
      if (CAPITAL.test(character)) capitals++;
    }
  }
  return letters > 0 && capitals / letters >= 0.8;
}

const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

export function isUrlLine(text: string): boolean {
  return /^(?:(?:canonical(?: url)?|url|link|source|original(?: article)?)\s*:\s*)?<?(https?:\/\/|www\.)\S+>?$/i.test(
    text.trim(),
  );
}

/**
 * The buttons over or under a story, pasted as one line: "Share Print Save article", "Listen · Share ·
 * Comment", "Compartir en Facebook Compartir en X Enviar por WhatsApp", "Auf Facebook teilen". Every
 * word is a button's verb, a platform, or the little words that join them, in whatever language the
 * site's interface speaks while its story is in English; a headline always names something else.
 */
function isActionRow(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s|·•/,]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  if (words.length < 2 || words.length > MAX_ACTION_ROW_WORDS) return false;
  let verbs = 0;
  let platforms = 0;
  for (const word of words) {
    if (BUTTON_VERBS.has(word)) verbs += 1;
    else if (SHARING_PLATFORMS.has(word)) platforms += 1;
    else if (!BUTTON_JOINERS.has(word)) return false;
  }
  return verbs >= 1 || platforms >= 2;
}

const MAX_ACTION_ROW_WORDS = 16;

/**
 * What a page's buttons say they do, in the languages of the interfaces English stories appear under.
 * Not "mail" nor "stampa" (print): "The Mail" and "La Stampa" are newspapers' names.
 */
const BUTTON_VERBS = new Set(
  (
    'share|print|save|email|e-mail|comment|comments|listen|copy|tweet|bookmark|send|download|' +
    'compartir|enviar|imprimir|guardar|copiar|escuchar|comentar|comentarios|' +
    'compartilhar|partilhar|salvar|ouvir|comentários|' +
    'partager|envoyer|imprimer|enregistrer|sauvegarder|copier|écouter|commenter|commentaires|' +
    'teilen|drucken|merken|speichern|senden|versenden|kopieren|anhören|vorlesen|kommentieren|kommentare|' +
    'condividi|invia|salva|copia|ascolta|commenta|commenti|' +
    'delen|deel|versturen|verstuur|mailen|printen|afdrukken|opslaan|bewaren|kopieer|kopiëren|luister|reageer|reacties|' +
    'bagikan|kirim|cetak|simpan|salin|dengarkan|komentar|' +
    'paylaş|tweetle|yazdır|kaydet|kopyala|dinle|yorum|yorumlar|gönder|' +
    'dela|spara|lyssna|del|gem|lagre|lytt|lyt|udostępnij|drukuj|zapisz|sdílet|tisk|uložit|megosztás|nyomtatás|' +
    'distribuie|trimite|printează|salvează|comparte|поделиться|поділитися|chia'
  ).split('|'),
);

const SHARING_PLATFORMS = new Set(
  'facebook|x|twitter|whatsapp|linkedin|telegram|reddit|messenger|pinterest|flipboard|bluesky|threads|instagram|line|viber|vk|e-posta|correo|courriel|pdf'.split(
    '|',
  ),
);

/** The words that join a button's verb to its object: "on", "via", "per", "en", "auf", "ke", "l'article". */
const BUTTON_JOINERS = new Set(
  (
    'on|via|to|by|this|the|article|story|link|page|' +
    'en|por|el|la|este|esta|artículo|enlace|noticia|' +
    'no|na|pelo|artigo|notícia|' +
    "sur|par|le|lien|l’article|l'article|cet|" +
    'auf|per|den|diesen|artikel|' +
    "su|il|questo|articolo|l’articolo|l'articolo|" +
    'op|dit|' +
    'ke|lewat|ini|tautan|berita|' +
    'haberi|haber|bağlantı|bağlantıyı|' +
    'på|skriv|ut|artikeln|artikkel|pe|sẻ'
  ).split('|'),
);

/**
 * "Home | World | Middle East", "News › World › Africa" or "Home → Industry → Manganese": several short
 * items joined by separators.
 */
function isMenuLine(text: string): boolean {
  const items = text.split(/\s+[|•·»›>/→❯]\s+|\s{3,}|\t+/).filter((item) => item.trim() !== '');
  if (items.length >= 3) return items.every((item) => wordCount(item) <= 6 && !endsSentence(item));
  // A breadcrumb: "Hong Kong / Health & Environment", "News › World". Not a byline and its date:
  // "By Marcel Honoré / March 6, 2026".
  return (
    items.length === 2 &&
    /\s[/›>»→❯]\s/.test(text) &&
    !/^by\s/i.test(text) &&
    !/\d/.test(text) &&
    items.every((item) => wordCount(item) <= 3 && capitalisedRatio(item) === 1)
  );
}

/**
 * A line that is only a date or time ("Thu 31 Jul 2025 14.00 BST", "July 31, 2025 3:04 PM GMT+3"):
 * once the date, the clock and the calendar words are removed, almost nothing is left.
 */
const CLOCK_BEFORE_DATELINE = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[|·•–—-]\s*/i;

export function isTimestampLine(text: string): boolean {
  // "Posted at Nov 26 2026 07:15 AM | Updated as of Nov 26 2026 02:40 PM": two stamps side by side.
  // "Thursday, November 26, 2026 | Today's paper": the date beside a link.
  const stamps = text.split(/\s\|\s/);
  if (
    stamps.length === 2 &&
    stamps.some((stamp) => isTimestampLine(stamp)) &&
    stamps.every((stamp) => isTimestampLine(stamp) || LABELS[bareLabel(stamp)] !== undefined)
  )
    return true;
  if (wordCount(text) > 16) return false;
  // "14:32 | Lima, Nov. 14.": an agency's clock before its place and day.
  if (isPlaceAndDayLine(text.replace(CLOCK_BEFORE_DATELINE, '').replace(/\.$/, ''))) return true;
  const date = findDate(text);
  // "KYODO NEWS - Mar 6, 2026 - 14:22 | Japan, All": a dated header line of short segments.
  if (date !== null) {
    const segments = text.split(/\s[-–—|·•]\s/);
    if (segments.length >= 3 && segments.every((segment) => wordCount(segment) <= 3)) return true;
  }
  const withoutDate = date === null ? text : text.replace(date.matched, ' ');
  // "12.01am": the clock may run straight into its am/pm.
  // "5 AM Central": an hour with its am or pm and no minutes.
  const hasClock = /\b\d{1,2}[:.]\d{2}(?!\d)|\b\d{1,2}\s?[ap]\.?m\b/i.test(text);
  if (date === null && !hasClock) return false;
  const rest = withoutDate
    // "timer 3 min. read": a reading time and its icon's name beside the date.
    .replace(/\b(timer|clock|calendar)\b|\b\d+\s*min(ute)?s?\.?\s*read\b/gi, ' ')
    // "November 12, 2026 (Mainichi Japan)": the edition in brackets after a date.
    .replace(/\(\s*\p{Lu}[\p{L} ]{1,30}\)/gu, ' ')
    .replace(/\b\d{1,2}([:.]\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}[:.]\d{2}/gi, ' ')
    .replace(FOREIGN_WEEKDAY, ' ')
    .replace(
      /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|ast|msk|eet|eest|aest|z)\b([+-]\d+)?/gi,
      ' ',
    )
    .replace(
      /\b(published|updated|last|modified|posted|created|issued|on|at|first|date|ago|hours?|minutes?|days?|am|pm)\b/gi,
      ' ',
    )
    .replace(/\b\d+\b/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  // "Tuesday November 17 2026, 12.01am GMT, The Times": a full date and a time may carry the masthead.
  return wordCount(rest) <= (date !== null && hasClock ? 3 : 1);
}
