/**
 * `npm run cli -- <command>`: the operator's and content author's entry point. commander parses and
 * checks every option (unknown options, missing values, extra arguments, numbers out of range) and writes
 * the usage from the same definitions, so the help cannot fall behind the options.
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_CONTENT, exportCommand, importCommand, searchCommand, validateCommand } from './bank-commands.ts';
import { backupCommand } from './backup-command.ts';
import { describeCliFailure, failureJson } from './errors.ts';
import { readBounded, type Io } from './io.ts';
import { practiceCommand } from './practice-commands.ts';
import { scoreCommand } from './score-commands.ts';

export type { Io } from './io.ts';

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    return n;
  };
}

function discordId(value: string): string {
  if (!/^\d{17,20}$/.test(value)) throw new InvalidArgumentError('Expected a server id of 17–20 digits (Discord: turn on Developer Mode, right-click the server → Copy Server ID).');
  return value;
}

const bankOption = () => new Option('--bank <path>', 'the bank to read: a content folder or a seed Markdown file').default(DEFAULT_CONTENT);
const jsonOption = (what: string) => new Option('--json', `${what}; errors too, as {"error": {"code", "message"}}`);

/** The whole command line, bound to `io`; each action leaves its exit code in `result.code`. */
export function buildProgram(io: Io, result: { code: number }, json: boolean): Command {
  const program = new Command('npm run cli --')
    .description('constraint-coach: import, validate and search the question bank; score and record answers; back up the database.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      // With --json the failure is printed once, as JSON, by runCli.
      outputError: (text, write) => (json ? undefined : write(text)),
    })
    .helpCommand('help [command]', 'usage of one command');
  const run = async (action: () => number | Promise<number>) => {
    result.code = await action();
  };

  program
    .command('import')
    .description('convert the seed Markdown into content/ (one YAML file per question)')
    .argument('<seed.md>', 'the seed-format Markdown file')
    .option('--out <dir>', 'where to write the bank', DEFAULT_CONTENT)
    .option('--force', 'replace a bank already in --out')
    .action((source: string, o: { out: string; force?: boolean }) => run(() => importCommand(source, o, io)));

  program
    .command('validate')
    .description('the honest report on a bank: errors (file:line: field: problem) and warnings')
    .argument('[path]', 'a content folder or a seed Markdown file', DEFAULT_CONTENT)
    .addOption(jsonOption('the report as JSON'))
    .option('--strict', 'warnings fail too (exit 1), except those accepted in ERRATA.md')
    .action((path: string, o: { json?: boolean; strict?: boolean }) => run(() => validateCommand(path, o, io)));

  program
    .command('search')
    .description('find questions by text (fuzzy)')
    .argument('<text...>', 'what to look for')
    .addOption(bankOption())
    .addOption(new Option('--limit <n>', 'how many questions at most (1–100)').argParser(wholeNumber(1, 100)).default(10))
    .addOption(jsonOption('the hits as JSON'))
    .action((words: string[], o: { bank: string; limit: number; json?: boolean }) => run(() => searchCommand(words, o, io)));

  program
    .command('export')
    .description('the loaded bank as a JSON array')
    .addOption(bankOption())
    .option('--out <file>', 'write it to this file instead of standard output')
    .addOption(jsonOption('(the output is always JSON)'))
    .action((o: { bank: string; out?: string }) => run(() => exportCommand(o, io)));

  program
    .command('score')
    .description('grade an answer without recording it: from a file, standard input, or a JSONL batch')
    .argument('[answer-file]', 'the answer (default: standard input)')
    .option('--question <id>', 'the question answered, e.g. Q7')
    .addOption(new Option('--follow-up <n>', "grade the answer to the question's follow-up n (1–3) instead").argParser(wholeNumber(1, 3)))
    .option('--batch <file>', 'score {"id","question","text"} lines (- for standard input); one JSON line out per line in')
    .addOption(bankOption())
    .addOption(jsonOption('the whole report as JSON'))
    .action((file: string | undefined, o: { question?: string; followUp?: number; batch?: string; json?: boolean; bank: string }) => run(() => scoreCommand(file, o, io)));

  program
    .command('practice')
    .description('grade and record one attempt, as the terminal session does')
    .argument('[answer-file]', 'the answer (default: standard input)')
    .requiredOption('--question <id>', 'the question answered, e.g. Q1')
    .option('--user <name>', 'whose attempt it is (default: your OS account)')
    .addOption(jsonOption('the whole report as JSON'))
    .action((file: string | undefined, o: { question: string; json?: boolean; user?: string }) => run(() => practiceCommand(file, o, io)));

  program
    .command('backup')
    .description('online backup of the SQLite database (safe while the bots run)')
    .argument('<file>', 'where to write the copy')
    .option('--force', 'overwrite the file if it exists')
    .addOption(jsonOption('errors as JSON'))
    .action((file: string, o: { force?: boolean }) => run(() => backupCommand(file, o, io)));

  program
    .command('store:copy')
    .description('copy the SQLite store into PostgreSQL: same ids, progress, idempotent, row counts checked')
    .requiredOption('--from <file>', 'the SQLite database file, e.g. ./data/coach.db')
    .requiredOption('--to <url>', 'the PostgreSQL database, postgres://user:password@host:5432/name')
    .addOption(new Option('--batch <n>', 'rows per insert (1–4000)').argParser(wholeNumber(1, 4000)).default(2000))
    .addOption(jsonOption('errors as JSON'))
    .action((o: { from: string; to: string; batch: number }) => run(async () => (await import('./store-commands.ts')).storeCopyCommand(o, io)));

  program
    .command('discord:register')
    .description('register the Discord slash commands (in DISCORD_GUILD_ID if set, else globally)')
    .addOption(new Option('--guild <id>', 'one server: the commands appear there at once').argParser(discordId))
    .option('--global', 'every server (can take minutes to appear)')
    .addOption(jsonOption('errors as JSON'))
    .action((o: { guild?: string; global?: boolean }) => run(async () => (await import('./discord-commands.ts')).discordRegisterCommand(o, io)));

  // After a usage error, the command's own usage line (not the whole help); nothing extra with --json.
  if (!json) {
    program.showHelpAfterError('(npm run cli -- --help lists the commands)');
    for (const c of program.commands) c.showHelpAfterError(`usage: npm run cli -- ${c.name()} ${c.usage()}   (--help for more)`);
  }
  return program;
}

