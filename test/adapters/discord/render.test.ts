/**
 * Every message the adapter renders stays within Discord's limits for every entry in content/ (the
 * longest included) and for reports far longer than the scorer gives today.
 */
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, PHASES, STAKEHOLDER_ROLES, type Entry } from '../../../src/bank/schema.ts';
import { createBankSearch } from '../../../src/bank/search.ts';
import type { Leaderboard, Progress } from '../../../src/practice/index.ts';
import { computeProgress } from '../../../src/practice/progress.ts';
import { createScorer } from '../../../src/scoring/index.ts';
import { DIMENSIONS, type ScoreReport } from '../../../src/scoring/report.ts';
import { embedLength, fit, fitEmbed, fitList, LIMITS } from '../../../adapters/discord/limits.ts';
import { answerModal } from '../../../adapters/discord/render/answer-modal.ts';
import { questionChoices, timeZoneChoices } from '../../../adapters/discord/render/choices.ts';
import { keptAnswerMessage } from '../../../adapters/discord/render/kept-answer.ts';
import { leaderboardEmbed } from '../../../adapters/discord/render/leaderboard.ts';
import type { MessageBody } from '../../../adapters/discord/render/message.ts';
import { modelAnswerEmbed } from '../../../adapters/discord/render/model-answer.ts';
import { progressEmbed } from '../../../adapters/discord/render/progress.ts';
import { followUpModal, mockStepMessage, mockStepModal, reportCardMessage } from '../../../adapters/discord/render/mock.ts';
import { questionMessage } from '../../../adapters/discord/render/question.ts';
import { roundQuestionMessage, roundSummaryMessage } from '../../../adapters/discord/render/round.ts';
import { scheduleEmbed } from '../../../adapters/discord/render/schedule.ts';
import { scoreMessage } from '../../../adapters/discord/render/score.ts';
import { shippedBank } from '../../helpers/practice.ts';

function expectEmbedWithinLimits(e: APIEmbed): void {
  expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.trim().length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

function expectMessageWithinLimits(m: MessageBody): void {
  expect(m.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  expect(m.embeds?.length ?? 0).toBeLessThanOrEqual(10);
  (m.embeds ?? []).forEach(expectEmbedWithinLimits);
  expect(m.components?.length ?? 0).toBeLessThanOrEqual(5);
  for (const row of m.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      expect('label' in b && b.label ? b.label.length : 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
      expect('custom_id' in b ? b.custom_id.length : 0).toBeLessThanOrEqual(LIMITS.customId);
    }
  }
}

const bank = shippedBank();
const scorer = createScorer(bank);
const longest = (f: (e: Entry) => number) => [...bank.entries].sort((a, b) => f(b) - f(a))[0]!;
const fullFilters = { difficulty: DIFFICULTIES[2], phase: 'Maintenance' as const, stakeholder: 'DevOps' as const };

/** A report with every list far longer than any the scorer produces. */
function hugeReport(entry: Entry): ScoreReport {
  const many = (what: string, n: number, len: number) => Array.from({ length: n }, (_, i) => `${what} ${i} ${'x'.repeat(len)}`);
  const dim = { score: 7.3, max: 20, covered: many('covered', 60, 80), missed: many('missed', 60, 80) };
  return {
    questionId: entry.id, scorerVersion: '9.9.9', total: 37,
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, dim])) as ScoreReport['dimensions'],
    covered: many('covered', 200, 100), missed: many('missed', 200, 100),
    wrongNumbers: Array.from({ length: 40 }, (_, i) => ({ said: `${i}** @everyone _x_`, expected: '99.95% uptime (Operational)', why: 'y'.repeat(300) })),
    flags: ['too-short', 'keyword-list', 'padding', 'boilerplate', 'off-topic', 'truncated', 'model-answer-copy', 'word-salad', 'filler', 'wrong-design', 'wrong-numbers'],
    claims: Array.from({ length: 30 }, (_, i) => ({ kind: 'effect' as const, label: `claim ${i} ${'c'.repeat(200)}`, status: 'unquantified' as const })),
    cap: { limit: 26, reason: 'r'.repeat(400) },
    followUp: null,
    lang: 'en',
    feedback: many('feedback', 80, 400), readNext: Array.from({ length: 30 }, (_, i) => ({ id: `C${i}`, title: 't'.repeat(200), because: 'b'.repeat(200) })), wordCount: 700,
  };
}

