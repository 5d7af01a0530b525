/** `practice` and `backup`: the candidate's and operator's commands; the work is wired in src/app.ts. */
import { recordOneAnswer } from '../run/terminal.ts';
import { backupTo } from './backup-command.ts';
import { parse, UsageError, type Io } from './args.ts';

export async function practiceCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    question: { type: 'string', short: 'q' },
    json: { type: 'boolean', default: false },
    user: { type: 'string' },
  });
  if (!values.question) throw new UsageError('practice needs --question <id>, and the answer on standard input');
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const answer = await io.readStdin();
  return recordOneAnswer({ questionId: values.question, json: values.json ?? false, userName: values.user, answer }, io);
}

export async function backupCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { force: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('backup needs exactly one destination file');
  return backupTo(positionals[0]!, io, values.force ?? false);
}
