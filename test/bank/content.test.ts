import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { countWords } from '../../src/bank/text.ts';
import { cli as runCli } from '../helpers/cli.ts';
import { CONTENT, SEED, contentCopy } from '../helpers/paths.ts';

const cli = (...argv: string[]) => runCli(argv);

const SEED_CLAIMS_KEPT = [
  'bank: phases: the Requirements phase is used by no question',
  'bank: claims: difficulty F/I/A: claimed 6/11/11, actual 8/11/9',
  'bank: claims: Chinese citations: claimed ≥30%, actual 27.8% (5/18)',
  'bank: claims: phases covered: claimed 8, actual 7 of 8',
  'bank: claims: status: claimed 28/28 PASS, actual 28/28 entries without findings, 3 other claim(s) not met',
];

describe('content/: the completed bank', () => {
  it('passes validate --strict: no errors, no warnings but the seed claims accepted in ERRATA.md', async () => {
    const strict = await cli('validate', CONTENT, '--strict');
    expect(strict.out).toContain('0 error(s), 0 warning(s) (+5 accepted)');
    expect(strict.code).toBe(0);
    const report = JSON.parse((await cli('validate', CONTENT, '--json')).out);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.accepted.map((w: { id: string; field: string; message: string }) => `${w.id}: ${w.field}: ${w.message}`)).toEqual(SEED_CLAIMS_KEPT);
    for (const w of report.accepted) expect(w.reason.length).toBeGreaterThan(20);
    expect(report.stats.incomplete).toEqual([]);
  });

  it('exports 28 complete entries: 150–300-word answers, code, metrics, ≥2 trade-off rows of 7 cells', async () => {
    const entries = JSON.parse((await cli('export', '--json')).out);
    expect(entries).toHaveLength(28);
    for (const e of entries) {
      const words = countWords(e.answer);
      expect(e.status, e.id).toBe('complete');
      expect(words, e.id).toBeGreaterThanOrEqual(150);
      expect(words, e.id).toBeLessThanOrEqual(300);
      expect(e.statedWordCount, e.id).toBe(words);
      expect(e.code?.language, e.id).toBe('rust');
      expect(e.code.source.split('\n').length, e.id).toBeGreaterThan(3);
      expect(e.metrics, e.id).toMatch(/\d/);
      expect(e.tradeOffs.length, e.id).toBeGreaterThanOrEqual(2);
      for (const row of e.tradeOffs) {
        const cells = [row.approach, row.pros, row.cons, row.hardware, row.budget, row.business, row.tag];
        expect(cells.every((c: string) => c.trim().length > 0), e.id).toBe(true);
      }
      expect(e.stakeholderNotes.length, e.id).toBeGreaterThan(0);
      expect(e.refs.citations.length, e.id).toBeGreaterThan(0);
    }
  });

  it('keeps every question, key insight and constraint of the seed, except those recorded in ERRATA.md', () => {
    const seed = loadBank(SEED);
    const content = loadBank(CONTENT);
    const changed: string[] = [];
    for (const s of seed.entries) {
      const c = content.entries.find((e) => e.id === s.id)!;
      for (const field of ['question', 'keyInsight', 'constraints', 'difficulty', 'dimension', 'phases', 'stakeholders'] as const) {
        if (JSON.stringify(s[field]) !== JSON.stringify(c[field])) changed.push(`${s.id}.${field}`);
      }
    }
    // Q2's key insight names the design its answer and table choose; eight stakeholder lists gain the roles their notes name.
    expect(changed).toEqual([
      'Q1.stakeholders', 'Q2.keyInsight', 'Q2.stakeholders', 'Q4.stakeholders', 'Q5.stakeholders', 'Q6.stakeholders', 'Q8.stakeholders',
      'Q10.stakeholders', 'Q11.stakeholders', 'Q15.constraints', 'Q19.constraints',
    ]);
    const q15 = content.entries.find((e) => e.id === 'Q15')!;
    expect(q15.constraints.find((c) => c.category === 'Ecosystem')!.text).toBe('OpenAPI, Rust axum');
    const q19 = content.entries.find((e) => e.id === 'Q19')!;
    expect(q19.constraints.map((c) => c.category)).not.toContain('Security');
    expect(q19.constraints.find((c) => c.category === 'Compliance')!.text).toBe('WASM sandbox escape risk, Plugin audit logs');
    expect(JSON.stringify(content.meta)).toBe(JSON.stringify(seed.meta));
  });

  it('gives every glossary term English and Chinese aliases, tools their aliases, and the ten roles', () => {
    const { references } = loadBank(CONTENT);
    expect(references.glossary).toHaveLength(28);
    for (const g of references.glossary) {
      expect(g.aliases.en.length, g.id).toBeGreaterThan(0);
      expect(g.aliases.zh.length, g.id).toBeGreaterThan(0);
      expect(g.aliases.zh.every((z) => /\p{Script=Han}/u.test(z)), g.id).toBe(true);
    }
    const zh = (id: string) => references.glossary.find((g) => g.id === id)!.aliases.zh;
    const en = (id: string) => references.glossary.find((g) => g.id === id)!.aliases.en;
    expect(zh('G18')).toContain('六边形架构');
    expect(zh('G17')).toEqual(expect.arrayContaining(['熔断器', '断路器']));
    expect(zh('G14')).toContain('事件溯源');
    expect(en('G18')).toEqual(expect.arrayContaining(['hexagonal', 'ports and adapters', 'ports/adapters']));
    expect(en('G17')).toEqual(expect.arrayContaining(['circuit breaker', 'CB', 'breaker']));
    const tool = (id: string) => references.tools.find((t) => t.id === id)!.aliases;
    expect(tool('T1')).toEqual(expect.arrayContaining(['anvil', 'forge']));
    expect(tool('T2')).toEqual(expect.arrayContaining(['solana-sdk', 'Solana SDK', 'solana-test-validator']));
    expect(tool('T3')).toContain('ethers');
    expect(references.roles.map((r) => r.id)).toEqual(['BA', 'PM', 'Arch', 'Dev', 'QA', 'DevOps', 'Sec', 'Data', 'SRE', 'Lead']);
    for (const r of references.roles) {
      expect(r.aliases.en.length, r.id).toBeGreaterThan(2);
      expect(r.aliases.zh.some((z) => /\p{Script=Han}/u.test(z)), r.id).toBe(true);
    }
    expect(references.roles.find((r) => r.id === 'Arch')!.aliases.zh).toContain('架构师');
  });

  it('cites each added Chinese work somewhere', () => {
    const bank = loadBank(CONTENT);
    for (const id of ['C16', 'C17', 'C18']) {
      expect(bank.references.citations.find((c) => c.id === id)?.language).toBe('ZH');
      expect(bank.entries.some((e) => e.refs.citations.includes(id)), id).toBe(true);
    }
  });
});

