/**
 * Every way a CLI command can fail, as one shape: a stable `code`, a message for people, an exit code
 * (2 for usage, 1 for the rest). Text goes to stderr; with --json it is `{"error": {...}}` on stdout.
 */
import { CommanderError } from 'commander';
import { OutputFileError } from '../../adapters/terminal/output-file.ts';
import { BankValidationError, formatProblem, type BankProblem } from '../bank/problems.ts';
import { isPracticeError } from '../practice/index.ts';
import { describeStartupFailure, type Failure } from '../run/startup-failure.ts';

export const EXIT_USAGE = 2;

/** A failure the command itself recognised: a missing file, an input too long, a bank already there. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 1,
    readonly problems?: BankProblem[],
  ) {
    super(message);
  }
}

/** commander.unknownOption → unknown-option */
const kebab = (code: string) => code.replace(/^commander\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function describeCliFailure(err: unknown): Failure | null {
  if (err instanceof CliError) return { code: err.code, message: err.message, exitCode: err.exitCode, ...(err.problems ? { problems: err.problems } : {}) };
  if (err instanceof CommanderError) return { code: kebab(err.code), message: err.message.replace(/^error: /, ''), exitCode: EXIT_USAGE };
  if (err instanceof OutputFileError) return { code: 'cannot-write', message: err.message, exitCode: 1 };
  if (isPracticeError(err)) return { code: err.code, message: err.userMessage, exitCode: 1 };
  // A content author wants the problems themselves, one `file:line: field: problem` a line.
  if (err instanceof BankValidationError) return { code: 'bank-invalid', message: err.problems.map(formatProblem).join('\n'), exitCode: 1, problems: err.problems };
  return describeStartupFailure(err);
}

export function failureJson(f: Failure): string {
  return JSON.stringify({ error: { code: f.code, message: f.message, ...(f.problems ? { problems: f.problems } : {}) } });
}
