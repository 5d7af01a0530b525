/** What a closed round tells the channel: who took part, how it went, and what most people missed. */
import type { Entry } from '../bank/schema.ts';
import type { ScoreReport } from '../scoring/report.ts';
import type { RoundResultRow, RoundRow } from '../store/index.ts';
import type { RoundSummary } from './contract.ts';
import { channelOf } from './view.ts';

/** The scorer appends what the candidate said instead (`Business: <100ms SLA (you said 200ms)`); the constraint is the part before. */
const constraintOf = (missed: string) => missed.replace(/\s*\(you said [^)]*\)\s*$/, '').trim();

function missedConstraints(report: string): string[] {
  try {
    const parsed = JSON.parse(report) as Partial<ScoreReport>;
    return [...new Set((parsed.dimensions?.constraints?.missed ?? []).map(constraintOf).filter(Boolean))];
  } catch {
    return [];
  }
}

/** Where a missed label (`Technical: 32GB`) stands in the entry's constraints, for ties: the entry lists the weightiest first. */
function entryOrder(entry: Entry | undefined): (label: string) => number {
  return (label) => {
    const colon = label.indexOf(':');
    const category = label.slice(0, colon).trim();
    const value = label.slice(colon + 1).trim();
    const i = entry?.constraints.findIndex((c) => c.category === category) ?? -1;
    if (i < 0) return Number.MAX_SAFE_INTEGER;
    const at = entry!.constraints[i]!.text.indexOf(value);
    return i * 100_000 + (at < 0 ? 99_999 : at);
  };
}

/** The constraint most participants missed in their best answer; ties go to the one the entry lists first. */
export function mostMissed(results: readonly Pick<RoundResultRow, 'report'>[], entry?: Entry): string | null {
  const counts = new Map<string, number>();
  for (const r of results) for (const c of missedConstraints(r.report)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const order = entryOrder(entry);
  const ranked = [...counts.entries()].sort(([a, n], [b, m]) => m - n || order(a) - order(b) || a.localeCompare(b));
  return ranked[0]?.[0] ?? null;
}

export function roundSummary(round: RoundRow, entry: Entry | undefined, results: readonly RoundResultRow[]): RoundSummary {
  const ranked = [...results].sort((a, b) => b.best - a.best || a.answeredAt - b.answeredAt || a.userId - b.userId);
  const average = ranked.length > 0 ? Math.round((10 * ranked.reduce((sum, r) => sum + r.best, 0)) / ranked.length) / 10 : null;
  return {
    roundId: round.id,
    channel: channelOf(round),
    questionId: round.questionId ?? '',
    question: entry?.question ?? `Question ${round.questionId} (no longer in the bank)`,
    participants: ranked.length,
    average,
    top: ranked.slice(0, 3).map((r) => ({ displayName: r.showName ? r.displayName : null, total: r.best })),
    keyInsight: entry?.keyInsight ?? '',
    mostMissedConstraint: mostMissed(ranked, entry),
  };
}
