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

/** The constraint most participants missed in their best answer; ties go to the one the entry lists first. */
export function mostMissed(results: readonly Pick<RoundResultRow, 'report'>[]): string | null {
  const counts = new Map<string, { n: number; order: number }>();
  for (const r of results) {
    missedConstraints(r.report).forEach((c, i) => {
      const seen = counts.get(c);
      counts.set(c, { n: (seen?.n ?? 0) + 1, order: Math.min(seen?.order ?? i, i) });
    });
  }
  const ranked = [...counts.entries()].sort(([, a], [, b]) => b.n - a.n || a.order - b.order);
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
    mostMissedConstraint: mostMissed(ranked),
  };
}
