/**
 * The question a channel's round asks: one matching the schedule's filters that the channel has used
 * least, so no question repeats until every matching one was asked; never yesterday's question twice.
 */
import type { Bank, Entry } from '../bank/schema.ts';
import { matchingEntries } from '../practice/filters.ts';
import { pickOne, type Random } from '../practice/ports.ts';
import type { ScheduleFiltersRow } from '../store/index.ts';

export type QuestionUse = { questionId: string; uses: number; lastOpened: number };

export function roundQuestion(bank: Bank, filters: ScheduleFiltersRow, usage: readonly QuestionUse[], random: Random): Entry {
  const candidates = matchingEntries(bank, filters);
  const uses = new Map(usage.map((u) => [u.questionId, u.uses]));
  const count = (e: Entry) => uses.get(e.id) ?? 0;
  const least = Math.min(...candidates.map(count));
  let pool = candidates.filter((e) => count(e) === least);
  const last = [...usage].sort((a, b) => b.lastOpened - a.lastOpened)[0]?.questionId;
  if (pool.length > 1) pool = pool.filter((e) => e.id !== last);
  return pickOne(pool, random);
}
