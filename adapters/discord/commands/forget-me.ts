/** `/forget-me`: asks first, with buttons bound to this user. */
import { ButtonStyle, type ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.ts';
import { button, row } from '../render/message.ts';
import { replyPrivately } from '../reply.ts';

export async function forgetMeCommand(_ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const userId = interaction.user.id;
  await replyPrivately(interaction, {
    content: 'Delete everything stored about you: every answer, score, review card and leaderboard entry, in every server? This cannot be undone. (`/export` first if you want a copy.)',
    components: [row(button('Delete everything', { kind: 'forget', confirm: true, userId }, ButtonStyle.Danger), button('Keep my data', { kind: 'forget', confirm: false, userId }))],
  });
}
