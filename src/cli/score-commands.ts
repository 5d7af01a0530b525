/** `score`: grade answers from stdin or a JSONL batch without recording them. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadBank } from '../bank/load.ts';
import { findEntry } from '../bank/query.ts';
import { renderReport } from '../../adapters/terminal/render.ts';
import { colourWanted, createStyle } from '../../adapters/terminal/style.ts';
import { createScorer, DIMENSIONS, type ScoreReport } from '../scoring/index.ts';
import { parse, UsageError, type Io } from './args.ts';
import { DEFAULT_CONTENT } from './bank-commands.ts';

const BatchLine = z.object({ id: z.union([z.string(), z.number()]), question: z.string(), text: z.string() });

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

export async function scoreCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    question: { type: 'string' },
    batch: { type: 'string' },
    json: { type: 'boolean' },
    bank: { type: 'string', default: DEFAULT_CONTENT },
  });
  if (!values.question && !values.batch) throw new UsageError('score needs --question Qn (answer on stdin) or --batch file.jsonl');
  const bank = loadBank(values.bank!);
  const scorer = createScorer(bank);

  if (values.batch) {
    const lines = createInterface({ input: values.batch === '-' ? process.stdin : createReadStream(values.batch), crlfDelay: Infinity });
    let lineNo = 0;
    let failed = 0;
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let id: unknown = null;
      try {
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

  const entry = findEntry(bank, values.question!);
  if (!entry) {
    io.err(`unknown question "${values.question}": the bank has Q1–Q${bank.entries.length}`);
    return 1;
  }
  const text = await io.readStdin();
  const report = scorer.score(entry, text);
  // The terminal's own report, so `score` reads like a practice session (colour only on a terminal).
  io.out(values.json ? JSON.stringify(report, null, 2) : renderReport(report, createStyle(colourWanted(process.stdout, process.env))).trimEnd());
  return 0;
}
