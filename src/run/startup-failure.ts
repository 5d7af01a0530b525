/** Start-up failures as a short message and an exit code; anything else is a bug and is rethrown. */
import { BankValidationError, formatProblem } from '../bank/problems.ts';
import { ConfigError } from '../config.ts';
import { UnreachableError } from '../errors.ts';
import { StoreError } from '../store/index.ts';

export type ErrorIo = { err: (text: string) => void };

export function startupFailure(err: unknown, io: ErrorIo): number {
  if (err instanceof ConfigError) {
    io.err(`${err.message}\nSee .env.example for every setting.`);
    return 2;
  }
  if (err instanceof UnreachableError) {
    io.err(`start-up failed: ${err.message}`);
    return 1;
  }
  if (err instanceof BankValidationError) {
    io.err(`The question bank has problems; fix them and run \`npm run cli -- validate\`:`);
    err.problems.forEach((p) => io.err(`  ${formatProblem(p)}`));
    return 1;
  }
  if (err instanceof StoreError) {
    io.err(err.message);
    return 1;
  }
  throw err;
}

export const stderrIo: ErrorIo = { err: (text: string) => void process.stderr.write(`${text}\n`) };