describe('rendering within Discord limits', () => {
  it.each(bank.entries.map((e) => [e.id, e] as const))('%s: question, model answer, modal, round post and score', (_id, entry) => {
    expectMessageWithinLimits(questionMessage({ entry, reason: 'weakest', weakestDimension: 'tradeOffs', matching: 28 }, fullFilters));
    expectEmbedWithinLimits(modelAnswerEmbed(entry));
    const closesAt = new Date(Date.UTC(2026, 10, 25, 17));
    expectMessageWithinLimits(roundQuestionMessage({ roundId: Number.MAX_SAFE_INTEGER, channel: { platform: 'discord', scope: 'discord:1', channelId: '1' }, entry, localDate: '2026-11-25', opensAt: closesAt, closesAt }));
    const answer = (entry.answer ?? entry.keyInsight).slice(0, 4000);
    expectMessageWithinLimits(scoreMessage(entry, scorer.score(entry, answer), fullFilters, { inRound: true }));
    expectMessageWithinLimits(scoreMessage(entry, hugeReport(entry), fullFilters, { roundClosed: true }));
    const modal = answerModal(entry, { kind: 'modal', questionId: entry.id, roundId: Number.MAX_SAFE_INTEGER, filters: fullFilters }, 4000, 'd'.repeat(5000));
    expect(modal.title.length).toBeLessThanOrEqual(LIMITS.modalTitle);
    expect(modal.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
    for (const c of modal.components as any[]) {
      if (c.type === 10) expect(c.content.length).toBeLessThanOrEqual(LIMITS.textDisplay);
      if (c.type === 18) {
        expect(c.label.length).toBeLessThanOrEqual(LIMITS.label);
        expect(c.description.length).toBeLessThanOrEqual(LIMITS.labelDescription);
        expect(c.component.placeholder.length).toBeLessThanOrEqual(LIMITS.placeholder);
        expect(c.component.value.length).toBe(4000);
      }
    }
  });

  it('keeps the longest model answer whole and its code block closed', () => {
    const entry = longest((e) => (e.answer?.length ?? 0) + (e.code?.source.length ?? 0));
    const embed = modelAnswerEmbed(entry);
    expect(embed.description!.startsWith(entry.answer!)).toBe(true);
    expect((embed.description!.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it('escapes markdown in what a candidate typed and in display names', () => {
    const entry = bank.entries[0]!;
    const said = scoreMessage(entry, hugeReport(entry), {}).embeds![0]!.fields!.find((f) => f.name === 'Numbers to check')!.value;
    expect(said).toContain('you said **0\\*\\* @everyone \\_x\\_**');
    const board: Leaderboard = { scope: 's', period: 'week', since: '2026-11-23', bankQuestions: 28, participants: 1, rows: [{ rank: 1, name: '**Bold** `x`', score: 12.5, questions: 3, you: true }], you: null };
    expect(leaderboardEmbed(board, null).description).toContain('\\*\\*Bold\\*\\* \\`x\\`');
  });

  it('fits a summary, a long schedule list, a leaderboard and a kept answer', () => {
    const channel = { platform: 'discord' as const, scope: 'discord:1', channelId: '123456789012345678' };
    expectMessageWithinLimits(roundSummaryMessage({ roundId: 1, channel, questionId: 'Q7', question: 'q'.repeat(5000), participants: 10_000, average: 55.55, top: [{ displayName: 'n'.repeat(300), total: 99 }, { displayName: null, total: 98 }, { displayName: 'x', total: 1 }], keyInsight: 'k'.repeat(3000), mostMissedConstraint: 'm'.repeat(2000) }));
    const views = Array.from({ length: 500 }, (_, id) => ({ id, channel, time: '09:00', timeZone: 'America/Argentina/ComodRivadavia', weekdays: [1, 3], filters: { difficulty: 'A', phase: 'Maintenance', stakeholder: 'DevOps' }, windowHours: 24, status: 'paused' as const, pausedReason: 'r'.repeat(200), nextRunAt: null }));
    const list = scheduleEmbed('Daily rounds in this server', views, 'note');
    expectEmbedWithinLimits(list);
    expect(list.description).toMatch(/… and \d+ more$/);
    const rows = Array.from({ length: 10 }, (_, i) => ({ rank: i + 1, name: 'N'.repeat(100), score: 99.9, questions: 28, you: false }));
    expectEmbedWithinLimits(leaderboardEmbed({ scope: 's', period: 'all', since: null, bankQuestions: 28, participants: 99_999, rows, you: { rank: 5000, name: 'Me', score: 1, questions: 1, you: true } }, true));
    expectMessageWithinLimits(keptAnswerMessage('w'.repeat(3000), { kind: 'modal', questionId: 'Q1', roundId: null, filters: {} }, 'answer'));
  });

  it('fits every mock step, its modal, a follow-up modal and a long report card, in both languages (issue 14)', () => {
    for (const entry of bank.entries) {
      for (const lang of ['en', 'zh'] as const) {
        const base = { index: 5, of: 5, entry, budgetMs: 480_000, startedAt: 0 };
        expectMessageWithinLimits(mockStepMessage(Number.MAX_SAFE_INTEGER, { kind: 'question', ...base }, lang, ['i'.repeat(3000)]));
        expectMessageWithinLimits(mockStepMessage(1, { kind: 'followUp', ...base, followUp: 1, twist: entry.followUps![0]!.twist }, lang));
        for (const stage of ['question', 'followUp'] as const) {
          const modal = mockStepModal({ kind: 'mock', mockId: 1, index: 5, stage, questionId: entry.id, followUp: 1 }, entry, lang, 4000, 'd'.repeat(5000));
          expect(modal.title.length).toBeLessThanOrEqual(LIMITS.modalTitle);
          expect(modal.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
        }
        expect(followUpModal({ entry, followUp: 2, twist: 't'.repeat(5000), lang, langChosen: false }, 4000).title.length).toBeLessThanOrEqual(LIMITS.modalTitle);
      }
    }
    const entry = bank.entries[0]!;
    const card = { questions: Array.from({ length: 5 }, () => ({ questionId: 'Q28', question: 'q'.repeat(500), total: 55, followUp: { n: 3, twist: 't'.repeat(500), total: null }, elapsedMs: 9 * 60_000, budgetMs: 480_000 })), dimensions: { keyInsight: 80.5, constraints: 10, metrics: 60, tradeOffs: 0, stakeholders: 100 }, adaptability: null, overall: 55.5, strengths: ['stakeholders', 'keyInsight'], weaknesses: ['tradeOffs', 'constraints'], studyNext: [{ id: 'G1', title: 'x'.repeat(400), because: 'y'.repeat(600) }, { id: 'C2', title: 'c', because: 'b' }], previous: { overall: 70, finishedAt: 0 } } as const;
    for (const lang of ['en', 'zh'] as const) {
      const message = reportCardMessage(structuredClone(card) as any, lang, Buffer.from('png'));
      expectMessageWithinLimits(message);
      expect(message.embeds![0]!.image!.url).toBe('attachment://report-card.png');
    }
    // A first answer's score offers the follow-up; a bank entry without follow-ups does not.
    const labels = (m: MessageBody) => m.components![0]!.components.map((c) => ('label' in c ? c.label : ''));
    expect(labels(scoreMessage(entry, hugeReport(entry), {}))).toEqual(['Next question', 'Show model answer', 'Answer again', 'Follow-up']);
    expect(labels(scoreMessage({ ...entry, followUps: [] }, hugeReport(entry), {}))).not.toContain('Follow-up');
  });

  it('renders progress with and without attempts', () => {
    const empty: Progress = computeProgress([], bank, 'UTC', Date.UTC(2026, 0, 1));
    expect(progressEmbed(empty, false).description).toMatch(/No attempts yet/);
    const history = Array.from({ length: 40 }, (_, i) => ({ questionId: `Q${(i % 28) + 1}`, total: 40 + i, createdAt: Date.UTC(2026, 0, 1) + i * 86_400_000, dimensions: { keyInsight: 80, constraints: 20 + i, metrics: 60, tradeOffs: 70, stakeholders: 90 }, copied: false }));
    const embed = progressEmbed(computeProgress(history as any, bank, 'UTC', Date.UTC(2026, 1, 9, 12)), true);
    expectEmbedWithinLimits(embed);
    expect(embed.description).toContain('Weakest dimension: **Constraints**');
    expect(embed.image?.url).toBe('attachment://progress.png');
  });
});

describe('autocomplete choices', () => {
  it('gives at most 25 questions with names and values within 100 characters', () => {
    const search = createBankSearch(bank);
    for (const typed of ['', 'q', 'Q7', '7', 'circuit breaker', 'zzzz-nothing', 'x'.repeat(500)]) {
      const choices = questionChoices(search, typed);
      expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
        expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
      }
    }
    expect(questionChoices(search, '7')[0]!.value).toBe('Q7');
  });

  it('finds time zones by any part of their name', () => {
    expect(timeZoneChoices('').length).toBe(25);
    expect(timeZoneChoices('')[0]!.value).toBe('UTC');
    expect(timeZoneChoices('new york').map((c) => c.value)).toContain('America/New_York');
    expect(timeZoneChoices('europe/ber').map((c) => c.value)).toEqual(['Europe/Berlin']);
  });
});

describe('fitting text', () => {
  it('cuts with an ellipsis and never splits a surrogate pair', () => {
    expect(fit('abc', 3)).toBe('abc');
    expect(fit('abcd', 3)).toBe('ab…');
    const cut = fit('a😀😀', 3);
    expect(cut.length).toBeLessThanOrEqual(3);
    expect(cut).toBe('a…');
  });

  it('keeps whole list items and says how many more there are', () => {
    expect(fitList(['one', 'two', 'three'], 100)).toBe('• one\n• two\n• three');
    const cut = fitList(['aaaa', 'bbbb', 'cccc', 'dddd'], 20);
    expect(cut).toBe('• aaaa\n… and 3 more');
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(fitList(['x'.repeat(50)], 10)).toBe(`• ${'x'.repeat(7)}…`);
    expect(fitList([], 10)).toBe('');
  });

  it('drops trailing fields, then shortens the description, to stay within 6,000', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1500) }));
    const e = fitEmbed({ title: 't'.repeat(300), description: 'd'.repeat(5000), fields });
    expectEmbedWithinLimits(e);
    expect(e.title!.length).toBe(256);
    expect(e.fields!.length).toBeLessThan(25);
  });
});

describe('slash command choices come from the schema', () => {
  it('covers every difficulty, phase and stakeholder', async () => {
    const { commandDefinitions } = await import('../../../adapters/discord/commands/definitions.ts');
    const practice = commandDefinitions().find((c) => c.name === 'practice')!;
    const choices = (name: string) => (practice.options as any[]).find((o) => o.name === name).choices.map((c: any) => c.value);
    expect(choices('difficulty')).toEqual([...DIFFICULTIES]);
    expect(choices('phase')).toEqual([...PHASES]);
    expect(choices('stakeholder')).toEqual([...STAKEHOLDER_ROLES]);
  });
});
