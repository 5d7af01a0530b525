/**
 * The key insight claim by claim, as every adapter lists it: what the answer stated, stated without its
 * number, only mentioned, reversed, or never said. Adapters pick their own marks; the words are shared.
 */
import type { ClaimResult, ScoreReport } from '../../src/scoring/report.ts';

export type ClaimMark = 'ok' | 'partial' | 'missed';

const STATUS_TEXT: Record<ClaimResult['status'], string> = {
  stated: 'stated',
  unquantified: 'no number',
  unlinked: 'not tied to your design',
  reversed: 'the opposite',
  rejected: 'argued against',
  missed: 'missing',
};
const MARK: Record<ClaimResult['status'], ClaimMark> = { stated: 'ok', unquantified: 'partial', unlinked: 'partial', reversed: 'missed', rejected: 'missed', missed: 'missed' };
const KIND_TEXT: Record<ClaimResult['kind'], string> = { approach: 'approach', effect: 'effect', cost: 'cost' };

export function claimLines(report: ScoreReport): { mark: ClaimMark; text: string }[] {
  return report.claims.map((c) => ({ mark: MARK[c.status], text: `${KIND_TEXT[c.kind]}: ${c.label} — ${STATUS_TEXT[c.status]}` }));
}

/** "Capped at 26: it recommends Naive Retry, which these constraints rule out." */
export function capLine(report: ScoreReport): string | null {
  return report.cap ? `Capped at ${report.cap.limit}: ${report.cap.reason}. The bars show the capped points.` : null;
}
