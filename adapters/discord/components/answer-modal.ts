/**
 * The answer modal's submit: rate limit, defer (scoring plus a write can pass Discord's 3 s on a busy
 * machine), submit to the core, and show the score privately. An answer that cannot be scored is
 * kept and handed back; it is never dropped.
 */
import type { ModalSubmitInteraction } from 'discord.js';
import { findEntry } from '../../../src/bank/query.ts';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { scoreMessage, type ScoreNote } from '../render/score.ts';
import { replyPrivately } from '../reply.ts';
import { serverScope } from '../user.ts';
import { scoredSubmit } from './scored-submit.ts';

/** The round an answer counts for: only one still open, for this question, in this server. */
async function roundOf(ctx: DiscordContext, id: CustomIdOf<'modal'>, scope: string): Promise<{ roundId: number | null; note: ScoreNote }> {
  if (id.roundId === null || !ctx.schedules) return { roundId: null, note: {} };
  const round = await ctx.schedules.round(id.roundId);
  if (round && round.open && round.questionId === id.questionId && round.channel.scope === scope) return { roundId: round.roundId, note: { inRound: true } };
  return { roundId: null, note: { roundClosed: true } };
}

export async function answerSubmitted(ctx: DiscordContext, interaction: ModalSubmitInteraction, id: CustomIdOf<'modal'>): Promise<void> {
  const scope = serverScope(interaction);
  let note: ScoreNote = {};
  const outcome = await scoredSubmit(ctx, interaction, { modal: id, draftKey: id.questionId, event: 'discord-submit-failed' }, async (user, text) => {
    const round = await roundOf(ctx, id, scope);
    note = round.note;
    return ctx.practice.submitAnswer(user, id.questionId, text, { scope, roundId: round.roundId });
  });
  if (!outcome || !('value' in outcome)) return;
  const entry = findEntry(ctx.practice.bank, outcome.value.questionId)!;
  await replyPrivately(interaction, scoreMessage(entry, outcome.value, id.filters, note));
}
