/** `npm run cli -- <command>`: the operator's and content author's entry point. */
import { BankValidationError, formatProblem } from '../bank/problems.ts';
import { UsageError, type Io } from './args.ts';
import { exportCommand, importCommand, searchCommand, validateCommand } from './bank-commands.ts';
import { backupCommand, practiceCommand } from './practice-commands.ts';
import { scoreCommand } from './score-commands.ts';

type Command = { run: (argv: string[], io: Io) => number | Promise<number>; usage: string };

export const COMMANDS: Record<string, Command> = {
  import: { run: importCommand, usage: 'import <seed.md> [--out content/] [--force]   convert the seed Markdown into content/' },
  validate: { run: validateCommand, usage: 'validate [path] [--json] [--strict]           honest report on content/ or a seed file' },
  search: { run: searchCommand, usage: 'search "<text>" [--limit N] [--json]          find questions by text' },
  export: { run: exportCommand, usage: 'export --json [path]                          the loaded bank as a JSON array' },
  score: { run: scoreCommand, usage: 'score --question Q7 [--json] < answer.txt | score --batch answers.jsonl' },
  practice: { run: practiceCommand, usage: 'practice --question Q1 [--json] < answer.txt    score and record one attempt' },
  backup: { run: backupCommand, usage: 'backup <file>                                 online backup of the SQLite database' },
  'store:copy': { run: async (argv, io) => (await import('./store-commands.ts')).storeCopyCommand(argv, io), usage: 'store:copy --from <coach.db> --to <postgres://…>   copy the SQLite store into PostgreSQL' },
  'discord:register': { run: async (argv, io) => (await import('./discord-commands.ts')).discordRegisterCommand(argv, io), usage: 'discord:register [--guild ID | --global]      register the Discord slash commands' },
};

export function helpText(): string {
  return ['usage: npm run cli -- <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n  ${command.usage}`);
      return 2;
    }
    if (err instanceof BankValidationError) {
      err.problems.forEach((p) => io.err(formatProblem(p)));
      return 1;
    }
    throw err;
  }
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`unexpected error: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
