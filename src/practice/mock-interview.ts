/**
 * The mock interview's use cases: start (or resume) one, show where the candidate is, answer the current
 * step, end it, and the report card of the last finished one. The state lives in the `mocks` table, so a
 * mock survives a restart of the bot; a mock untouched for a day expires. Each answer is one transaction
 * (the attempt, the mock's new state, and on the last step the finished card), committed before the
 * score is shown. The steps themselves are pure (mock.ts).
 */
import type { Bank, Entry } from '../bank/schema.ts';
import { messages, viewLang, type Lang, type LangSetting } from '../i18n/index.ts';
import type { ScoreReport } from '../scoring/report.ts';
import type { DimensionPercents, MockRow, Tables } from '../store/index.ts';
import { MAX_ANSWER_CHARS, type PracticeDeps } from './deps.ts';
import { PracticeError } from './errors.ts';
import { matchingEntries } from './filters.ts';
import { currentStep, isComplete, MOCK_EXPIRY_MS, MOCK_MAX_QUESTIONS, MOCK_QUESTIONS, newMock, recordStep, reportCard, type MockState, type MockStep, type ReportCard } from './mock.ts';
import { entryById } from './next-question.ts';
import { dimensionStats, PROGRESS_WINDOW, weakestOf } from './progress.ts';
import { renderPngAsync } from './chart-png.ts';
import { reportCardSvg } from './report-card.ts';
import { pickQuestion } from './select.ts';
import { checkAnswer, langSettingOf, recordAnswer } from './submit-answer.ts';
import type { PracticeUser, QuestionFilters, SubmitContext } from './types.ts';

/** What is stored in `mocks.state`: the steps, and once finished the card as it was shown. */
type StoredMock = MockState & { card?: ReportCard };

/** A step to show: a question or a follow-up, never `done`. */
export type MockStepView = Exclude<MockStep, { kind: 'done' }>;

/** Which step an answer was written for: adapters send it back so an old button cannot answer a newer step. */
export type MockStepRef = { mockId: number; index: number; kind: MockStepView['kind'] };

export type MockProgress = {
  mockId: number;
  step: MockStepView;
  /** The language the mock's own texts are shown in (the setting, or the language the candidate answers in). */
  lang: Lang;
  /** True when an active mock was continued rather than a new one started. */
  resumed: boolean;
  /** How many questions this mock asks; fewer than `requested` when the filters match fewer. */
  questions: number;
  requested: number;
  /** A mock left for a day was found and closed on the way. */
  expiredBefore: boolean;
};

export type MockAnswered = {
  mockId: number;
  report: ScoreReport;
  /** The step this answer was for, and how long it took from being shown (against `answered.budgetMs`). */
  answered: MockStepView;
  elapsedMs: number;
  /** The next step, or null when this answer finished the mock. */
  next: MockStepView | null;
  /** The report card, when this answer finished the mock. */
  card: ReportCard | null;
  lang: Lang;
};

export type FinishedMock = { mockId: number; card: ReportCard; lang: Lang; finishedAt: number };

export type StartOptions = { filters?: QuestionFilters; count?: number; scope: string };

const parse = (row: MockRow) => JSON.parse(row.state) as StoredMock;
const stale = (row: MockRow, now: number) => row.updatedAt < now - MOCK_EXPIRY_MS;
const entryOf = (bank: Bank) => (id: string) => entryById(bank, id);

/** Under `auto`, the language most of the mock's answers were written in (the latest breaks a tie); English before any. */
export function mockLang(setting: LangSetting, state: MockState): Lang {
  if (setting === 'en' || setting === 'zh') return setting;
  const langs = state.items.flatMap((i) => [i.answer?.report.lang, i.followUpAnswer?.report.lang]).filter((l): l is Lang => l !== undefined);
  const zh = langs.filter((l) => l === 'zh').length;
  const en = langs.length - zh;
  return zh > en ? 'zh' : en > zh ? 'en' : (langs.at(-1) ?? 'en');
}

function stepView(state: MockState, bank: Bank): MockStepView | null {
  const step = currentStep(state, entryOf(bank));
  return step.kind === 'done' ? null : step;
}

function errorIn(setting: LangSetting) {
  return messages(viewLang(setting)).errors;
}

/**
 * `count` questions (default 3, at most 5) within the filters, picked the way practice picks one: new ones
 * first, then those due for review, then the weakest dimension; entries with follow-ups preferred.
 */
