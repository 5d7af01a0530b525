/** submitAnswer: check, score, and commit the attempt before anyone sees the score. */
import type { ScoreReport } from '../scoring/report.ts';
import { MAX_ANSWER_CHARS, type PracticeDeps } from './deps.ts';
import { weekStart } from './days.ts';
import { PracticeError } from './errors.ts';
import { entryById } from './next-question.ts';
import { reviewAfter } from './review.ts';
import type { PracticeUser, SubmitContext } from './types.ts';

/** Characters as people count them (code points), not UTF-16 units. */
const lengthOf = (text: string) => [...text].length;

export function checkAnswer(text: string, max: number): string {
  const answer = text.trim();
  if (answer === '') throw new PracticeError('empty-answer', 'Your answer is empty. Write a few sentences: numbers, constraints and trade-offs all count.');
  const length = lengthOf(answer);
  if (length > max) {
    throw new PracticeError('answer-too-long', `Your answer is ${length.toLocaleString('en-US')} characters; the limit is ${max.toLocaleString('en-US')}. Trim it to the decisions and the numbers that carry them.`);
  }
  return answer;
}

export async function submitAnswer(deps: PracticeDeps, user: PracticeUser, questionId: string, text: string, context: SubmitContext): Promise<ScoreReport> {
  const { store, clock } = deps;
  const answer = checkAnswer(text, deps.maxAnswerChars ?? MAX_ANSWER_CHARS);
  const bank = deps.bank();
  const entry = entryById(bank, questionId);
  // Scoring runs outside the transaction: locks are held only for the few writes below, and the
  // caller shows the score only after they are committed.
  const report = deps.scorerFor(bank).score(entry, answer);
  const now = clock.now();
  const attemptId = await store.write(async (tx) => {
    const row = await tx.users.ensure(user, now);
    const id = await tx.attempts.insert({
      userId: row.id,
      questionId: entry.id,
      answer,
      report,
      bankVersion: bank.version,
      scope: context.scope,
      roundId: context.roundId ?? null,
      createdAt: now,
    });
    await tx.reviewCards.put(row.id, reviewAfter(entry.id, await tx.reviewCards.get(row.id, entry.id), report.total, now));
    await tx.standings.record(row.id, context.scope, ['all', weekStart(now)], entry.id, report.total);
    await tx.users.setLastQuestion(row.id, entry.id);
    return id;
  });
  deps.log?.info({ event: 'attempt', attemptId, platform: user.platform, scope: context.scope, question: entry.id, total: report.total, chars: lengthOf(answer) }, 'attempt recorded');
  return report;
}
