/** The scoring engine's public face: compile rubrics once per bank, grade answers against them. */
import type { Bank, Entry, References } from '../bank/schema.ts';
import { DIMENSIONS, type ScoreReport } from './report.ts';

export { DIMENSIONS, DIMENSION_LABELS, type DimensionName, type ScoreReport } from './report.ts';

export const SCORER_VERSION = '0-placeholder';

/** PLACEHOLDER until the rubric scorer lands: a report with zero on every dimension. */
export function scoreAnswer(entry: Entry, text: string, _references?: References): ScoreReport {
  const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, { score: 0, max: 20, covered: [] as string[], missed: [] as string[] }])) as ScoreReport['dimensions'];
  return {
    questionId: entry.id, scorerVersion: SCORER_VERSION, total: 0, dimensions: dims, covered: [], missed: [],
    wrongNumbers: [], flags: [], feedback: [], readNext: [], wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}

export type Scorer = { score(entry: Entry, text: string): ScoreReport };

export function createScorer(bank: Bank): Scorer {
  return { score: (entry, text) => scoreAnswer(entry, text, bank.references) };
}
