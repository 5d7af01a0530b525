/**
 * The key insight claim by claim, as every adapter lists it: what the answer stated, stated without its
 * number, only mentioned, reversed, or never said — in the report's language. Adapters pick their own marks.
 */
import { messages } from '../../src/i18n/index.ts';
import type { ClaimResult, ScoreReport } from '../../src/scoring/report.ts';

export type ClaimMark = 'ok' | 'partial' | 'missed';

const MARK: Record<ClaimResult['status'], ClaimMark> = { stated: 'ok', unquantified: 'partial', unlinked: 'partial', reversed: 'missed', rejected: 'missed', missed: 'missed' };

export function claimLines(report: ScoreReport): { mark: ClaimMark; text: string }[] {
  const { claim } = messages(report.lang);
  return report.claims.map((c) => ({ mark: MARK[c.status], text: `${claim.kind[c.kind]}: ${c.label} — ${claim.status[c.status]}` }));
}

/** "Capped at 26: it recommends Naive Retry, which these constraints rule out. The bars show the capped points." */
export function capLine(report: ScoreReport): string | null {
  return report.cap ? messages(report.lang).view.cappedBars(report.cap.limit, report.cap.reason) : null;
}
