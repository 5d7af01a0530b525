import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { AnswerIndex, compileTerm, type Term } from '../../src/scoring/match.ts';
import { CONTENT } from '../helpers/paths.ts';
import { pairwiseAgreement, spearman } from './ranking.ts';

type Graded = { id: string; question: string; kind: string; grade: number; text: string; reason: string };

const rows: Graded[] = ['set-a.jsonl', 'set-b.jsonl', 'set-c.jsonl'].flatMap((f) =>
  readFileSync(join(import.meta.dirname, 'graded', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Graded),
);
const bank = loadBank(CONTENT);
const scorer = createScorer(bank);
const entry = (id: string) => bank.entries.find((e) => e.id === id)!;
const scored = rows.map((r) => ({ ...r, total: scorer.score(entry(r.question), r.text).total }));

/** Toy scorer 1: answer length alone. */
const byLength = rows.map((r) => ({ ...r, total: r.text.length }));
/** Toy scorer 2: plain keyword overlap with the key insight and the constraints. */
const byOverlap = rows.map((r) => {
  const e = entry(r.question);
  const terms = `${e.keyInsight} ${e.constraints.map((c) => c.text).join(' ')}`
    .split(/[\s,|()]+/)
    .map((w) => compileTerm(w))
    .filter((t): t is Term => t !== null);
  const index = new AnswerIndex(r.text);
  return { ...r, total: terms.filter((t) => index.has([t]).found).length / Math.max(1, terms.length) };
});

describe('the graded set', () => {
  it('is big and varied enough to judge by', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.question)).size).toBeGreaterThanOrEqual(10);
    for (const kind of ['model', 'short-dense', 'solid-unquantified', 'partial', 'wrong-numbers', 'wrong-design', 'off-topic-fluent', 'keyword-salad', 'question-copy', 'padding', 'dont-know', 'chinese', 'trigger-phrase']) {
      expect(rows.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is not ranked well by answer length or keyword overlap (the set is not too easy)', () => {
    const lengthRho = spearman(byLength.map((r) => r.total), rows.map((r) => r.grade));
    const overlapRho = spearman(byOverlap.map((r) => r.total), rows.map((r) => r.grade));
    console.log(`toy scorers: length ρ=${lengthRho.toFixed(3)}, keyword overlap ρ=${overlapRho.toFixed(3)}, pairwise ${pairwiseAgreement(byLength).toFixed(3)} / ${pairwiseAgreement(byOverlap).toFixed(3)}`);
    expect(lengthRho).toBeLessThan(0.6);
    expect(overlapRho).toBeLessThan(0.75);
  });

  it('ranks like the graders: Spearman ≥ 0.85, pairwise ordering within a question ≥ 90%', () => {
    const rho = spearman(scored.map((r) => r.total), scored.map((r) => r.grade));
    const pairwise = pairwiseAgreement(scored);
    console.log(`scorer: Spearman ρ=${rho.toFixed(3)}, pairwise ${(pairwise * 100).toFixed(1)}% over ${scored.length} answers`);
    expect(rho).toBeGreaterThanOrEqual(0.85);
    expect(pairwise).toBeGreaterThanOrEqual(0.9);
    expect(rho).toBeGreaterThan(spearman(byOverlap.map((r) => r.total), rows.map((r) => r.grade)) + 0.1);
  });

  it('keeps every gaming kind low and every model answer high', () => {
    const worst = (kind: string) => Math.max(...scored.filter((r) => r.kind === kind).map((r) => r.total));
    for (const kind of ['keyword-salad', 'question-copy', 'dont-know']) expect(worst(kind), kind).toBeLessThanOrEqual(15);
    for (const kind of ['padding', 'trigger-phrase']) expect(worst(kind), kind).toBeLessThanOrEqual(30);
    const models = scored.filter((r) => r.kind === 'model').map((r) => r.total);
    expect(Math.min(...models)).toBeGreaterThanOrEqual(70);
  });
});
