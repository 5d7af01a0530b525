/**
 * Properties over every bank entry, with fast-check: what a cheater builds from what the bot shows stays at
 * or under 30, and a good answer does not depend on the order of its sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { CONTENT } from '../helpers/paths.ts';
import { constraintsLine, PLATITUDES, rejectedDesign, seeded, shuffle } from './attacks.ts';
import { loadGraded } from './graded.ts';

const bank = loadBank(CONTENT);
const scorer = createScorer(bank);
const entries = bank.entries.filter((e) => e.answer);
const entryArb = fc.constantFrom(...entries);
// A fixed seed: the same cases on every run, so a failure is reproducible rather than a flake.
const RUNS = { numRuns: 60, seed: 20_261_127 };

describe('gaming stays at or under 30 on every entry', () => {
  it('any shuffle of the model answer\'s words', () => {
    fc.assert(
      fc.property(entryArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (entry, seed) => {
        const text = shuffle(entry.answer!.split(/\s+/), seeded(seed)).join(' ');
        expect(scorer.score(entry, text).total).toBeLessThanOrEqual(30);
      }),
      RUNS,
    );
  });

  it('any shuffle of a part of the model answer (a third to all of it)', () => {
    fc.assert(
      fc.property(entryArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 0.34, max: 1, noNaN: true }), (entry, seed, part) => {
        const words = entry.answer!.split(/\s+/);
        const text = shuffle(words.slice(0, Math.ceil(words.length * part)), seeded(seed)).join(' ');
        expect(scorer.score(entry, text).total).toBeLessThanOrEqual(30);
      }),
      RUNS,
    );
  });

  it('the model answer pasted with a word of ones own slipped in every few words is flagged', () => {
    fc.assert(
      fc.property(entryArb, fc.integer({ min: 3, max: 6 }), fc.constantFrom('really', 'basically', 'honestly', 'quite', 'actually'), (entry, every, filler) => {
        const text = entry.answer!.split(/\s+/).map((w, i) => (i % every === every - 1 ? `${filler} ${w}` : w)).join(' ');
        const report = scorer.score(entry, text);
        expect(report.total).toBeLessThanOrEqual(30);
        expect(report.flags).toContain('model-answer-copy');
      }),
      RUNS,
    );
  });

  it('the model answer pasted, with or without a line of its own, is flagged', () => {
    fc.assert(
      fc.property(entryArb, fc.constantFrom('', 'Here is my design. ', 'My answer: '), (entry, intro) => {
        const report = scorer.score(entry, `${intro}${entry.answer}`);
        expect(report.total).toBeLessThanOrEqual(30);
        expect(report.flags).toContain('model-answer-copy');
      }),
      RUNS,
    );
  });

  it('the key insight, the constraints line and any platitudes together', () => {
    fc.assert(
      fc.property(entryArb, fc.subarray(PLATITUDES, { minLength: 0, maxLength: PLATITUDES.length }), (entry, platitudes) => {
        const text = `${entry.keyInsight} ${constraintsLine(entry)}. ${platitudes.join(' ')}`;
        expect(scorer.score(entry, text).total).toBeLessThanOrEqual(30);
      }),
      RUNS,
    );
  });
});

describe('a wrong design stays at or under 30 on every entry', () => {
  it("given the table's rejected row argued for in its own words, over the approach or alone", () => {
    for (const entry of entries) {
      for (const attack of rejectedDesign(entry)) {
        const report = scorer.score(entry, attack.text);
        expect(report.total, `${entry.id} ${attack.kind}`).toBeLessThanOrEqual(30);
        expect(report.flags, `${entry.id} ${attack.kind}`).toContain('wrong-design');
      }
    }
  });
});

describe('a good answer does not depend on its sentence order', () => {
  const experts = loadGraded().filter((r) => (r.kind === 'model' || r.kind === 'short-dense') && !/\p{Script=Han}/u.test(r.text));
  const byId = new Map(bank.entries.map((e) => [e.id, e]));
  const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z*-])|\n+/).filter((s) => s.trim());

  it('one of our graded expert answers, its sentences in another order, stays within 10 points', () => {
    fc.assert(
      fc.property(fc.constantFrom(...experts), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (answer, seed) => {
        const entry = byId.get(answer.question)!;
        const original = scorer.score(entry, answer.text).total;
        const reordered = shuffle(sentencesOf(answer.text), seeded(seed)).join(' ');
        expect(Math.abs(scorer.score(entry, reordered).total - original)).toBeLessThanOrEqual(10);
      }),
      RUNS,
    );
  });
});
