import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/bank/schema.ts';
import { computeProgress } from '../../../src/practice/progress.ts';
import { createScorer } from '../../../src/scoring/index.ts';
import { DIMENSIONS } from '../../../src/scoring/report.ts';
import { decodeAnswerMetadata } from '../../../adapters/slack/ids.ts';
import { LIMITS } from '../../../adapters/slack/limits.ts';
import { answerModal } from '../../../adapters/slack/render/answer-modal.ts';
import { helpMessage } from '../../../adapters/slack/render/help.ts';
import { homeView } from '../../../adapters/slack/render/home.ts';
import { leaderboardMessage } from '../../../adapters/slack/render/leaderboard.ts';
import { modelAnswerMessage } from '../../../adapters/slack/render/model-answer.ts';
import { questionMessage } from '../../../adapters/slack/render/question.ts';
import { roundQuestionMessage, roundSummaryMessage } from '../../../adapters/slack/render/round.ts';
import { scoreMessage } from '../../../adapters/slack/render/score.ts';
import { followUpModal, mockModal, mockStepMessage, reportCardMessage } from '../../../adapters/slack/render/mock.ts';
import { scheduleListMessage } from '../../../adapters/slack/render/schedule.ts';
import { shippedBank } from '../../helpers/practice.ts';
import { breaches } from './slack-limits.ts';

const bank = shippedBank();
const size = (e: Entry) => JSON.stringify(e).length;
const longest = [...bank.entries].sort((a, b) => size(b) - size(a))[0]!;
/** Far beyond anything in content/: every text field 10,000 characters, 60 constraints, 40 trade-offs. */
const huge: Entry = {
  ...longest,
  question: 'Q'.repeat(10_000),
  keyInsight: '<!channel> '.repeat(1000),
  answer: 'a & b '.repeat(2000),
  metrics: 'm'.repeat(10_000),
  code: { language: 'rust', source: 'fn main() {}\n'.repeat(1000) },
  constraints: Array.from({ length: 60 }, (_, i) => ({ category: `Category ${i}`, text: 'x'.repeat(500) })),
  tradeOffs: Array.from({ length: 40 }, () => ({ ...longest.tradeOffs[0]!, approach: 'y'.repeat(900) })),
  stakeholderNotes: Array.from({ length: 40 }, () => ({ role: 'SRE' as const, note: 'z'.repeat(900) })),
};
const scorer = createScorer(bank);
const history = Array.from({ length: 600 }, (_, i) => ({
  questionId: bank.entries[i % bank.entries.length]!.id,
  total: (i * 37) % 101,
  createdAt: Date.UTC(2025, 0, 1) + i * 3_600_000,
  dimensions: Object.fromEntries(DIMENSIONS.map((d, j) => [d, (i * (j + 3)) % 101])) as Record<(typeof DIMENSIONS)[number], number>,
  copied: false,
}));

