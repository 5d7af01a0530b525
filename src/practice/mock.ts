/**
 * A mock interview, as data: N questions, each followed by one of its interviewer follow-ups, a time budget
 * per question that is shown and recorded but never cuts anyone off, and a report card at the end. Pure:
 * the use cases (mock-interview.ts) load and save the state; here it only moves and is summed up.
 */
import type { Entry } from '../bank/schema.ts';
import type { LangSetting } from '../i18n/index.ts';
import { DIMENSIONS, type DimensionName, type ScoreReport } from '../scoring/report.ts';
import type { QuestionFilters } from './types.ts';

export const MOCK_QUESTIONS = 3;
export const MOCK_MAX_QUESTIONS = 5;
/** Eight minutes a question: about what a senior interview gives one constraint-heavy design question. */
export const MOCK_BUDGET_MS = 8 * 60_000;
/** A mock left alone this long is abandoned: the next start begins a new one. */
export const MOCK_EXPIRY_MS = 24 * 3_600_000;

export type MockAnswer = { total: number; report: ScoreReport; startedAt: number; answeredAt: number; elapsedMs: number };

export type MockItem = {
  questionId: string;
  /** Which of the entry's follow-ups the interviewer asks (1-based). */
  followUp: number;
  answer: MockAnswer | null;
  followUpAnswer: MockAnswer | null;
};


export type MockState = {
  items: MockItem[];
  /** Where the candidate is: the first answer or the follow-up of item `item`. */
  item: number;
  stage: 'answer' | 'followUp';
  /** When the current step was shown: elapsed time counts from here. */
  stepStartedAt: number;
  budgetMs: number;
  filters: QuestionFilters;
  lang: LangSetting;
  scope: string;
};

export type MockStep =
  | { kind: 'question'; index: number; of: number; entry: Entry; budgetMs: number; startedAt: number }
  | { kind: 'followUp'; index: number; of: number; entry: Entry; followUp: number; twist: string; budgetMs: number; startedAt: number }
  | { kind: 'done' };

/** Which follow-up a question gets: rotated by position so a repeated mock meets a different twist. */
export function followUpFor(entry: Entry, position: number, salt: number): number {
  const n = entry.followUps?.length ?? 0;
  return n === 0 ? 0 : ((position + salt) % n) + 1;
}

export function newMock(entries: readonly Entry[], now: number, options: { budgetMs?: number; filters?: QuestionFilters; lang?: LangSetting; scope: string; salt?: number }): MockState {
  return {
    items: entries.map((e, i) => ({ questionId: e.id, followUp: followUpFor(e, i, options.salt ?? 0), answer: null, followUpAnswer: null })),
    item: 0,
    stage: 'answer',
    stepStartedAt: now,
    budgetMs: options.budgetMs ?? MOCK_BUDGET_MS,
    filters: options.filters ?? {},
    lang: options.lang ?? 'auto',
    scope: options.scope,
  };
}

export function currentStep(state: MockState, entryOf: (id: string) => Entry): MockStep {
  const item = state.items[state.item];
  if (!item) return { kind: 'done' };
  const entry = entryOf(item.questionId);
  const base = { index: state.item + 1, of: state.items.length, entry, budgetMs: state.budgetMs, startedAt: state.stepStartedAt };
  if (state.stage === 'answer' || item.followUp === 0) return { kind: 'question', ...base };
  return { kind: 'followUp', ...base, followUp: item.followUp, twist: entry.followUps![item.followUp - 1]!.twist };
}

/** Records the answer to the current step and moves on; the state passed in is not changed. */
export function recordStep(state: MockState, report: ScoreReport, now: number): MockState {
  const items = state.items.map((i) => ({ ...i }));
  const item = items[state.item]!;
  const answer: MockAnswer = { total: report.total, report, startedAt: state.stepStartedAt, answeredAt: now, elapsedMs: Math.max(0, now - state.stepStartedAt) };
  if (state.stage === 'answer') {
    item.answer = answer;
    if (item.followUp > 0) return { ...state, items, stage: 'followUp', stepStartedAt: now };
  } else {
    item.followUpAnswer = answer;
  }
  return { ...state, items, item: state.item + 1, stage: 'answer', stepStartedAt: now };
}

export const isComplete = (state: MockState) => state.item >= state.items.length;

export type StudyPointer = { id: string; title: string; because: string };

export type ReportCard = {
  questions: {
    questionId: string;
    question: string;
    total: number | null;
    followUp: { n: number; twist: string; total: number | null } | null;
    elapsedMs: number;
    budgetMs: number;
  }[];
  /** Mean of the first answers, 0–100, per dimension (as a percentage of each dimension's max). */
  dimensions: Record<DimensionName, number>;
  /** Mean of the follow-up totals: how well the candidate adapts when a constraint moves. */
  adaptability: number | null;
  overall: number;
  strengths: DimensionName[];
  weaknesses: DimensionName[];
  studyNext: StudyPointer[];
  previous: { overall: number; finishedAt: number } | null;
};

const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The report card: each question's score and its follow-up's, time against budget, the dimensions from
 * strongest to weakest, three things to study (the read-next pointers of the weakest answers, most often
 * named first), and the change from the candidate's previous mock.
 */
export function reportCard(state: MockState, entryOf: (id: string) => Entry, previous: { overall: number; finishedAt: number } | null): ReportCard {
  const firsts = state.items.flatMap((i) => (i.answer ? [i.answer.report] : []));
  const follows = state.items.flatMap((i) => (i.followUpAnswer ? [i.followUpAnswer.total] : []));
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, round1(mean(firsts.map((r) => (100 * r.dimensions[d].score) / r.dimensions[d].max)))]),
  ) as Record<DimensionName, number>;
  const ranked = [...DIMENSIONS].sort((a, b) => dimensions[b] - dimensions[a]);
  const pointers = new Map<string, { pointer: StudyPointer; weight: number }>();
  for (const r of [...firsts].sort((a, b) => a.total - b.total)) {
    r.readNext.forEach((p, k) => {
      const seen = pointers.get(p.id);
      const weight = (100 - r.total) / (k + 1);
      pointers.set(p.id, { pointer: seen?.pointer ?? p, weight: (seen?.weight ?? 0) + weight });
    });
  }
  const studyNext = [...pointers.values()].sort((a, b) => b.weight - a.weight || a.pointer.id.localeCompare(b.pointer.id)).slice(0, 3).map((p) => p.pointer);
  const scores = [...firsts.map((r) => r.total), ...follows];
  return {
    questions: state.items.map((i) => {
      const entry = entryOf(i.questionId);
      return {
        questionId: i.questionId,
        question: entry.question,
        total: i.answer?.total ?? null,
        followUp: i.followUp > 0 ? { n: i.followUp, twist: entry.followUps![i.followUp - 1]!.twist, total: i.followUpAnswer?.total ?? null } : null,
        elapsedMs: (i.answer?.elapsedMs ?? 0) + (i.followUpAnswer?.elapsedMs ?? 0),
        budgetMs: state.budgetMs,
      };
    }),
    dimensions,
    adaptability: follows.length > 0 ? round1(mean(follows)) : null,
    overall: round1(mean(scores)),
    strengths: ranked.slice(0, 2),
    weaknesses: ranked.slice(-2).reverse(),
    studyNext,
    previous,
  };
}
