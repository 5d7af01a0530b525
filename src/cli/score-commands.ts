/** `score`: grade answers from stdin or a JSONL batch without recording them. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadBank } from '../bank/load.ts';
import { findEntry } from '../bank/query.ts';
import { createScorer, DIMENSION_LABELS, DIMENSIONS, type ScoreReport } from '../scoring/index.ts';
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

export function formatReport(report: ScoreReport): string {
  const lines = [`${report.questionId}: ${report.total}/100${report.flags.length ? `  [${report.flags.join(', ')}]` : ''}`];
  for (const d of DIMENSIONS) {
    const { score, max } = report.dimensions[d];
    const filled = Math.round((score / max) * 20);
    lines.push(`  ${DIMENSION_LABELS[d].padEnd(18)} ${'█'.repeat(filled)}${'░'.repeat(20 - filled)} ${score}/${max}`);
  }
  if (report.wrongNumbers.length) lines.push('', 'Numbers to check:', ...report.wrongNumbers.map((w) => `  - you said ${w.said}; expected ${w.expected}: ${w.why}`));
  lines.push('', 'Feedback:', ...report.feedback.map((f) => `  - ${f}`));
  if (report.readNext.length) lines.push('', 'Read next:', ...report.readNext.map((r) => `  - ${r.id} ${r.title}`));
  return lines.join('\n');
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
  io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}
