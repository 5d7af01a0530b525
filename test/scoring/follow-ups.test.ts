/** Grading the answer to an interviewer's follow-up (issue 14). */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { compileFollowUp } from '../../src/scoring/follow-up.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { bankVocabulary } from '../../src/scoring/rubric.ts';
import { CONTENT } from '../helpers/paths.ts';
import { followUpAttacksFor } from './attacks.ts';
import { followUpRows } from './eval-follow-ups.ts';
import { pairwiseAgreement, spearman } from './ranking.ts';

const bank = loadBank(CONTENT);
const scorer = createScorer(bank);
const q7 = bank.entries.find((e) => e.id === 'Q7')!;
const fu = (text: string, n = 1) => scorer.scoreFollowUp(q7, n, text);

describe('a follow-up answer', () => {
  const adapted = fu(
    'Down to 2 RPC providers, a tripped breaker leaves just one healthy endpoint. I still run a breaker for each endpoint, but reopen probing after 15s instead of 60s, and when only one endpoint is healthy the API sheds low-priority reads such as history lookups. Assuming 99.5% availability each, both failing together is 0.005 × 0.005 = 0.000025 of the time, roughly one minute monthly, far under the 43min the 99.9% uptime target allows, still on the 4-core box. The deep three-step failover chain is gone. SRE repeats the chaos drills with two endpoints, Dev ships the shedding switch, Lead asks the survivor for a higher quota.',
  );

  const unchanged = fu(
    'Losing one provider is fine, the design still holds: one circuit breaker per provider with a sliding 30s window, trip at 5 failures, 60s open, half-open probe, an ordered failover list, on the 4-core box at about 38% CPU, within the $2.5K/mo budget, 99.9% uptime. Nothing really changes; SRE keeps the same runbook.',
  );
  const wrongWay = fu(
    'To replace the lost provider I would self-host our own Solana RPC node as the third leg and add rate-limited public endpoints as a fourth fallback, so the failover list keeps three or four entries. It needs a bigger box, roughly 24 cores and 512GB, about $1.8K/mo more. SRE runs it, Lead approves the spend.',
  );

  it('given an adaptation in the twist\'s direction then it scores well', () => {
    expect(adapted.followUp).toBe(1);
    expect(adapted.flags).toEqual([]);
    expect(adapted.total).toBeGreaterThanOrEqual(60);
  });

  it('given the first design repeated then it is flagged and the feedback says so', () => {
    expect(unchanged.flags).toContain('kept-design');
    expect(unchanged.total).toBeLessThanOrEqual(30);
    expect(unchanged.feedback.join('\n')).toMatch(/You kept the design the twist rules out/);
    expect(unchanged.total).toBeLessThan(adapted.total);
  });

  it('given an adaptation the wrong way then it is flagged and capped', () => {
    expect(wrongWay.flags).toContain('wrong-direction');
    expect(wrongWay.total).toBeLessThanOrEqual(30);
  });

  it('given the model follow-up pasted then it is a copy', () => {
    const pasted = fu(q7.followUps![0]!.answer);
    expect(pasted.flags).toContain('model-answer-copy');
    expect(pasted.total).toBeLessThanOrEqual(30);
  });

  it('given a follow-up the entry lacks then it is a RangeError', () => {
    expect(() => fu('anything', 9)).toThrow(RangeError);
  });
});

describe('a follow-up is judged by its own readings', () => {
  it('given an answer that names the adaptation once in a turned-down clause then it is not capped as a wrong design', () => {
    // Graded 9/10 apart from the scorer; a hidden wrong-design cap had put it at 23.
    const answer = followUpRows('heldout').find((r) => r.id === 'h1-q06-2-04')!;
    const report = scorer.scoreFollowUp(bank.entries.find((e) => e.id === answer.question)!, answer.followUp, answer.text);
    expect(report.cap).toBeNull();
    expect(report.total).toBeGreaterThanOrEqual(70);
  });
});

