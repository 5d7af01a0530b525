/**
 * Follow-ups in practice mode: after any scored answer the interviewer can change one of the question's
 * constraints. The answer is graded as a follow-up and stored with its number; it feeds "adaptability"
 * in progress and never the leaderboards, reviews or the adaptive pick. The language setting lives here too.
 */
import type { Entry } from '../bank/schema.ts';
import { LANGS, messages, viewLang, type Lang, type LangSetting } from '../i18n/index.ts';
import type { ScoreReport } from '../scoring/report.ts';
import { MAX_ANSWER_CHARS, type PracticeDeps } from './deps.ts';
import { PracticeError } from './errors.ts';
import { entryById } from './next-question.ts';
import { checkAnswer, langSettingOf, lengthOf, recordAnswer } from './submit-answer.ts';
import type { PracticeUser, SubmitContext } from './types.ts';

/** `langChosen`: the person set `en` or `zh` (not `auto`), so no client locale overrides `lang`. */
export type FollowUpPick = { entry: Entry; followUp: number; twist: string; lang: Lang; langChosen: boolean };


/**
 * The follow-up to ask next on a question the person has answered: follow-up `n` when asked for it ("Answer
 * again" under a follow-up's score), else the one they have answered least (the lowest number among equals),
 * so asking again brings a different twist.
 */
export async function followUpQuestion(deps: PracticeDeps, user: PracticeUser, questionId: string, asked?: number): Promise<FollowUpPick> {
  const entry = entryById(deps.bank(), questionId);
  const { setting, answered, counts } = await deps.store.read(async (tx) => {
    const stored = await tx.users.find(user.platform, user.platformUserId);
    if (!stored) return { setting: 'auto' as LangSetting, answered: false, counts: new Map<number, number>() };
    const firsts = await tx.attempts.points(stored.id);
    const counts = new Map<number, number>();
    for (const f of await tx.attempts.followUps(stored.id)) if (f.questionId === entry.id) counts.set(f.followUp, (counts.get(f.followUp) ?? 0) + 1);
    return { setting: stored.lang, answered: firsts.some((p) => p.questionId === entry.id), counts };
  });
  const errors = messages(viewLang(setting)).errors;
  const followUps = entry.followUps ?? [];
  if (followUps.length === 0) throw new PracticeError('no-follow-up', errors.noFollowUp(entry.id));
  if (!answered) throw new PracticeError('answer-first', errors.answerFirst(entry.id));
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1 || asked > followUps.length)) throw new PracticeError('no-follow-up', errors.noFollowUp(entry.id));
  let n = asked ?? 1;
  if (asked === undefined) for (let k = 2; k <= followUps.length; k++) if ((counts.get(k) ?? 0) < (counts.get(n) ?? 0)) n = k;
  return { entry, followUp: n, twist: followUps[n - 1]!.twist, lang: viewLang(setting), langChosen: setting !== 'auto' };
}

/** Grades and records the answer to follow-up `n` of a question; resolves once it is committed. */
export async function submitFollowUp(deps: PracticeDeps, user: PracticeUser, questionId: string, n: number, text: string, context: SubmitContext): Promise<ScoreReport> {
  const answer = checkAnswer(text, deps.maxAnswerChars ?? MAX_ANSWER_CHARS);
  const bank = deps.bank();
  const entry = entryById(bank, questionId);
  const setting = await langSettingOf(deps, user);
  if (!Number.isInteger(n) || n < 1 || n > (entry.followUps?.length ?? 0)) throw new PracticeError('no-follow-up', messages(viewLang(setting)).errors.noFollowUp(entry.id));
  const report = deps.scorerFor(bank).scoreFollowUp(entry, n, answer, { lang: setting });
  const now = deps.clock.now();
  const attemptId = await deps.store.write(async (tx) => {
    const row = await tx.users.ensure(user, now);
    return recordAnswer(tx, row.id, { entry, answer, report, bankVersion: bank.version, context, followUp: n, now });
  });
  deps.log?.info({ event: 'follow-up-attempt', attemptId, platform: user.platform, scope: context.scope, question: entry.id, followUp: n, total: report.total, chars: lengthOf(answer) }, 'follow-up recorded');
  return report;
}

/** `en`, `zh` or `auto` as typed (any case); anything else is refused with the choices. */
export function parseLangSetting(value: string, refusalLang: Lang = 'en'): LangSetting {
  const v = value.trim().toLowerCase();
  if (v === 'auto' || (LANGS as readonly string[]).includes(v)) return v as LangSetting;
  throw new PracticeError('bad-lang', messages(refusalLang).errors.badLang(value.trim()));
}

export async function setLang(deps: PracticeDeps, user: PracticeUser, setting: LangSetting): Promise<void> {
  await deps.store.write(async (tx) => tx.users.setLang((await tx.users.ensure(user, deps.clock.now())).id, setting));
}

