/** `practice` and `backup`: the candidate's and operator's commands (issue 6). */
import { UsageError, type Io } from './args.ts';

export async function practiceCommand(_argv: string[], _io: Io): Promise<number> {
  throw new UsageError('practice is not built yet');
}

export async function backupCommand(_argv: string[], _io: Io): Promise<number> {
  throw new UsageError('backup is not built yet');
}