describe('the claims of a follow-up', () => {
  it('given an adaptation that says "keep X, but change Y" then Y is a change to state, not a cost', () => {
    const entry = bank.entries.find((e) => e.id === 'Q16')!;
    const fu = compileFollowUp(entry, entry.followUps![1]!, bank.references, bankVocabulary(bank.entries));
    expect(fu.followUp.adaptation.approach).toMatch(/, but /);
    expect(fu.rubric.claims.length).toBeGreaterThan(0);
    expect(fu.rubric.claims.every((c) => c.kind !== 'cost')).toBe(true);
  });
});

describe('tricks against every follow-up in the bank', () => {
  it('given its model answer pasted, its words shuffled, the twist plus platitudes, or the adaptation\'s phrases listed then it scores at most 30', () => {
    for (const entry of bank.entries) {
      (entry.followUps ?? []).forEach((f, i) => {
        const tricks = [f.answer, ...followUpAttacksFor(entry, i + 1).filter((a) => a.kind === 'shuffled' || a.kind === 'twist-platitudes' || a.kind === 'keyword-list').map((a) => a.text)];
        for (const text of tricks) expect(scorer.scoreFollowUp(entry, i + 1, text).total, `${entry.id} follow-up ${i + 1}: ${text.slice(0, 60)}`).toBeLessThanOrEqual(30);
      });
    }
  });
});

describe('the graded follow-up answers (written apart from the scorer)', () => {
  const scored = followUpRows().map((r) => ({
    ...r,
    question: `${r.question}#${r.followUp}`,
    total: scorer.scoreFollowUp(bank.entries.find((e) => e.id === r.question)!, r.followUp, r.text).total,
  }));

  it('ranks them like the graders, and keeps unchanged, wrong-way and gaming answers low', () => {
    const rho = spearman(scored.map((r) => r.total), scored.map((r) => r.grade));
    const pairwise = pairwiseAgreement(scored);
    console.log(`follow-ups: Spearman ρ=${rho.toFixed(3)}, pairwise ${(100 * pairwise).toFixed(1)}% over ${scored.length} answers`);
    expect(rho).toBeGreaterThanOrEqual(0.75);
    expect(pairwise).toBeGreaterThanOrEqual(0.85);
    const mean = (kind: string) => {
      const t = scored.filter((r) => r.kind === kind).map((r) => r.total);
      return t.reduce((a, b) => a + b, 0) / t.length;
    };
    expect(mean('adapted-well')).toBeGreaterThan(mean('adapted-unquantified'));
    expect(mean('adapted-unquantified')).toBeGreaterThan(mean('unchanged'));
    for (const kind of ['unchanged', 'wrong-direction', 'pasted-model', 'twist-platitudes']) expect(mean(kind), kind).toBeLessThanOrEqual(30);
  });

  it('holds, less well, on follow-ups of other entries written by a session that never saw the scorer', () => {
    const held = followUpRows('heldout').map((r) => ({
      ...r,
      question: `${r.question}#${r.followUp}`,
      total: scorer.scoreFollowUp(bank.entries.find((e) => e.id === r.question)!, r.followUp, r.text).total,
    }));
    const rho = spearman(held.map((r) => r.total), held.map((r) => r.grade));
    const pairwise = pairwiseAgreement(held);
    console.log(`follow-ups held out: Spearman ρ=${rho.toFixed(3)}, pairwise ${(100 * pairwise).toFixed(1)}% over ${held.length} answers`);
    // Far from the tuning set's figures (see README): a floor that catches a regression, not a goal met.
    expect(rho).toBeGreaterThanOrEqual(0.45);
    const mean = (kind: string) => held.filter((r) => r.kind === kind).reduce((n, r) => n + r.total, 0) / held.filter((r) => r.kind === kind).length;
    expect(mean('adapted-well')).toBeGreaterThan(mean('adapted-unquantified'));
    expect(mean('adapted-unquantified')).toBeGreaterThan(mean('unchanged'));
  });
});
