/** `score`: grade answers from stdin or a JSONL batch without recording them. */
import { UsageError, type Io } from './args.ts';

export async function scoreCommand(_argv: string[], _io: Io): Promise<number> {
  throw new UsageError('score is not built yet');
}