async function pickEntries(deps: PracticeDeps, user: PracticeUser, filters: QuestionFilters, count: number): Promise<Entry[]> {
  const { id: _ignored, ...rest } = filters;
  const matching = matchingEntries(deps.bank(), rest);
  const withFollowUps = matching.filter((e) => (e.followUps?.length ?? 0) > 0);
  let candidates = withFollowUps.length > 0 ? withFollowUps : matching;
  const now = deps.clock.now();
  const { stored, history, due } = await deps.store.read(async (tx) => {
    const stored = await tx.users.find(user.platform, user.platformUserId);
    if (!stored) return { stored, history: [], due: [] };
    return { stored, history: await tx.attempts.points(stored.id), due: await tx.reviewCards.due(stored.id, now) };
  });
  const lastScores = new Map<string, DimensionPercents>(history.map((p) => [p.questionId, p.dimensions]));
  const weakest = weakestOf(dimensionStats(history, deps.window ?? PROGRESS_WINDOW));
  const entries: Entry[] = [];
  let last = stored?.lastQuestionId ?? null;
  while (entries.length < count && candidates.length > 0) {
    const pick = pickQuestion({ candidates, lastScores, due: due.map((d) => d.questionId), lastQuestionId: last, weakestDimension: weakest, random: deps.random });
    entries.push(pick.entry);
    last = pick.entry.id;
    candidates = candidates.filter((e) => e.id !== pick.entry.id);
  }
  return entries;
}

/** The person's active mock in this transaction, after closing it if it was left for a day. */
async function activeMock(tx: Tables, userId: number, now: number): Promise<{ row: MockRow | undefined; expired: boolean }> {
  const expired = (await tx.mocks.expire(userId, now - MOCK_EXPIRY_MS)) > 0;
  return { row: await tx.mocks.active(userId), expired };
}

function progressOf(row: MockRow, bank: Bank, setting: LangSetting, extra: { resumed: boolean; requested: number; expiredBefore: boolean }): MockProgress {
  const state = parse(row);
  const step = stepView(state, bank);
  // An active mock always has a step left: the last answer finishes it in the same transaction.
  if (!step) throw new Error(`mock ${row.id} is active but complete`);
  return { mockId: row.id, step, lang: mockLang(setting, state), questions: state.items.length, ...extra };
}

/**
 * Starts a mock interview, or continues the one in progress (a second start never makes a second mock:
 * the filters and count of the first stand). Resuming counts as touching it: its day starts again.
 */
export async function startMock(deps: PracticeDeps, user: PracticeUser, options: StartOptions): Promise<MockProgress> {
  const setting = await langSettingOf(deps, user);
  const count = options.count ?? MOCK_QUESTIONS;
  if (!Number.isInteger(count) || count < 1 || count > MOCK_MAX_QUESTIONS) throw new PracticeError('mock-count', errorIn(setting).mockCount(MOCK_MAX_QUESTIONS));
  const bank = deps.bank();
  const now = deps.clock.now();
  const resumeOr = async (tx: Tables, userId: number) => {
    const { row, expired } = await activeMock(tx, userId, now);
    if (row) await tx.mocks.save(row.id, row.state, now);
    return { row, expired };
  };
  // The common case first: a mock in progress is continued without picking anything.
  const existing = await deps.store.write(async (tx) => {
    const stored = await tx.users.find(user.platform, user.platformUserId);
    return stored ? resumeOr(tx, stored.id) : { row: undefined, expired: false };
  });
  if (existing.row) return progressOf(existing.row, bank, setting, { resumed: true, requested: parse(existing.row).items.length, expiredBefore: false });

  const entries = await pickEntries(deps, user, options.filters ?? {}, count);
  const result = await deps.store.write(async (tx) => {
    const row = await tx.users.ensure(user, now);
    const again = await resumeOr(tx, row.id);
    // Another process started one meanwhile: that one is the mock.
    if (again.row) return { row: again.row, resumed: true, expired: existing.expired || again.expired };
    const state = newMock(entries, now, { filters: options.filters ?? {}, lang: setting, scope: options.scope, salt: await tx.mocks.count(row.id) });
    const id = await tx.mocks.insert({ userId: row.id, state: JSON.stringify(state), createdAt: now });
    await tx.users.setLastQuestion(row.id, entries.at(-1)!.id);
    return { row: (await tx.mocks.byId(id))!, resumed: false, expired: existing.expired || again.expired };
  });
  deps.log?.info({ event: result.resumed ? 'mock-resumed' : 'mock-started', platform: user.platform, mock: result.row.id, questions: entries.map((e) => e.id) }, 'mock interview');
  return progressOf(result.row, bank, setting, { resumed: result.resumed, requested: count, expiredBefore: result.expired && !result.resumed });
}

/** Where the candidate is in their mock, or null when none is in progress (a mock left for a day is closed here). */
export async function currentMock(deps: PracticeDeps, user: PracticeUser): Promise<MockProgress | null> {
  const now = deps.clock.now();
  const found = await deps.store.write(async (tx) => {
    const stored = await tx.users.find(user.platform, user.platformUserId);
    if (!stored) return null;
    const { row } = await activeMock(tx, stored.id, now);
    return row ? { row, setting: stored.lang } : null;
  });
  if (!found) return null;
  return progressOf(found.row, deps.bank(), found.setting, { resumed: true, requested: parse(found.row).items.length, expiredBefore: false });
}

