/** nextQuestion: the explicit id a user asked for, or the adaptive pick within their filters. */
import { findEntry } from '../bank/query.ts';
import type { Bank, Entry } from '../bank/schema.ts';
import type { DimensionPercents } from '../store/index.ts';
import type { PracticeDeps } from './deps.ts';
import { PracticeError } from './errors.ts';
import { matchingEntries } from './filters.ts';
import { dimensionStats, PROGRESS_WINDOW, weakestOf } from './progress.ts';
import { pickQuestion, type Pick } from './select.ts';
import type { PracticeUser, QuestionFilters } from './types.ts';

export type QuestionPick = Pick & {
  /** How many questions matched the filters (1 for an explicit id). */
  matching: number;
};

export function entryById(bank: Bank, id: string): Entry {
  const entry = findEntry(bank, id);
  if (entry) return entry;
  const ids = bank.entries.map((e) => e.id);
  const range = ids.length > 0 ? ` Questions run from ${ids[0]} to ${ids.at(-1)}.` : '';
  throw new PracticeError('unknown-question', `There is no question "${id.trim()}".${range}`);
}

export async function nextQuestion(deps: PracticeDeps, user: PracticeUser, filters: QuestionFilters = {}): Promise<QuestionPick> {
  const { store, clock } = deps;
  const bank = deps.bank();
  const now = clock.now();
  let pick: QuestionPick;
  if (filters.id !== undefined && filters.id.trim() !== '') {
    pick = { entry: entryById(bank, filters.id), reason: 'chosen', weakestDimension: null, matching: 1 };
  } else {
    const candidates = matchingEntries(bank, filters);
    const { stored, history, due } = await store.read(async (tx) => {
      const stored = await tx.users.find(user.platform, user.platformUserId);
      if (!stored) return { stored, history: [], due: [] };
      return { stored, history: await tx.attempts.points(stored.id), due: await tx.reviewCards.due(stored.id, now) };
    });
    const lastScores = new Map<string, DimensionPercents>(history.map((p) => [p.questionId, p.dimensions]));
    const chosen = pickQuestion({
      candidates,
      lastScores,
      due: due.map((d) => d.questionId),
      lastQuestionId: stored?.lastQuestionId ?? null,
      weakestDimension: weakestOf(dimensionStats(history, deps.window ?? PROGRESS_WINDOW)),
      random: deps.random,
    });
    pick = { ...chosen, matching: candidates.length };
  }
  // Remembered so the next pick avoids it, even if this one is never answered.
  await store.write(async (tx) => {
    const row = await tx.users.ensure(user, now);
    await tx.users.setLastQuestion(row.id, pick.entry.id);
  });
  deps.log?.debug({ event: 'question-picked', platform: user.platform, question: pick.entry.id, reason: pick.reason }, 'question picked');
  return pick;
}
