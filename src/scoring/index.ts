/** The scoring engine's public face: compile rubrics once per bank, grade answers against them. */
import type { Bank, Entry, References } from '../bank/schema.ts';
import { resolveLang, type Lang, type LangSetting } from '../i18n/index.ts';
import { buildFeedback } from './feedback.ts';
import { compileFollowUp, gradeFollowUp, type FollowUpRubric } from './follow-up.ts';
import { gradeAnswer, type Grade } from './grade.ts';
import type { ScoreReport } from './report.ts';
import { bankVocabulary, compileRubric, domainVocabulary, type Rubric } from './rubric.ts';

export { DIMENSIONS, DIMENSION_LABELS, type DimensionName, type ScoreReport } from './report.ts';

/** Stored with every attempt: a report is only comparable with reports of the same scorer. */
export const SCORER_VERSION = '2.5.0';

/** `lang`: the user's setting; `auto` (the default) writes the report in the answer's language. */
export type ScoreOptions = { lang?: LangSetting };

export type Scorer = {
  score(entry: Entry, text: string, options?: ScoreOptions): ScoreReport;
  /** Grades the answer to the entry's follow-up `n` (1-based); throws a RangeError for a follow-up the entry lacks. */
  scoreFollowUp(entry: Entry, n: number, text: string, options?: ScoreOptions): ScoreReport;
  rubric(entryId: string): Rubric | undefined;
};

/** A Grade as the report every adapter shows and every attempt stores. */
function toReport(entry: Entry, grade: Grade, lang: Lang, followUp: number | null, feedback: ReturnType<typeof buildFeedback>): ScoreReport {
  return {
    questionId: entry.id,
    scorerVersion: SCORER_VERSION,
    total: grade.total,
    dimensions: grade.dimensions,
    wrongNumbers: grade.wrongNumbers,
    flags: grade.flags,
    claims: grade.claims,
    cap: grade.cap,
    followUp,
    lang,
    wordCount: grade.wordCount,
    ...feedback,
  };
}

function report(entry: Entry, text: string, rubric: Rubric, references: References, context: { others?: Set<string>[]; domain?: Set<string> } = {}, options: ScoreOptions = {}): ScoreReport {
  const lang = resolveLang(options.lang, text);
  const grade = gradeAnswer(rubric, text, { ...context, lang });
  return toReport(entry, grade, lang, null, buildFeedback(entry, grade, rubric, references, lang));
}

/** Compiles every entry's rubric once; scoring then reuses them. */
export function createScorer(bank: Bank): Scorer {
  const vocabulary = bankVocabulary(bank.entries);
  const rubrics = new Map(bank.entries.map((e) => [e.id, compileRubric(e, bank.references, vocabulary)]));
  const domain = domainVocabulary(bank.entries, bank.references);
  // Follow-up rubrics compile on first use: a mock asks a few of them, a practice session none.
  const followUps = new Map<string, FollowUpRubric>();
  const others = new Map([...rubrics.keys()].map((id) => [id, [...rubrics.values()].filter((r) => r.entryId !== id).map((r) => r.vocabulary)]));
  return {
    score(entry, text, options = {}) {
      const rubric = rubrics.get(entry.id) ?? compileRubric(entry, bank.references, vocabulary);
      return report(entry, text, rubric, bank.references, { others: others.get(entry.id) ?? [], domain }, options);
    },
    scoreFollowUp(entry, n, text, options = {}) {
      const key = `${entry.id}#${n}`;
      let fu = followUps.get(key);
      if (!fu) {
        const f = entry.followUps?.[n - 1];
        if (!f) throw new RangeError(`${entry.id} has no follow-up ${n}`);
        fu = compileFollowUp(entry, f, bank.references, vocabulary);
        followUps.set(key, fu);
      }
      return followUpReport(entry, n, text, fu, bank.references, domain, resolveLang(options.lang, text));
    },
    rubric: (id) => rubrics.get(id),
  };
}

function followUpReport(entry: Entry, n: number, text: string, fu: FollowUpRubric, references: References, domain: Set<string>, lang: Lang): ScoreReport {
  const grade = gradeFollowUp(fu, text, { domain, lang });
  return toReport(entry, grade, lang, n, buildFeedback(fu.twisted, grade, fu.rubric, references, lang, fu.followUp));
}

const cache = new WeakMap<Entry, { rubric: Rubric; domain: Set<string> }>();

/** One-off scoring without a bank-wide scorer (the rubric is compiled on first use and cached per entry). */
export function scoreAnswer(entry: Entry, text: string, references: References = { glossary: [], tools: [], literature: [], citations: [], roles: [] }, options: ScoreOptions = {}): ScoreReport {
  let compiled = cache.get(entry);
  if (!compiled) {
    compiled = { rubric: compileRubric(entry, references, bankVocabulary([entry])), domain: domainVocabulary([entry], references) };
    cache.set(entry, compiled);
  }
  return report(entry, text, compiled.rubric, references, { domain: compiled.domain }, options);
}