/** `--json` anywhere before `--` asks for machine-readable errors, even when the options around it are wrong. */
const wantsJson = (argv: string[]) => argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length).includes('--json');

export async function runCli(argv: string[], io: Io): Promise<number> {
  const json = wantsJson(argv);
  const result = { code: 0 };
  try {
    await buildProgram(io, result, json).parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (err) {
    // --help and `help [command]` print the usage and succeed; a bare `npm run cli` prints it and fails.
    if (err instanceof CommanderError && (err.code === 'commander.helpDisplayed' || err.code === 'commander.help')) return err.exitCode === 0 ? 0 : 2;
    const failure = describeCliFailure(err);
    if (!failure) throw err;
    if (json) io.out(failureJson(failure));
    else if (!(err instanceof CommanderError)) io.err(failure.message); // commander printed its own, with the usage hint
    return failure.exitCode;
  }
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: (maxBytes) => readBounded(process.stdin, maxBytes),
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = wantsJson(process.argv.slice(2));
  runCli(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // A bug: the message only (never a stack on screen), in the shape the caller asked for.
      const message = `unexpected error: ${(err as Error).message}`;
      if (json) process.stdout.write(`${failureJson({ code: 'internal', message, exitCode: 1 })}\n`);
      else process.stderr.write(`${message}\n`);
      process.exitCode = 1;
    },
  );
}
