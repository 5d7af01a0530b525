/**
 * The adaptive pick (pure): questions never seen first, then those ts-fsrs says are due, then the one
 * where the user did worst on their weakest dimension. Never the question served last, unless the
 * filters leave nothing else.
 */
import type { Entry } from '../bank/schema.ts';
import type { DimensionName } from '../scoring/report.ts';
import type { DimensionPercents } from '../store/index.ts';
import { pickOne, type Random } from './ports.ts';

export type PickReason = 'chosen' | 'new' | 'due' | 'weakest';

export type Pick = { entry: Entry; reason: PickReason; weakestDimension: DimensionName | null };

export type SelectionInput = {
  /** Entries matching the user's filters; never empty. */
  candidates: readonly Entry[];
  /** Per question, the dimension percentages of the user's most recent attempt at it. */
  lastScores: ReadonlyMap<string, DimensionPercents>;
  /** Question ids due for review, most overdue first. */
  due: readonly string[];
  lastQuestionId: string | null;
  weakestDimension: DimensionName | null;
  random: Random;
};

/** How much an entry gives a candidate to say on a dimension: more constraints, trade-offs, roles, numbers. */
export function emphasis(entry: Entry, dimension: DimensionName): number {
  switch (dimension) {
    case 'constraints':
      return entry.constraints.length;
    case 'metrics':
      return (entry.metrics ? 2 : 0) + (/\d/.test(entry.keyInsight) ? 1 : 0);
    case 'tradeOffs':
      return entry.tradeOffs.length;
    case 'stakeholders':
      return entry.stakeholders.length + entry.stakeholderNotes.length;
    case 'keyInsight':
      return entry.status === 'complete' ? 1 : 0;
  }
}

/** Complete entries carry a full rubric, so they come first; incomplete ones are asked when nothing else fits. */
function preferComplete(entries: readonly Entry[]): readonly Entry[] {
  const complete = entries.filter((e) => e.status === 'complete');
  return complete.length > 0 ? complete : entries;
}

function best<T>(items: readonly T[], score: (item: T) => number, random: Random): T {
  const top = Math.max(...items.map(score));
  return pickOne(items.filter((i) => score(i) === top), random);
}

export function pickQuestion(input: SelectionInput): Pick {
  const { candidates, lastScores, lastQuestionId, weakestDimension: weakest, random } = input;
  const pool = candidates.length > 1 ? candidates.filter((e) => e.id !== lastQuestionId) : candidates;
  const pick = (entry: Entry, reason: PickReason): Pick => ({ entry, reason, weakestDimension: weakest });

  const unseen = pool.filter((e) => !lastScores.has(e.id));
  if (unseen.length > 0) {
    const preferred = preferComplete(unseen);
    return pick(weakest ? best(preferred, (e) => emphasis(e, weakest), random) : pickOne(preferred, random), 'new');
  }

  const inPool = new Map(pool.map((e) => [e.id, e]));
  const due = input.due.map((id) => inPool.get(id)).find((e) => e !== undefined);
  if (due) return pick(due, 'due');

  const dimension = weakest ?? 'keyInsight';
  return pick(best(preferComplete(pool), (e) => -(lastScores.get(e.id)?.[dimension] ?? 0), random), 'weakest');
}
