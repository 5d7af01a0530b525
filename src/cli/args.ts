/** Argument parsing shared by the CLI commands (node:util parseArgs: no dependency needed). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard input, read whole (for `score` and `practice`). */
  readStdin: () => Promise<string>;
};
