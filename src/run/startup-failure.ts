/** Start-up failures as a short message, a stable code and an exit code; anything else is a bug. */
import { BankValidationError, formatProblem, type BankProblem } from '../bank/problems.ts';
import { ConfigError } from '../config.ts';
import { UnreachableError } from '../errors.ts';
import { StoreError } from '../store/index.ts';

export type Failure = { code: string; message: string; exitCode: number; problems?: BankProblem[] };

export function describeStartupFailure(err: unknown): Failure | null {
  if (err instanceof ConfigError) return { code: 'config', message: `${err.message}\nSee .env.example for every setting.`, exitCode: 2 };
  if (err instanceof UnreachableError) return { code: 'unreachable', message: `start-up failed: ${err.message}`, exitCode: 1 };
  if (err instanceof BankValidationError) {
    const lines = err.problems.map((p) => `  ${formatProblem(p)}`);
    return { code: 'bank-invalid', message: ['The question bank has problems; fix them and run `npm run cli -- validate`:', ...lines].join('\n'), exitCode: 1, problems: err.problems };
  }
  if (err instanceof StoreError) return { code: `store-${err.code}`, message: err.message, exitCode: 1 };
  return null;
}

export type ErrorIo = { err: (text: string) => void };

export function startupFailure(err: unknown, io: ErrorIo): number {
  const failure = describeStartupFailure(err);
  if (!failure) throw err;
  io.err(failure.message);
  return failure.exitCode;
}

export const stderrIo: ErrorIo = { err: (text: string) => void process.stderr.write(`${text}\n`) };
