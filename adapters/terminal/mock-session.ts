/**
 * The terminal's mock interview and practice follow-ups: each step shown with its time budget, the answer
 * taken as any answer is (a "." line or Ctrl-D), scored, and the next step; the report card at the end.
 * "skip" pauses a mock where it is; `mock` resumes it, even from a new session on the same database.
 */
import { messages, viewLang } from '../../src/i18n/index.ts';
import { isPracticeError, TERMINAL_SCOPE, type MockStepView, type Practice, type PracticeUser } from '../../src/practice/index.ts';
import { parseMockArgs } from './filters.ts';
import { renderReport } from './render.ts';
import { renderElapsed, renderFollowUp, renderMockStart, renderMockStep, renderReportCard } from './render-mock.ts';
import type { Style } from './style.ts';

export const ANSWER_HINT = 'Type or paste your answer; blank lines are kept. Finish with a line holding just "." (or Ctrl-D); "skip" goes back.';

export type Collected = { kind: 'answer'; text: string } | { kind: 'skip' } | { kind: 'interrupted'; typed: boolean };

export type MockSessionContext = {
  practice: Practice;
  user: PracticeUser;
  style: Style;
  width: number;
  say(text: string): void;
  /** Reads one answer (until "." or Ctrl-D). */
  collect(): Promise<Collected>;
  /** True once input has ended (a pipe ran out). */
  closed(): boolean;
  /** Called with each question answered, so `m` and `f` know it. */
  answered(questionId: string): void;
};

/** Refusals that leave the step open: the person fixes the answer and sends it again. */
const RETRY = new Set(['empty-answer', 'answer-too-long']);

/** What an interrupted answer means: Ctrl-C is "stop", never "send". */
function stopped(ctx: MockSessionContext, got: Collected & { kind: 'interrupted' }): false {
  if (got.typed) ctx.say(ctx.style.yellow('\nYour unfinished answer was not saved.'));
  return false;
}

/** `mock [filters] [N]` or `mock end`; false when input has ended or the person quit. */
export async function mockCommand(ctx: MockSessionContext, args: string): Promise<boolean> {
  const { practice, user, style, say } = ctx;
  const parsed = parseMockArgs(args);
  if (parsed.kind === 'end') {
    const lang = viewLang(await practice.langSetting(user));
    say((await practice.endMock(user)) ? messages(lang).mockRun.ended : messages(lang).mockRun.nothingToEnd);
    return true;
  }
  const progress = await practice.startMock(user, { filters: parsed.filters, count: parsed.count, scope: TERMINAL_SCOPE });
  say(renderMockStart(progress, style));
  let step: MockStepView = progress.step;
  let lang = progress.lang;
  let show = true;
  for (;;) {
    if (show) say(renderMockStep(step, lang, style, ctx.width));
    say(style.dim(messages(lang).mockRun.terminalHint));
    const got = await ctx.collect();
    if (got.kind === 'skip') return say(messages(lang).mockRun.paused), true;
    if (got.kind === 'interrupted') return stopped(ctx, got);
    if (ctx.closed() && got.text.trim() === '') return false;
    try {
      const r = await practice.answerMock(user, got.text, { scope: TERMINAL_SCOPE, expected: { mockId: progress.mockId, index: step.index, kind: step.kind } });
      ctx.answered(r.answered.entry.id);
      say(renderReport(r.report, style));
      say(renderElapsed(r.elapsedMs, r.answered.budgetMs, r.lang, style));
      if (r.card) {
        say(renderReportCard(r.card, r.lang, style));
        say(style.dim(messages(r.lang).mockRun.cardHint));
        return !ctx.closed();
      }
      step = r.next!;
      lang = r.lang;
      show = true;
    } catch (err) {
      if (!isPracticeError(err)) throw err;
      say(style.yellow(err.userMessage));
      if (!RETRY.has(err.code) || ctx.closed()) return !ctx.closed();
      show = false;
    }
    if (ctx.closed()) return false;
  }
}

/** `f`: a follow-up on the question last answered, graded as a follow-up; false when input has ended. */
export async function followUpCommand(ctx: MockSessionContext, questionId: string | null): Promise<boolean> {
  const { practice, user, style, say } = ctx;
  if (!questionId) return say(messages(viewLang(await practice.langSetting(user))).followUpRun.noAnswerYet), true;
  const pick = await practice.followUpQuestion(user, questionId);
  say(renderFollowUp(pick, style, ctx.width));
  for (;;) {
    say(style.dim(ANSWER_HINT));
    const got = await ctx.collect();
    if (got.kind === 'skip') return true;
    if (got.kind === 'interrupted') return stopped(ctx, got);
    if (ctx.closed() && got.text.trim() === '') return false;
    try {
      const report = await practice.submitFollowUp(user, pick.entry.id, pick.followUp, got.text, { scope: TERMINAL_SCOPE });
      say(renderReport(report, style));
      say(style.dim(messages(report.lang).followUpRun.saved));
      return !ctx.closed();
    } catch (err) {
      if (!isPracticeError(err) || !RETRY.has(err.code)) throw err;
      say(style.yellow(err.userMessage));
      if (ctx.closed()) return false;
    }
  }
}