describe('the new checks catch planted mistakes in a copy of content/', () => {
  it('a constraint value the answer never addresses, and a Rust syntax error with its line', async () => {
    const dir = contentCopy();
    const file = join(dir, 'questions', 'Q07.yaml');
    const yaml = readFileSync(file, 'utf8');
    const broken = 'if self.state.load(Ordering::SeqCst == 1 {';
    const planted = yaml
      .replace('text: Solana v1.18, 3 RPC providers', 'text: Solana v1.18, 3 RPC providers, 7 quantum annealers')
      .replace('if self.state.load(Ordering::SeqCst) == 1 {', broken);
    expect(planted).toContain('7 quantum annealers');
    expect(planted).toContain(broken);
    writeFileSync(file, planted);
    const fileLine = planted.split('\n').findIndex((l) => l.includes(broken)) + 1;
    const codeStart = planted.split('\n').findIndex((l) => /^\s+source: \|/.test(l)) + 2;
    const blockLine = fileLine - codeStart + 1;

    const result = await cli('validate', dir, '--strict');
    expect(result.code).toBe(1);
    expect(result.out).toContain('Q7: answer: never addresses the Ecosystem constraint value "7 quantum annealers"');
    expect(result.out).toMatch(new RegExp(`Q7: code: Rust syntax error at line ${blockLine} of the code block \\([^)]*Q07\\.yaml:${fileLine}\\): missing \`\\)\``));
    // The other constraint values of Q7 are still addressed.
    expect(result.out).not.toMatch(/never addresses the \w+ constraint value "(?!7 quantum)/);
  });

  it('an acceptance that no longer matches a warning is itself a warning, and removing one fails --strict', async () => {
    const dir = contentCopy();
    const errata = join(dir, 'ERRATA.md');
    const text = readFileSync(errata, 'utf8');
    const line = text.split('\n').find((l) => l.startsWith('- `bank: claims: difficulty'))!;
    writeFileSync(errata, text.replace(line, line.replace('8/11/9', '8/11/10')));
    const result = await cli('validate', dir, '--strict');
    expect(result.code).toBe(1);
    expect(result.out).toContain('bank: claims: difficulty F/I/A: claimed 6/11/11, actual 8/11/9');
    expect(result.out).toMatch(/ERRATA\.md: line \d+ accepts a warning that does not occur: "bank: claims: difficulty F\/I\/A: claimed 6\/11\/11, actual 8\/11\/10"/);
  });
});
