import { type ButtonInteraction, MessageFlags } from 'discord.js';
import type { CommandContext } from './context.js';
import { UserFacingError } from './errors.js';
import { pageComponents, parsePageCustomId } from './pages.js';
import { NO_MENTIONS } from './respond.js';

/** Prev/Next: shows the stored page in place of the current one. */
export async function turnPage(interaction: ButtonInteraction, context: CommandContext): Promise<void> {
  const target = parsePageCustomId(interaction.customId);
  if (target === null) {
    throw new UserFacingError('That button is not one Dossier recognises. Run the command again.');
  }
  const stored = context.pages.get(target.key);
  if (stored === undefined) {
    throw new UserFacingError(
      'These results have expired (Dossier keeps them for a while only). Run the command again to page through them.',
    );
  }
  if (stored.ownerId !== interaction.user.id) {
    await interaction.reply({
      content:
        'Only the person who asked can turn these pages. Run the command yourself, with hide: True if you like.',
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  const page = stored.pages[target.index];
  if (page === undefined) {
    throw new UserFacingError('That page does not exist. Run the command again.');
  }
  await interaction.update({
    embeds: page.embeds,
    components: pageComponents(page, { key: target.key, index: target.index, count: stored.pages.length }),
    allowedMentions: NO_MENTIONS,
  });
}
