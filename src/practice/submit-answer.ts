/** submitAnswer: check, score, and commit the attempt before anyone sees the score. */
import type { Entry } from '../bank/schema.ts';
import type { LangSetting } from '../i18n/index.ts';
import { isCopied, type ScoreReport } from '../scoring/report.ts';
import type { Tables } from '../store/index.ts';
import { MAX_ANSWER_CHARS, type PracticeDeps } from './deps.ts';
import { weekStart } from './days.ts';
import { PracticeError } from './errors.ts';
import { entryById } from './next-question.ts';
import { reviewAfter } from './review.ts';
import type { PracticeUser, SubmitContext } from './types.ts';

/** Characters as people count them (code points), not UTF-16 units; counted only on a bounded string. */
export function lengthOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * A string of n UTF-16 units holds between n/2 and n characters, so most answers are judged by their
 * `length` alone, and characters are counted only when that cannot decide (at most 2 × max units).
 */
export function checkAnswer(text: string, max: number): string {
  const answer = text.trim();
  if (answer === '') throw new PracticeError('empty-answer', 'Your answer is empty. Write a few sentences: numbers, constraints and trade-offs all count.');
  if (answer.length <= max) return answer;
  const tooLong = (size: string) =>
    new PracticeError('answer-too-long', `Your answer is ${size} characters; the limit is ${max.toLocaleString('en-US')}. Trim it to the decisions and the numbers that carry them.`);
  if (answer.length > 2 * max) throw tooLong(answer.length > 16 * max ? `more than ${(8 * max).toLocaleString('en-US')}` : lengthOf(answer).toLocaleString('en-US'));
  const length = lengthOf(answer);
  if (length > max) throw tooLong(length.toLocaleString('en-US'));
  return answer;
}

/** The user's language setting ('auto' for someone not stored yet): read before scoring, which runs outside transactions. */
export async function langSettingOf(deps: PracticeDeps, user: PracticeUser): Promise<LangSetting> {
  return (await deps.store.users.find(user.platform, user.platformUserId))?.lang ?? 'auto';
}

export type RecordedAnswer = { entry: Entry; answer: string; report: ScoreReport; bankVersion: string; context: SubmitContext; followUp: number | null; now: number };

/**
 * Writes one scored answer inside the caller's transaction. A first answer also moves the question's
 * review card and, unless it is a copy, the boards; a follow-up answer only joins the history, where
 * progress reads it as adaptability (leaderboards stay on first answers).
 */
export async function recordAnswer(tx: Tables, userId: number, a: RecordedAnswer): Promise<number> {
  const id = await tx.attempts.insert({
    userId,
    questionId: a.entry.id,
    answer: a.answer,
    report: a.report,
    bankVersion: a.bankVersion,
    scope: a.context.scope,
    roundId: a.followUp === null ? (a.context.roundId ?? null) : null,
    followUp: a.followUp,
    createdAt: a.now,
  });
  if (a.followUp !== null) return id;
  await tx.reviewCards.put(userId, reviewAfter(a.entry.id, await tx.reviewCards.get(userId, a.entry.id), a.report.total, a.now));
  // A paste or a shuffle of the model answer is not the candidate's own work: it stays off the boards.
  if (!isCopied(a.report)) await tx.standings.record(userId, a.context.scope, ['all', weekStart(a.now)], a.entry.id, a.report.total);
  await tx.users.setLastQuestion(userId, a.entry.id);
  return id;
}

export async function submitAnswer(deps: PracticeDeps, user: PracticeUser, questionId: string, text: string, context: SubmitContext): Promise<ScoreReport> {
  const { store, clock } = deps;
  const answer = checkAnswer(text, deps.maxAnswerChars ?? MAX_ANSWER_CHARS);
  const bank = deps.bank();
  const entry = entryById(bank, questionId);
  const lang = await langSettingOf(deps, user);
  // Scoring runs outside the transaction: locks are held only for the few writes below, and the
  // caller shows the score only after they are committed.
  const report = deps.scorerFor(bank).score(entry, answer, { lang });
  const now = clock.now();
  const attemptId = await store.write(async (tx) => {
    const row = await tx.users.ensure(user, now);
    return recordAnswer(tx, row.id, { entry, answer, report, bankVersion: bank.version, context, followUp: null, now });
  });
  deps.log?.info({ event: 'attempt', attemptId, platform: user.platform, scope: context.scope, question: entry.id, total: report.total, chars: lengthOf(answer) }, 'attempt recorded');
  return report;
}
