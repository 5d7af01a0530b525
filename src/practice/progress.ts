/** A user's progress, computed from their attempt history and the bank (pure: no store, no clock). */
import { DIFFICULTIES, PHASES, STAKEHOLDER_ROLES, type Bank, type Entry } from '../bank/schema.ts';
import { DIMENSIONS, type DimensionName } from '../scoring/report.ts';
import type { AttemptPoint, FollowUpPoint } from '../store/index.ts';
import { streakOf, type Streak } from './days.ts';

/** How many recent attempts averages and trends look at. */
export const PROGRESS_WINDOW = 20;

/**
 * average: mean score (0–100) over the last `window` attempts in the group; trend: the mean of the newer
 * half of those attempts minus the mean of the older half (points gained or lost; null under 2 attempts).
 */
export type Stat = { average: number | null; trend: number | null; attempts: number };

export type QuestionRecord = { questionId: string; best: number; last: number; attempts: number; lastAt: number };

export type Progress = {
  attempts: number;
  window: number;
  dimensions: Record<DimensionName, Stat>;
  /**
   * The follow-up average: how well the person adapts when the interviewer changes a constraint. A
   * dimension of its own, over follow-up answers only; the five dimensions are first answers'.
   */
  adaptability: Stat;
  /** Lowest average over the window; what the next adaptive pick targets once nothing new or due is left. */
  weakestDimension: DimensionName | null;
  difficulty: Record<string, Stat>;
  phase: Record<string, Stat>;
  stakeholder: Record<string, Stat>;
  questions: QuestionRecord[];
  streak: Streak;
  /** Every first answer, oldest first, without answers. */
  history: AttemptPoint[];
  /** Every follow-up answer, oldest first. */
  followUps: FollowUpPoint[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function statOf(values: readonly number[], window: number): Stat {
  const recent = values.slice(-window);
  if (recent.length === 0) return { average: null, trend: null, attempts: values.length };
  const half = Math.floor(recent.length / 2);
  const trend = recent.length < 2 ? null : round1(mean(recent.slice(recent.length - half)) - mean(recent.slice(0, half)));
  return { average: round1(mean(recent)), trend, attempts: values.length };
}

export function dimensionStats(history: readonly AttemptPoint[], window: number): Record<DimensionName, Stat> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, statOf(history.map((p) => p.dimensions[d]), window)])) as Record<DimensionName, Stat>;
}

export function weakestOf(stats: Record<DimensionName, Stat>): DimensionName | null {
  let weakest: DimensionName | null = null;
  for (const d of DIMENSIONS) {
    const avg = stats[d].average;
    if (avg !== null && (weakest === null || avg < stats[weakest].average!)) weakest = d;
  }
  return weakest;
}

function groupStats(history: readonly AttemptPoint[], keys: readonly string[], tagsOf: (e: Entry) => readonly string[], byId: Map<string, Entry>, window: number) {
  const totals = new Map<string, number[]>(keys.map((k) => [k, []]));
  for (const p of history) {
    const entry = byId.get(p.questionId);
    if (entry) for (const tag of tagsOf(entry)) totals.get(tag)?.push(p.total);
  }
  return Object.fromEntries([...totals].map(([k, values]) => [k, statOf(values, window)]));
}

export function questionRecords(history: readonly AttemptPoint[]): QuestionRecord[] {
  const records = new Map<string, QuestionRecord>();
  for (const p of history) {
    const r = records.get(p.questionId);
    if (!r) records.set(p.questionId, { questionId: p.questionId, best: p.total, last: p.total, attempts: 1, lastAt: p.createdAt });
    else Object.assign(r, { best: Math.max(r.best, p.total), last: p.total, attempts: r.attempts + 1, lastAt: p.createdAt });
  }
  return [...records.values()].sort((a, b) => Number(a.questionId.slice(1)) - Number(b.questionId.slice(1)) || a.questionId.localeCompare(b.questionId));
}

export function computeProgress(history: readonly AttemptPoint[], bank: Bank, timeZone: string, now: number, window = PROGRESS_WINDOW, followUps: readonly FollowUpPoint[] = []): Progress {
  const byId = new Map(bank.entries.map((e) => [e.id, e]));
  const dimensions = dimensionStats(history, window);
  return {
    attempts: history.length,
    window,
    dimensions,
    adaptability: statOf(followUps.map((f) => f.total), window),
    weakestDimension: weakestOf(dimensions),
    difficulty: groupStats(history, DIFFICULTIES, (e) => [e.difficulty], byId, window),
    phase: groupStats(history, PHASES, (e) => e.phases, byId, window),
    stakeholder: groupStats(history, STAKEHOLDER_ROLES, (e) => e.stakeholders, byId, window),
    questions: questionRecords(history),
    streak: streakOf(history.filter((p) => !p.copied).map((p) => p.createdAt), now, timeZone),
    history: [...history],
    followUps: [...followUps],
  };
}
