import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank, loadSeedFile, writeContent } from '../../src/bank/load.ts';
import { parseSeedMarkdown, renderSeedMarkdown } from '../../src/bank/seed-format.ts';
import { constraintValues } from '../../src/bank/text.ts';
import { SEED, tempDir } from '../helpers/paths.ts';

const seedText = readFileSync(SEED, 'utf8');
const { bank, notes } = loadSeedFile(SEED);
const q = (id: string) => bank.entries.find((e) => e.id === id)!;

describe('importing the seed', () => {
  it('reads all 28 entries and every reference record', () => {
    expect(bank.entries.map((e) => e.id)).toEqual(Array.from({ length: 28 }, (_, i) => `Q${i + 1}`));
    expect(bank.references.glossary).toHaveLength(28);
    expect(bank.references.tools).toHaveLength(7);
    expect(bank.references.literature).toHaveLength(8);
    expect(bank.references.citations).toHaveLength(15);
    expect(bank.references.citations.filter((c) => c.language === 'ZH').map((c) => c.id)).toEqual(['C9', 'C10']);
    expect(bank.references.tools.find((t) => t.id === 'T5')).toMatchObject({ name: 'Prometheus', url: 'https://prometheus.io' });
  });

  it('keeps Q1 whole: five constraint categories with values, two trade-off rows of seven cells, the code verbatim', () => {
    const q1 = q('Q1');
    expect(q1.constraints.map((c) => c.category)).toEqual(['Technical', 'Resource', 'Business', 'Operational', 'Ecosystem']);
    expect(constraintValues(q1.constraints[0]!.text)).toEqual(['8-core', '32GB', '1Gbps']);
    expect(constraintValues(q1.constraints[4]!.text)).toEqual(['Solana v1.18', 'Rust 1.83', 'libp2p']);
    expect(q1.tradeOffs).toHaveLength(2);
    expect(q1.tradeOffs[0]).toEqual({
      approach: 'Hexagonal', pros: '60% decoupling, 8K TPS', cons: '+25ms, +15% mem', hardware: '65% CPU',
      budget: '$4.2K/mo', business: '$200K/mo, 3mo', tag: '[Consensus]',
    });
    const fenced = /```rust\n([\s\S]*?)\n```/.exec(seedText)![1];
    expect(q1.code).toEqual({ language: 'rust', source: fenced });
    expect(q1.statedWordCount).toBe(210);
    expect(q1.stakeholderNotes[0]).toEqual({ role: 'PM', note: '3mo parity' });
    expect(q1.refs).toEqual({ citations: ['C7', 'C15'], tools: ['T5'], glossary: expect.arrayContaining(['G1', 'G2', 'G3', 'G6', 'G7', 'G10']) });
  });

  it('keeps values with commas inside parentheses together', () => {
    expect(constraintValues(q('Q9').constraints[0]!.text)).toEqual(['48-core total (EU: 24, US: 24)', '192GB', '20Gbps']);
  });

  it('imports Q14–Q28 as incomplete, not as answers, and keeps their quirks', () => {
    for (let n = 14; n <= 28; n++) {
      const e = q(`Q${n}`);
      expect(e.status).toBe('incomplete');
      expect(e.answer).toBeNull();
      expect(e.code).toBeNull();
      expect(e.tradeOffs).toEqual([]);
    }
    expect(q('Q13').status).toBe('complete');
    expect(q('Q19').constraints.map((c) => c.category)).toContain('Security');
    expect(q('Q12').answer).toContain('新旧系统');
  });

  it('reads the claims of the seed header and its validation report', () => {
    expect(bank.meta.claims).toMatchObject({ entries: 28, difficulty: { F: 6, I: 11, A: 11 }, wordRange: [150, 300], zhCitationPct: 30, status: '28/28 PASS' });
    expect(bank.meta.validationReport).toContain('28/28 PASS');
    expect(notes.join('\n')).toContain('[Continues with remaining 24 Q&As...]');
  });

  it('is stable: seed → Markdown → seed, and seed → content/ → load give the same bank', () => {
    const again = parseSeedMarkdown(renderSeedMarkdown(bank));
    const reloaded = loadSeedFile(SEED);
    expect(again.bank.entries).toEqual(parseSeedMarkdown(seedText).bank.entries);
    const dir = tempDir();
    writeContent(bank, dir);
    const fromContent = loadBank(dir);
    expect(fromContent.entries).toEqual(reloaded.bank.entries);
    expect(fromContent.references).toEqual(reloaded.bank.references);
    expect(loadBank(dir).version).toBe(fromContent.version);
    writeFileSync(join(dir, 'questions/Q01.yaml'), readFileSync(join(dir, 'questions/Q01.yaml'), 'utf8').replace('question:', '# edited\nquestion:'));
    expect(loadBank(dir).version).not.toBe(fromContent.version);
  });
});
