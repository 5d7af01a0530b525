/** Load + validate of the shipped bank and of generated 1K / 10K banks; search latency. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBank, writeContent } from '../src/bank/load.ts';
import { createBankSearch } from '../src/bank/search.ts';
import { validateBank } from '../src/bank/validate.ts';
import { prepareContentChecks } from '../src/bank/content-checks.ts';
import type { EntryCheck } from '../src/bank/validate.ts';
import { fmt, percentile, printFigures, samples, type Figure } from './harness.ts';

function generatedBank(size: number): string {
  const base = loadBank('content');
  const entries = Array.from({ length: size }, (_, i) => {
    const { refs: _refs, ...record } = base.entries[i % base.entries.length]!;
    return { ...record, id: `Q${i + 1}`, question: `${record.question} (variant ${i + 1})` };
  });
  const dir = join(mkdtempSync(join(tmpdir(), 'coach-bench-')), 'content');
  writeContent({ meta: base.meta, references: base.references, entries }, dir);
  return dir;
}

/** Load + validate of a generated bank in its own process, as the `validate` command runs (best of two). */
function inFreshProcess(dir: string, mode: 'core' | 'all'): number {
  const child = fileURLToPath(new URL('./validate-child.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, dir, mode], { encoding: 'utf8' });
  return (JSON.parse(out) as { ms: number }).ms;
}

let checks: EntryCheck[] = [];
/** The loader and the validator's own checks (schema, references, claims, arithmetic). */
const loadAndValidate = (dir: string) => validateBank(loadBank(dir));
/** What `validate` runs: plus the content checks (constraint coverage, Rust syntax via tree-sitter). */
const loadAndValidateAll = (dir: string) => validateBank(loadBank(dir), checks);

export async function benchBank(): Promise<Figure[]> {
  checks = await prepareContentChecks('content');
  loadAndValidate('content');
  const shipped = samples(20, () => loadAndValidate('content'));
  const median = percentile(shipped, 50);
  const dirs = [1_000, 10_000].map((n) => ({ n, dir: generatedBank(n) }));
  const [k1, k10] = dirs.map(({ dir }) => inFreshProcess(dir, 'core'));
  const [all1, all10] = dirs.map(({ dir }) => inFreshProcess(dir, 'all'));
  const shippedAll = percentile(samples(10, () => loadAndValidateAll('content')), 50);
  dirs.forEach(({ dir }) => rmSync(join(dir, '..'), { recursive: true, force: true }));

  const bank = loadBank('content');
  // Cold: every query new to the index (typed prefixes of real questions); warm: the repeats autocomplete sees.
  const prefixes = bank.entries.flatMap((e) => e.question.split(/\s+/).slice(1, 6).map((_, k, words) => words.slice(0, k + 1).join(' ')));
  const coldSearch = createBankSearch(bank);
  let i = 0;
  const cold = samples(prefixes.length, () => coldSearch.search(`${prefixes[i++ % prefixes.length]}`, 25));
  const warm = samples(2000, () => coldSearch.search(prefixes[Math.floor(Math.random() * prefixes.length)]!, 25));
  return [
    { name: 'load + validate shipped bank (28 entries: schema, references, claims, arithmetic), median of 20', value: fmt(median), goal: '< 100 ms', ok: median < 100 },
    { name: 'load + validate generated 1,000-entry bank (fresh process, as `validate` runs)', value: fmt(k1!) },
    { name: 'load + validate generated 10,000-entry bank (fresh process)', value: fmt(k10!), goal: '< 3 s', ok: k10! < 3000 },
    { name: '10K / 1K cost ratio', value: `${(k10! / k1!).toFixed(1)}×`, goal: '≤ 12×', ok: k10! / k1! <= 12 },
    { name: 'with content checks (constraint coverage + Rust syntax), shipped / 1K / 10K', value: `${fmt(shippedAll)} / ${fmt(all1!)} / ${fmt(all10!)}` },
    { name: `search, new queries (${prefixes.length} typed prefixes): median / p99`, value: `${fmt(percentile(cold, 50))} / ${fmt(percentile(cold, 99))}`, goal: 'median < 1 ms', ok: percentile(cold, 50) < 1 },
    { name: 'search, repeated queries (autocomplete keystrokes): median / p99', value: `${fmt(percentile(warm, 50))} / ${fmt(percentile(warm, 99))}`, goal: '< 1 ms', ok: percentile(warm, 99) < 1 },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) printFigures('Bank', await benchBank());