/**
 * Answers the current step: a question's first answer, then its follow-up. The elapsed time since the
 * step was shown is recorded (the budget is never enforced). `expected` is the step the candidate saw;
 * an answer for a step already answered is refused rather than recorded against the next one.
 */
export async function answerMock(deps: PracticeDeps, user: PracticeUser, text: string, context: SubmitContext & { expected?: MockStepRef }): Promise<MockAnswered> {
  const answer = checkAnswer(text, deps.maxAnswerChars ?? MAX_ANSWER_CHARS);
  const bank = deps.bank();
  const stored = await deps.store.users.find(user.platform, user.platformUserId);
  const setting = stored?.lang ?? 'auto';
  const errors = errorIn(setting);
  const row = stored ? await deps.store.mocks.active(stored.id) : undefined;
  const now = deps.clock.now();
  if (!row) {
    const expired = context.expected && stored ? (await deps.store.mocks.byId(context.expected.mockId))?.status === 'expired' : false;
    throw new PracticeError(expired ? 'mock-expired' : 'no-mock', expired ? errors.mockExpired : errors.noMock);
  }
  if (stale(row, now)) {
    await deps.store.write(async (tx) => tx.mocks.expire(row.userId, now - MOCK_EXPIRY_MS));
    throw new PracticeError('mock-expired', errors.mockExpired);
  }
  const state = parse(row);
  const step = stepView(state, bank)!;
  const moved = (s: MockStepView, id: number) => {
    const e = context.expected;
    return e !== undefined && (e.mockId !== id || e.index !== s.index || e.kind !== s.kind);
  };
  if (moved(step, row.id)) throw new PracticeError('mock-step-answered', errors.stepAnswered(step.index, step.of));

  // Scored outside the transaction, like practice answers.
  const scorer = deps.scorerFor(bank);
  const report = step.kind === 'question' ? scorer.score(step.entry, answer, { lang: setting }) : scorer.scoreFollowUp(step.entry, step.followUp, answer, { lang: setting });

  const outcome = await deps.store.write(async (tx) => {
    const u = await tx.users.ensure(user, now);
    const current = await tx.mocks.active(u.id);
    // Another answer to the same step won the race: this one is not recorded.
    if (!current || current.id !== row.id || current.state !== row.state) {
      const latest = current ? stepView(parse(current), bank) : null;
      throw new PracticeError('mock-step-answered', errors.stepAnswered(latest?.index ?? step.of, step.of));
    }
    await recordAnswer(tx, u.id, { entry: step.entry, answer, report, bankVersion: bank.version, context, followUp: step.kind === 'followUp' ? step.followUp : null, now });
    const next = recordStep(state, report, now);
    if (!isComplete(next)) {
      await tx.mocks.save(row.id, JSON.stringify(next), now);
      return { next, card: null };
    }
    const previous = await tx.mocks.lastFinished(u.id);
    const card = reportCard(next, entryOf(bank), previous ? { overall: previous.overall ?? 0, finishedAt: previous.finishedAt ?? previous.updatedAt } : null);
    await tx.mocks.finish(row.id, JSON.stringify({ ...next, card } satisfies StoredMock), card.overall, now);
    return { next, card };
  });
  deps.log?.info({ event: 'mock-step', platform: user.platform, mock: row.id, step: `${step.index}/${step.of}`, kind: step.kind, question: step.entry.id, total: report.total, finished: outcome.card !== null }, 'mock step answered');
  return { mockId: row.id, report, answered: step, elapsedMs: Math.max(0, now - step.startedAt), next: stepView(outcome.next, bank), card: outcome.card, lang: mockLang(setting, outcome.next) };
}

/** Gives up the mock in progress (it is kept, as expired); false when there was none. */
export async function endMock(deps: PracticeDeps, user: PracticeUser): Promise<boolean> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const stored = await tx.users.find(user.platform, user.platformUserId);
    return stored ? (await tx.mocks.end(stored.id, now)) > 0 : false;
  });
}

/** The report card of the candidate's last finished mock, as it was when they finished. */
export async function lastReportCard(deps: PracticeDeps, user: PracticeUser): Promise<FinishedMock | null> {
  const found = await deps.store.read(async (tx) => {
    const stored = await tx.users.find(user.platform, user.platformUserId);
    const row = stored ? await tx.mocks.lastFinished(stored.id) : undefined;
    return row && stored ? { row, setting: stored.lang } : null;
  });
  if (!found) return null;
  const state = parse(found.row);
  if (!state.card) return null;
  return { mockId: found.row.id, card: state.card, lang: mockLang(found.setting, state), finishedAt: found.row.finishedAt ?? found.row.updatedAt };
}

/** The report card as a PNG (Chinese drawn with Noto Sans SC), rendered off the event loop. */
export function reportCardPng(card: ReportCard, lang: Lang): Promise<Buffer> {
  return renderPngAsync(reportCardSvg(card, lang));
}
