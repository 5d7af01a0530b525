/** Breaking a copy of content/ on purpose, and reading what the loader says about it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../../src/bank/load.ts';
import { BankValidationError, formatProblem } from '../../src/bank/problems.ts';

/** The loader's problems as `file:line: field: problem` lines; none when the bank loads. */
export function problemsOf(dir: string): string[] {
  try {
    loadBank(dir);
  } catch (err) {
    if (err instanceof BankValidationError) return err.problems.map(formatProblem);
    throw err;
  }
  return [];
}

export function edit(dir: string, file: string, change: (text: string) => string): string {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return path;
}

export function lineOf(dir: string, file: string, needle: string): number {
  return readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}
