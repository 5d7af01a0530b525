/** `score`: grade answers from a file, stdin or a JSONL batch without recording them. */
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { findEntry } from '../bank/query.ts';
import { renderReport } from '../../adapters/terminal/render.ts';
import { colourWanted, createStyle } from '../../adapters/terminal/style.ts';
import { createScorer, DIMENSIONS, type ScoreReport } from '../scoring/index.ts';
import { bankAt } from './bank-commands.ts';
import { CliError, EXIT_USAGE } from './errors.ts';
import { boundedLines } from '../../adapters/terminal/bounded-lines.ts';
import { readAnswer, requireInput, type Io } from './io.ts';

const BatchLine = z.object({ id: z.union([z.string(), z.number()]), question: z.string(), text: z.string() });

/** A batch line holds one answer as JSON: 1 MB is fifty times the 20,000 characters the scorer reads. */
export const MAX_BATCH_LINE_BYTES = 1024 * 1024;

/** The batch output line: the fields tooling reads, in a fixed shape. */
export function batchRecord(id: string | number, report: ScoreReport) {
  return {
    id,
    question: report.questionId,
    total: report.total,
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { score: report.dimensions[d].score, max: report.dimensions[d].max }])),
    covered: report.covered,
    missed: report.missed,
    flags: report.flags,
    feedback: report.feedback,
  };
}

export type ScoreOptions = { question?: string; followUp?: number; batch?: string; json?: boolean; bank: string };

export async function scoreCommand(file: string | undefined, options: ScoreOptions, io: Io): Promise<number> {
  if (!options.question && !options.batch) throw new CliError('missing-option', 'score needs --question Qn (the answer in a file or on stdin) or --batch FILE.jsonl', EXIT_USAGE);
  if (options.question && options.batch) throw new CliError('conflicting-options', 'choose --question or --batch, not both', EXIT_USAGE);
  if (options.followUp !== undefined && !options.question) throw new CliError('missing-option', '--follow-up goes with --question Qn', EXIT_USAGE);
  if (options.batch && file !== undefined) throw new CliError('excess-arguments', `--batch reads ${options.batch}; "${file}" is one file too many`, EXIT_USAGE);
  if (options.batch && options.batch !== '-') requireInput(options.batch, 'a JSONL file of {"id","question","text"} lines');
  const bank = bankAt(options.bank);
  const scorer = createScorer(bank);

  if (options.batch) {
    const input = options.batch === '-' ? (io.stdin ?? process.stdin) : createReadStream(options.batch);
    let lineNo = 0;
    let failed = 0;
    for await (const line of boundedLines(input, MAX_BATCH_LINE_BYTES)) {
      lineNo++;
      if (line !== null && !line.trim()) continue;
      let id: unknown = null;
      try {
        if (line === null) throw new Error(`line is over ${MAX_BATCH_LINE_BYTES / (1024 * 1024)} MB`);
        const raw = JSON.parse(line) as unknown;
        id = (raw as { id?: unknown } | null)?.id ?? null;
        const parsed = BatchLine.safeParse(raw);
        if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
        const entry = findEntry(bank, parsed.data.question);
        if (!entry) throw new Error(`unknown question "${parsed.data.question}"`);
        io.out(JSON.stringify(batchRecord(parsed.data.id, scorer.score(entry, parsed.data.text))));
      } catch (err) {
        failed++;
        io.out(JSON.stringify({ id, line: lineNo, error: (err as Error).message.replace(/^Unexpected token.*$/, 'not valid JSON') }));
      }
    }
    return failed > 0 ? 1 : 0;
  }

  const entry = findEntry(bank, options.question!);
  if (!entry) throw new CliError('unknown-question', `unknown question "${options.question}": the bank has Q1–Q${bank.entries.length}`);
  const followUps = entry.followUps ?? [];
  if (options.followUp !== undefined && options.followUp > followUps.length) {
    throw new CliError('unknown-follow-up', `${entry.id} has ${followUps.length} follow-up${followUps.length === 1 ? '' : 's'}; --follow-up takes 1–${followUps.length}`, EXIT_USAGE);
  }
  if (options.followUp !== undefined && !options.json) io.err(`Follow-up ${options.followUp}: ${followUps[options.followUp - 1]!.twist}`);
  const text = await readAnswer(file, io, 'score reads at most 64 KB (the scorer looks at the first 20,000 characters)');
  const report = options.followUp === undefined ? scorer.score(entry, text) : scorer.scoreFollowUp(entry, options.followUp, text);
  // The terminal's own report, so `score` reads like a practice session (colour only on a terminal).
  io.out(options.json ? JSON.stringify(report, null, 2) : renderReport(report, createStyle(colourWanted(process.stdout, process.env))).trimEnd());
  return 0;
}
