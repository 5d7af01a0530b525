/** The answer to `/forget-me`'s question; the confirmation message is replaced by the outcome. */
import type { ButtonInteraction } from 'discord.js';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { Refusal } from '../failure.ts';
import { NO_MENTIONS } from '../reply.ts';
import { practiceUser } from '../user.ts';

export async function forgetConfirmButton(ctx: DiscordContext, interaction: ButtonInteraction, id: CustomIdOf<'forget'>): Promise<void> {
  if (id.userId !== interaction.user.id) throw new Refusal('That confirmation belongs to someone else. Run /forget-me to delete your own data.');
  if (!id.confirm) {
    await interaction.update({ content: 'Nothing was deleted.', components: [], allowedMentions: NO_MENTIONS });
    return;
  }
  const { forgotten } = await ctx.practice.forgetUser(practiceUser(interaction, ctx.defaultTimeZone));
  const content = forgotten ? 'Done: everything stored about you is deleted. Answering again starts a fresh history.' : 'There was nothing stored about you, so nothing needed deleting.';
  await interaction.update({ content, components: [], allowedMentions: NO_MENTIONS });
}
