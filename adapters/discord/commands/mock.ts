/** `/mock`: starts a mock interview (or continues the one in progress) and shows its current step; `end:true` gives it up. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { messages } from '../../../src/i18n/index.ts';
import type { DiscordContext } from '../context.ts';
import { mockIntro } from '../../shared/mock-text.ts';
import { mockStepMessage } from '../render/mock.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser, serverScope } from '../user.ts';
import { rawFilters } from './options.ts';
import { viewLangOf } from '../view-lang.ts';

export async function mockCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const user = practiceUser(interaction, ctx.defaultTimeZone);
  if (interaction.options.getBoolean('end') === true) {
    const ended = await ctx.practice.endMock(user);
    const m = messages(await viewLangOf(ctx, interaction, user));
    await replyPrivately(interaction, { content: ended ? m.mockRun.ended : m.mockRun.nothingToEnd });
    return;
  }
  const filters = { ...rawFilters(interaction), dimension: interaction.options.getString('dimension') ?? undefined };
  const count = interaction.options.getInteger('count') ?? undefined;
  const progress = await ctx.practice.startMock(user, { filters, count, scope: serverScope(interaction) });
  await replyPrivately(interaction, mockStepMessage(progress.mockId, progress.step, progress.lang, mockIntro(progress)));
}