describe('Block Kit within Slack limits', () => {
  it(`the longest entry in content/ (${longest.id}) and a synthetic worst case fit every payload`, () => {
    for (const entry of [longest, huge]) {
      expect(breaches(questionMessage(entry, { roundId: 123456, note: 'n'.repeat(5000) }), 'message')).toEqual([]);
      expect(breaches(answerModal(entry, { questionId: 'Q9999', roundId: 2 ** 31, channelId: 'C0123456789ABCDEFGHIJ' }), 'modal')).toEqual([]);
      expect(breaches(modelAnswerMessage(entry), 'message')).toEqual([]);
      const longAnswer = `${entry.answer ?? entry.keyInsight} ${'99.5% uptime, $1M/mo, 3 SREs, <!channel> & '.repeat(60)}`.slice(0, LIMITS.answerChars);
      const report = scorer.score(longest, longAnswer);
      expect(breaches(scoreMessage(entry, report, { inRound: true }), 'message')).toEqual([]);
      const bloated = { ...report, feedback: Array(200).fill('f'.repeat(300)), wrongNumbers: Array(200).fill({ said: '<!here>'.repeat(50), expected: '1', why: 'w' }), readNext: Array(50).fill({ id: 'L1', title: 't'.repeat(300), because: 'b' }) };
      expect(breaches(scoreMessage(entry, bloated, { roundClosed: true }), 'message')).toEqual([]);
      const round = { roundId: 1, channel: { platform: 'slack' as const, scope: 'slack:T1', channelId: 'C1' }, entry, localDate: '2025-01-06', opensAt: new Date(), closesAt: new Date() };
      expect(breaches(roundQuestionMessage(round), 'message')).toEqual([]);
    }
  });

  it('every entry in content/ renders within the limits', () => {
    for (const entry of bank.entries) {
      expect(breaches(questionMessage(entry), 'message'), entry.id).toEqual([]);
      expect(breaches(answerModal(entry, { questionId: entry.id, roundId: null, channelId: null }), 'modal'), entry.id).toEqual([]);
      expect(breaches(modelAnswerMessage(entry), 'message'), entry.id).toEqual([]);
    }
  });

  it('home, help, leaderboard, schedules and summaries fit', () => {
    const progress = computeProgress(history, bank, 'UTC', Date.UTC(2025, 2, 1));
    expect(breaches(homeView(progress), 'home')).toEqual([]);
    expect(breaches(homeView(computeProgress([], bank, 'UTC', 0)), 'home')).toEqual([]);
    expect(breaches(helpMessage('p'.repeat(5000)), 'message')).toEqual([]);
    const row = (rank: number) => ({ rank, name: '<!channel>'.repeat(40), score: 99.9, questions: 28, you: rank === 3 });
    const board = { scope: 's', period: 'week' as const, since: '2025-01-06', bankQuestions: 28, participants: 5000, rows: Array.from({ length: 100 }, (_, i) => row(i + 1)), you: row(3) };
    expect(breaches(leaderboardMessage(board), 'message')).toEqual([]);
    const view = { id: 1, channel: { platform: 'slack' as const, scope: 's', channelId: 'C1' }, time: '09:00', timeZone: 'America/Argentina/ComodRivadavia', weekdays: [1, 2], filters: { phase: 'Ops' }, windowHours: 8, status: 'paused' as const, pausedReason: 'r'.repeat(500), nextRunAt: null };
    expect(breaches(scheduleListMessage(Array(200).fill(view)), 'message')).toEqual([]);
    const summary = { roundId: 1, channel: view.channel, questionId: 'Q1', question: 'q'.repeat(9000), participants: 3, average: 55.5, top: [{ displayName: '<!everyone>'.repeat(200), total: 90 }, { displayName: null, total: 10 }], keyInsight: 'k'.repeat(9000), mostMissedConstraint: 'c'.repeat(9000) };
    expect(breaches(roundSummaryMessage(summary), 'message')).toEqual([]);
  });

  it('escapes bank and user text everywhere it is echoed', () => {
    const all = JSON.stringify([
      questionMessage(huge),
      modelAnswerMessage(huge),
      roundSummaryMessage({ roundId: 1, channel: { platform: 'slack', scope: 's', channelId: 'C1' }, questionId: 'Q1', question: '<!here>', participants: 1, average: 1, top: [{ displayName: '<@U1> <!channel>', total: 1 }], keyInsight: '<https://x|y>', mostMissedConstraint: null }),
      helpMessage('I don\'t know "<!channel>".'),
    ]);
    expect(all).not.toMatch(/<!(channel|here|everyone)|<@U|<https/);
  });

  it('every mock step, its modal, a follow-up modal and a long report card fit, in both languages (issue 14)', () => {
    for (const entry of bank.entries) {
      for (const lang of ['en', 'zh'] as const) {
        const base = { index: 5, of: 5, entry, budgetMs: 480_000, startedAt: 0 };
        expect(breaches(mockStepMessage(Number.MAX_SAFE_INTEGER, { kind: 'question', ...base }, lang, ['i'.repeat(5000)]), 'message')).toEqual([]);
        expect(breaches(mockStepMessage(1, { kind: 'followUp', ...base, followUp: 3, twist: entry.followUps![0]!.twist }, lang), 'message')).toEqual([]);
        for (const stage of ['question', 'followUp'] as const) {
          expect(breaches(mockModal({ mockId: Number.MAX_SAFE_INTEGER, index: 5, stage, questionId: entry.id, followUp: 1 }, entry, lang, 'C0123456789') as any, 'modal')).toEqual([]);
        }
        expect(breaches(followUpModal({ entry, followUp: 2, twist: 't'.repeat(5000), lang, langChosen: false }, null) as any, 'modal')).toEqual([]);
      }
    }
    const card = { questions: Array.from({ length: 5 }, () => ({ questionId: 'Q28', question: 'q'.repeat(500), total: 55, followUp: { n: 3, twist: '<!channel> '.repeat(50), total: null }, elapsedMs: 9 * 60_000, budgetMs: 480_000 })), dimensions: { keyInsight: 80.5, constraints: 10, metrics: 60, tradeOffs: 0, stakeholders: 100 }, adaptability: null, overall: 55.5, strengths: ['stakeholders', 'keyInsight'], weaknesses: ['tradeOffs', 'constraints'], studyNext: [{ id: 'G1', title: 'x'.repeat(2000), because: 'y'.repeat(2000) }, { id: 'C2', title: 'c', because: 'b' }], previous: { overall: 70, finishedAt: 0 } };
    for (const lang of ['en', 'zh'] as const) {
      const msg = reportCardMessage(card as any, lang, 'note');
      expect(breaches(msg, 'message')).toEqual([]);
      expect(JSON.stringify(msg)).not.toContain('<!channel>');
    }
  });

  it('the checker itself catches a breach', () => {
    const modal = answerModal(longest, { questionId: longest.id, roundId: null, channelId: null });
    expect(breaches({ ...modal, title: { type: 'plain_text', text: 'x'.repeat(25) } }, 'modal')).toEqual(['modal title 25']);
    expect(breaches({ blocks: Array(51).fill({ type: 'divider' }) }, 'message')).toEqual(['51 blocks > 50']);
    expect(decodeAnswerMetadata(modal.private_metadata)).toEqual({ questionId: longest.id, roundId: null, channelId: null });
  });
});
