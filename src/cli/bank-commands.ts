/** `import`, `validate`, `search`, `export`: the content author's commands. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeOutputFile } from '../../adapters/terminal/output-file.ts';
import { loadBank, loadSeedFile, writeContent } from '../bank/load.ts';
import { BankValidationError, formatProblem } from '../bank/problems.ts';
import { createBankSearch } from '../bank/search.ts';
import { validatePath, type ValidationReport } from '../bank/validate.ts';
import { prepareContentChecks } from '../bank/content-checks.ts';
import { CliError } from './errors.ts';
import { requireInput, type Io } from './io.ts';

export const DEFAULT_CONTENT = 'content';

/** Loads the bank a command reads, naming a missing path plainly rather than as a bank problem. */
export function bankAt(path: string) {
  requireInput(path, 'a content folder or a seed Markdown file (--bank PATH)', false);
  return loadBank(path);
}

export function importCommand(source: string, options: { out: string; force?: boolean }, io: Io): number {
  requireInput(source, 'the seed Markdown file');
  const { out } = options;
  const questions = join(out, 'questions');
  if (!options.force && existsSync(questions) && readdirSync(questions).length > 0) {
    throw new CliError('bank-exists', `${out} already holds a bank; importing would replace it. Run again with --force to overwrite.`);
  }
  let result;
  try {
    result = loadSeedFile(source);
  } catch (err) {
    if (!(err instanceof BankValidationError)) throw err;
    throw new CliError('bank-invalid', [...err.problems.map(formatProblem), `nothing written: ${err.problems.length} problem(s) in ${source}`].join('\n'), 1, err.problems);
  }
  const { bank, notes } = result;
  writeContent(bank, out);
  const incomplete = bank.entries.filter((e) => e.status === 'incomplete').length;
  for (const note of notes) io.err(`note: ${source}:${note.replace(/^line /, '')}`);
  io.out(
    `imported ${bank.entries.length} entries (${bank.entries.length - incomplete} complete, ${incomplete} incomplete), ` +
      `${bank.references.glossary.length} glossary terms, ${bank.references.tools.length} tools, ` +
      `${bank.references.literature.length} literature items, ${bank.references.citations.length} citations → ${out}/`,
  );
  return 0;
}

function printReport(report: ValidationReport, io: Io): void {
  const { stats } = report;
  // A bank with errors did not load: its entry count would read as "0", which is not what the files hold.
  if (report.errors.length === 0) io.out(`entries: ${report.entries}`);
  if (report.errors.length > 0) {
    io.out(`errors (${report.errors.length}):`);
    report.errors.forEach((p) => io.out(`  ${formatProblem(p)}`));
  }
  if (stats.claims.length > 0) {
    io.out('\nclaims of the bank, recomputed from its data:');
    const width = Math.max(...stats.claims.map((c) => c.claim.length));
    for (const c of stats.claims) {
      io.out(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.claim.padEnd(width)}  claimed ${c.claimed}; actual ${c.actual}`);
    }
  }
  if (report.entries > 0) {
    io.out(`\ndifficulty: F ${stats.difficulty.F} / I ${stats.difficulty.I} / A ${stats.difficulty.A}`);
    io.out(`phases: ${Object.entries(stats.phases).map(([p, n]) => `${p} ${n}`).join(', ')}`);
    io.out(`incomplete: ${stats.incomplete.length ? stats.incomplete.join(', ') : 'none'}`);
    io.out(`Chinese citations: ${(stats.zhCitationShare * 100).toFixed(1)}%`);
    const words = Object.entries(stats.wordCounts).map(([id, n]) => `${id} ${n}${stats.statedWordCounts[id] !== undefined ? `/${stats.statedWordCounts[id]}` : ''}`);
    io.out(`answer words (real/stated): ${words.join(', ') || 'none'}`);
  }
  if (report.warnings.length > 0) {
    io.out(`\nwarnings (${report.warnings.length}):`);
    report.warnings.forEach((w) => io.out(`  ${w.id}: ${w.field}: ${w.message}`));
  }
  if (report.accepted.length > 0) {
    io.out(`\naccepted in ERRATA.md (${report.accepted.length}):`);
    report.accepted.forEach((w) => io.out(`  ${w.id}: ${w.field}: ${w.message}\n      — ${w.reason}`));
  }
  const accepted = report.accepted.length > 0 ? ` (+${report.accepted.length} accepted)` : '';
  io.out(`\n${report.errors.length} error(s), ${report.warnings.length} warning(s)${accepted}`);
}

/** The report is the output, errors included (a missing path is one of them), in text or as JSON. */
export async function validateCommand(path: string, options: { json?: boolean; strict?: boolean }, io: Io): Promise<number> {
  const report = validatePath(path, await prepareContentChecks(path));
  if (options.json) {
    const { entries, errors, warnings, accepted, stats } = report;
    io.out(JSON.stringify({ entries, errors, warnings, accepted, stats }, null, 2));
  } else printReport(report, io);
  if (report.errors.length > 0) return 1;
  // Accepted warnings are listed but do not fail --strict: ERRATA.md gives the reason each one stays.
  return options.strict && report.warnings.length > 0 ? 1 : 0;
}

export function searchCommand(words: string[], options: { bank: string; limit: number; json?: boolean }, io: Io): number {
  const query = words.join(' ');
  if (!query.trim()) throw new CliError('missing-argument', 'search needs some text: search "circuit breaker"', 2);
  const hits = createBankSearch(bankAt(options.bank)).search(query, options.limit);
  if (options.json) io.out(JSON.stringify(hits));
  else if (hits.length === 0) io.out(`no question matches "${query}"`);
  else hits.forEach((h) => io.out(`${h.id.padEnd(4)} ${h.score.toFixed(3)}  ${h.title}`));
  return 0;
}

/** The bank as a JSON array: on stdout, or into `--out FILE`. */
export function exportCommand(options: { bank: string; out?: string }, io: Io): number {
  const bank = bankAt(options.bank);
  const json = JSON.stringify(bank.entries, null, 2);
  if (options.out === undefined) {
    io.out(json);
    return 0;
  }
  writeOutputFile(options.out, `${json}\n`);
  io.err(`wrote ${bank.entries.length} entries from ${options.bank} to ${options.out}`);
  return 0;
}
