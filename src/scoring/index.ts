/** The scoring engine's public face: compile rubrics once per bank, grade answers against them. */
import type { Bank, Entry, References } from '../bank/schema.ts';
import { buildFeedback } from './feedback.ts';
import { gradeAnswer } from './grade.ts';
import type { ScoreReport } from './report.ts';
import { bankVocabulary, compileRubric, domainVocabulary, type Rubric } from './rubric.ts';

export { DIMENSIONS, DIMENSION_LABELS, type DimensionName, type ScoreReport } from './report.ts';

/** Stored with every attempt: a report is only comparable with reports of the same scorer. */
export const SCORER_VERSION = '2.0.0';

export type Scorer = {
  score(entry: Entry, text: string): ScoreReport;
  rubric(entryId: string): Rubric | undefined;
};

function report(entry: Entry, text: string, rubric: Rubric, references: References, context: { others?: Set<string>[]; domain?: Set<string> } = {}): ScoreReport {
  const grade = gradeAnswer(rubric, text, context);
  return {
    questionId: entry.id,
    scorerVersion: SCORER_VERSION,
    total: grade.total,
    dimensions: grade.dimensions,
    wrongNumbers: grade.wrongNumbers,
    flags: grade.flags,
    claims: grade.claims,
    cap: grade.cap,
    wordCount: grade.wordCount,
    ...buildFeedback(entry, grade, rubric, references),
  };
}

/** Compiles every entry's rubric once; scoring then reuses them. */
export function createScorer(bank: Bank): Scorer {
  const vocabulary = bankVocabulary(bank.entries);
  const rubrics = new Map(bank.entries.map((e) => [e.id, compileRubric(e, bank.references, vocabulary)]));
  const domain = domainVocabulary(bank.entries, bank.references);
  const others = new Map([...rubrics.keys()].map((id) => [id, [...rubrics.values()].filter((r) => r.entryId !== id).map((r) => r.vocabulary)]));
  return {
    score(entry, text) {
      const rubric = rubrics.get(entry.id) ?? compileRubric(entry, bank.references, vocabulary);
      return report(entry, text, rubric, bank.references, { others: others.get(entry.id) ?? [], domain });
    },
    rubric: (id) => rubrics.get(id),
  };
}

const cache = new WeakMap<Entry, { rubric: Rubric; domain: Set<string> }>();

/** One-off scoring without a bank-wide scorer (the rubric is compiled on first use and cached per entry). */
export function scoreAnswer(entry: Entry, text: string, references: References = { glossary: [], tools: [], literature: [], citations: [], roles: [] }): ScoreReport {
  let compiled = cache.get(entry);
  if (!compiled) {
    compiled = { rubric: compileRubric(entry, references, bankVocabulary([entry])), domain: domainVocabulary([entry], references) };
    cache.set(entry, compiled);
  }
  return report(entry, text, compiled.rubric, references, { domain: compiled.domain });
}
