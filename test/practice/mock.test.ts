/** The mock interview as data (issue 14): steps, follow-ups, time kept, the report card. */
import { describe, expect, it } from 'vitest';
import { currentStep, isComplete, newMock, recordStep, reportCard } from '../../src/practice/mock.ts';
import { reportCardSvg } from '../../src/practice/report-card.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { shippedBank } from '../helpers/practice.ts';

const bank = shippedBank();
const scorer = createScorer(bank);
const entryOf = (id: string) => bank.entries.find((e) => e.id === id)!;
const MIN = 60_000;

describe('a mock interview', () => {
  it('given two questions then it asks each one and then its follow-up, recording the time each took', () => {
    let state = newMock([entryOf('Q7'), entryOf('Q1')], 0, { scope: 'terminal', budgetMs: 8 * MIN });
    const seen: string[] = [];
    let now = 0;
    for (const minutes of [5, 2, 9, 3]) {
      const step = currentStep(state, entryOf);
      if (step.kind === 'done') throw new Error('ended early');
      seen.push(`${step.kind}:${step.entry.id}:${step.index}/${step.of}`);
      now += minutes * MIN;
      const report = step.kind === 'question' ? scorer.score(step.entry, 'A circuit breaker per provider, 5% to 0.5%.') : scorer.scoreFollowUp(step.entry, step.followUp, 'Keep it, 2 providers.');
      state = recordStep(state, report, now);
    }
    expect(seen).toEqual(['question:Q7:1/2', 'followUp:Q7:1/2', 'question:Q1:2/2', 'followUp:Q1:2/2']);
    expect(isComplete(state)).toBe(true);
    expect(currentStep(state, entryOf).kind).toBe('done');
    expect(state.items.map((i) => [i.answer!.elapsedMs / MIN, i.followUpAnswer!.elapsedMs / MIN])).toEqual([[5, 2], [9, 3]]);
  });

  it('given a finished mock then the report card has every score, the dimensions ranked, three pointers and the change from the previous mock', () => {
    let state = newMock([entryOf('Q7'), entryOf('Q1')], 0, { scope: 'terminal' });
    const answers = [
      'I put a circuit breaker per RPC provider: 5 failures in 30s trips it, which cuts errors from 5% to 0.5% and fails over in 180ms, inside <500ms on the 4-core box; budget $1.5K + $800 + $200 = $2.5K/mo; versus naive retry it costs 30ms. SRE owns alerts, Dev the trait, Lead the budget.',
      'Two providers now: keep breakers, reopen after 15s, shed history reads; both down 0.005 × 0.005 = 0.000025.',
      'Monolith.',
      'No idea.',
    ];
    for (const [k, text] of answers.entries()) {
      const step = currentStep(state, entryOf);
      const report = step.kind === 'question' ? scorer.score(step.entry, text) : step.kind === 'followUp' ? scorer.scoreFollowUp(step.entry, step.followUp, text) : null;
      state = recordStep(state, report!, (k + 1) * MIN);
    }
    const card = reportCard(state, entryOf, { overall: 10, finishedAt: 0 });
    expect(card.questions.map((q) => q.questionId)).toEqual(['Q7', 'Q1']);
    expect(card.questions[0]!.total).toBeGreaterThan(card.questions[1]!.total!);
    expect(card.questions[0]!.followUp!.twist).toMatch(/RPC providers/);
    expect(card.adaptability).not.toBeNull();
    expect(card.strengths).toHaveLength(2);
    expect(card.weaknesses).toHaveLength(2);
    expect(card.studyNext.length).toBe(3);
    expect(card.previous).toEqual({ overall: 10, finishedAt: 0 });
    const svg = reportCardSvg(card, 'zh');
    expect(svg).toContain('模拟面试');
    expect(reportCardSvg(card, 'en')).toContain('Mock interview — report card');
  });
});
