/** Texts of a mock interview that every view shows the same way (terminal, Discord, Slack); each adapter styles them. */
import { messages, type Lang } from '../../src/i18n/index.ts';
import type { MockProgress } from '../../src/practice/index.ts';

/** A step's time budget in whole minutes ("8"). */
export const budgetMinutes = (ms: number) => Math.round(ms / 60_000);
/** Time taken, to a tenth of a minute ("7.4"). */
export const elapsedMinutes = (ms: number) => (ms / 60_000).toFixed(1);

/** "Time: 7.4 of 8 min" under an answered step. */
export function timeTaken(lang: Lang, elapsedMs: number, budgetMs: number): string {
  const m = messages(lang);
  return `${m.mock.time}: ${m.mock.elapsed(elapsedMinutes(elapsedMs), budgetMinutes(budgetMs))}`;
}

/** The lines above the first step: started or resumed, fewer questions than asked, an old mock expired. */
export function mockIntro(p: MockProgress): string[] {
  const m = messages(p.lang);
  if (p.resumed) return [m.mock.resumed(p.step.index, p.step.of)];
  return [...(p.expiredBefore ? [m.mockRun.expiredBefore] : []), m.mockRun.started(p.questions, budgetMinutes(p.step.budgetMs)), ...(p.questions < p.requested ? [m.mockRun.fewer(p.questions, p.requested)] : [])];
}
