/**
 * The honest report: every claim the bank makes about itself is recomputed from the data, and quality
 * findings are listed per entry. Errors (schema violations) come from the loader; warnings from here.
 */
import { applyAcceptances, readAcceptances, type AcceptedWarning } from './accepted.ts';
import { recheckFormulas, recheckPercentChanges } from './arithmetic.ts';
import { loadBank } from './load.ts';
import { BankValidationError, type BankProblem, type Warning } from './problems.ts';
import { nameMatcher, toolMentions } from './refs.ts';
import {
  CONSTRAINT_CATEGORIES,
  DIFFICULTIES,
  PHASES,
  STAKEHOLDER_ROLES,
  type Bank,
  type Difficulty,
  type Entry,
  type Phase,
} from './schema.ts';
import { countWords } from './text.ts';

export type { Warning };
export type ClaimCheck = { claim: string; claimed: string; actual: string; ok: boolean };
export type ValidationReport = {
  entries: number;
  errors: BankProblem[];
  /** Warnings not accepted in ERRATA.md: what `--strict` fails on. */
  warnings: Warning[];
  /** Warnings accepted by name in the bank's ERRATA.md, with the reason given there. */
  accepted: AcceptedWarning[];
  stats: {
    difficulty: Record<Difficulty, number>;
    phases: Record<Phase, number>;
    incomplete: string[];
    wordCounts: Record<string, number>;
    statedWordCounts: Record<string, number>;
    zhCitationShare: number;
    claims: ClaimCheck[];
  };
};

/** A check of the content itself, beyond the schema; the issue-4 checks (answer vs constraints, Rust syntax) plug in here. */
export type EntryCheck = (entry: Entry, bank: Bank) => Warning[];

const wordsOfAnswer = new WeakMap<Entry, number>();

/** Counted once per entry: the word-count check and the statistics both need it. */
function answerWords(e: Entry): number {
  let n = wordsOfAnswer.get(e);
  if (n === undefined) {
    n = e.answer ? countWords(e.answer) : 0;
    wordsOfAnswer.set(e, n);
  }
  return n;
}

const DEFAULT_WORD_RANGE: [number, number] = [150, 300];
const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

function hasQuantity(text: string): boolean {
  return /\d(?:[\d.,]*)\s*(?:%|ms|s\b|[KMGT]B|[KMG]bps|[KMB]\b|\/mo|mo\b|TPS|rps|x|×|Φ)/i.test(text);
}

function wordCountsAgree(stated: number, real: number): boolean {
  return Math.abs(stated - real) <= Math.max(2, real * 0.02);
}

const entryChecks: EntryCheck[] = [
  function incomplete(e) {
    return e.status === 'incomplete'
      ? [{ id: e.id, field: 'answer', message: 'incomplete: the answer is "[Content continues...]"; no model answer, code, metrics or trade-offs' }]
      : [];
  },
  function wordCount(e, bank) {
    if (!e.answer) return [];
    const out: Warning[] = [];
    const real = answerWords(e);
    const [lo, hi] = bank.meta.claims.wordRange ?? DEFAULT_WORD_RANGE;
    if (e.statedWordCount !== null && !wordCountsAgree(e.statedWordCount, real)) {
      out.push({ id: e.id, field: 'statedWordCount', message: `states ${e.statedWordCount} words; the answer has ${real}` });
    }
    if (real < lo || real > hi) out.push({ id: e.id, field: 'answer', message: `${real} words, outside the ${lo}–${hi} target` });
    return out;
  },
  function quantified(e) {
    if (e.status !== 'complete') return [];
    return e.metrics && hasQuantity(e.metrics) ? [] : [{ id: e.id, field: 'metrics', message: 'no metrics with numbers and units' }];
  },
  function cited(e) {
    return e.status === 'complete' && e.refs.citations.length === 0
      ? [{ id: e.id, field: 'answer', message: 'cites nothing: no [Cn] reference' }]
      : [];
  },
  function toolReferences(e, bank) {
    const out: Warning[] = [];
    for (const m of toolMentions(e)) {
      const tool = bank.references.tools.find((t) => t.id === m.id);
      if (!tool) continue;
      const names = [tool.name, tool.name.split(/\s+/)[0]!, ...tool.aliases];
      const nearby = m.context.split(/\s+/).slice(-3).join(' ');
      if (!names.some((n) => nameMatcher(n).test(nearby))) {
        out.push({ id: e.id, field: m.field, message: `"${nearby} (${m.id})": ${m.id} is ${tool.name}, not the tool named here` });
      }
    }
    return out;
  },
  function stakeholderNotes(e) {
    // Only the question's own stakeholders are asked of a candidate; a note about another role is never graded.
    return e.stakeholderNotes
      .map((n, i) => ({ n, i }))
      .filter(({ n }) => !e.stakeholders.includes(n.role))
      .map(({ n, i }) => ({ id: e.id, field: `stakeholderNotes.${i}.role`, message: `${n.role} is not among the question's stakeholders (${e.stakeholders.join(', ')})` }));
  },
  function constraintCategories(e) {
    return e.constraints
      .filter((c) => !(c.category in CONSTRAINT_CATEGORIES))
      .map((c) => ({
        id: e.id,
        field: 'constraints',
        message: `category "${c.category}" is not one of the eight defined in G1–G8 (${Object.keys(CONSTRAINT_CATEGORIES).join(', ')})`,
      }));
  },
  function followUps(e) {
    const out: Warning[] = [];
    const list = e.followUps ?? [];
    if (e.status === 'complete' && list.length < 2) {
      out.push({ id: e.id, field: 'followUps', message: `${list.length} follow-up${list.length === 1 ? '' : 's'}; a mock interview needs at least 2` });
    }
    list.forEach((f, i) => {
      const at = `followUps.${i}`;
      for (const [field, text] of [['answer', f.answer], ['adaptation.arithmetic', f.adaptation.arithmetic]] as const) {
        for (const w of recheckFormulas(text).wrong) {
          out.push({ id: e.id, field: `${at}.${field}`, message: `"${w.expression}" does not add up: it comes to ${formatNumber(w.recomputed)}` });
        }
      }
      const words = countWords(f.answer);
      if (words < 60 || words > 120) out.push({ id: e.id, field: `${at}.answer`, message: `${words} words, outside the 60–120 target` });
      for (const role of f.adaptation.affected) {
        if (!e.stakeholders.includes(role)) out.push({ id: e.id, field: `${at}.adaptation.affected`, message: `${role} is not among the question's stakeholders` });
      }
    });
    return out;
  },
  function arithmetic(e) {
    const out: Warning[] = [];
    if (e.metrics) {
      for (const w of recheckFormulas(e.metrics).wrong) {
        out.push({ id: e.id, field: 'metrics', message: `"${w.expression}" does not add up: it comes to ${formatNumber(w.recomputed)}` });
      }
    }
    for (const [field, text] of [['keyInsight', e.keyInsight], ['answer', e.answer ?? '']] as const) {
      for (const w of recheckPercentChanges(text).wrong) {
        out.push({ id: e.id, field, message: `"${w.expression}": the numbers give ${w.recomputed}%, not ${w.stated}%` });
      }
    }
    return out;
  },
];

export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1e6) return `${+(n / 1e6).toFixed(2)}M`;
  if (Math.abs(n) >= 1e4) return `${+(n / 1e3).toFixed(1)}K`;
  return `${+n.toFixed(3)}`;
}

/** Recomputes the bank's statistics and checks each claim the bank makes about itself. */
export function validateBank(bank: Bank, extraChecks: EntryCheck[] = []): ValidationReport {
  const { entries, meta, references } = bank;
  const claims = meta.claims;
  const warnings: Warning[] = [];
  for (const e of entries) for (const check of [...entryChecks, ...extraChecks]) warnings.push(...check(e, bank));

  const difficulty = Object.fromEntries(DIFFICULTIES.map((d) => [d, entries.filter((e) => e.difficulty === d).length])) as Record<Difficulty, number>;
  const phases = Object.fromEntries(PHASES.map((p) => [p, entries.filter((e) => e.phases.includes(p)).length])) as Record<Phase, number>;
  const roles = Object.fromEntries(STAKEHOLDER_ROLES.map((r) => [r, entries.filter((e) => e.stakeholders.includes(r)).length]));
  const wordCounts = Object.fromEntries(entries.filter((e) => e.answer).map((e) => [e.id, answerWords(e)]));
  const statedWordCounts = Object.fromEntries(entries.filter((e) => e.statedWordCount !== null).map((e) => [e.id, e.statedWordCount!]));
  const incomplete = entries.filter((e) => e.status === 'incomplete').map((e) => e.id);
  const zh = references.citations.filter((c) => c.language === 'ZH').length;
  const zhCitationShare = references.citations.length ? Math.round((1000 * zh) / references.citations.length) / 1000 : 0;

  const bankWarning = (field: string, message: string) => warnings.push({ id: 'bank', field, message });
  for (const p of PHASES) if (phases[p] === 0) bankWarning('phases', `the ${p} phase is used by no question`);
  for (const [r, n] of Object.entries(roles)) if (n === 0) bankWarning('stakeholders', `the ${r} stakeholder is on no question`);

  const withFinding = new Set(warnings.map((w) => w.id));
  const [lo, hi] = claims.wordRange ?? DEFAULT_WORD_RANGE;
  const inRange = Object.values(wordCounts).filter((n) => n >= lo && n <= hi).length;
  const quantified = entries.filter((e) => e.metrics && hasQuantity(e.metrics)).length;
  const cited = entries.filter((e) => e.refs.citations.length > 0).length;
  const wrongTools = new Set(warnings.filter((w) => w.message.includes('not the tool named here')).map((w) => w.id));
  const traceable = entries.filter((e) => e.refs.citations.length > 0 && !wrongTools.has(e.id)).length;
  const phasesUsed = PHASES.filter((p) => phases[p] > 0).length;
  const rolesUsed = Object.values(roles).filter((n) => n > 0).length;
  const passing = entries.filter((e) => !withFinding.has(e.id)).length;
  const n = entries.length;

  const checks: ClaimCheck[] = [];
  const claim = (name: string, claimed: string | number | null, actual: string | number, ok: boolean) => {
    if (claimed === null) return;
    checks.push({ claim: name, claimed: String(claimed), actual: String(actual), ok });
    if (!ok) bankWarning('claims', `${name}: claimed ${claimed}, actual ${actual}`);
  };
  claim('entries', claims.entries, n, claims.entries === n);
  if (claims.difficulty) {
    const c = claims.difficulty;
    claim('difficulty F/I/A', `${c.F}/${c.I}/${c.A}`, `${difficulty.F}/${difficulty.I}/${difficulty.A}`,
      c.F === difficulty.F && c.I === difficulty.I && c.A === difficulty.A);
  }
  claim(`answers of ${lo}–${hi} words`, '100%', `${pct(inRange, n)}% (${inRange}/${n})`, inRange === n);
  claim('quantified (metrics with numbers and units)', claims.quantifiedPct === null ? null : `${claims.quantifiedPct}%`, `${pct(quantified, n)}% (${quantified}/${n})`, pct(quantified, n) >= (claims.quantifiedPct ?? 0));
  claim('entries citing a source', claims.citedPct === null ? null : `${claims.citedPct}%`, `${pct(cited, n)}% (${cited}/${n})`, pct(cited, n) >= (claims.citedPct ?? 0));
  claim('traceable (cited, every tool reference names its tool)', claims.traceablePct === null ? null : `${claims.traceablePct}%`, `${pct(traceable, n)}% (${traceable}/${n})`, pct(traceable, n) >= (claims.traceablePct ?? 0));
  claim('Chinese citations', claims.zhCitationPct === null ? null : `≥${claims.zhCitationPct}%`, `${pct(zh, references.citations.length)}% (${zh}/${references.citations.length})`, zhCitationShare * 100 >= (claims.zhCitationPct ?? 0));
  claim('phases covered', claims.phasesCovered, `${phasesUsed} of ${PHASES.length}`, phasesUsed >= (claims.phasesCovered ?? 0));
  claim('stakeholder roles covered', claims.stakeholdersCovered, `${rolesUsed} of ${STAKEHOLDER_ROLES.length}`, rolesUsed >= (claims.stakeholdersCovered ?? 0));
  // The seed's status line reads "28/28 PASS | 8/8 MET | Issues: None": it also vouches for every claim above.
  const failedClaims = checks.filter((c) => !c.ok).length;
  const bankFindings = warnings.filter((w) => w.id === 'bank').length;
  claim('status', claims.status, `${passing}/${n} entries without findings, ${failedClaims} other claim(s) not met`, passing === n && failedClaims === 0 && bankFindings === 0);

  return {
    entries: n,
    errors: [],
    warnings,
    accepted: [],
    stats: { difficulty, phases, incomplete, wordCounts, statedWordCounts, zhCitationShare, claims: checks },
  };
}

/**
 * Loads and validates, then sets aside the warnings the bank's ERRATA.md accepts by name; a bank that
 * fails to load gives a report with its errors and no statistics.
 */
export function validatePath(path: string, extraChecks: EntryCheck[] = []): ValidationReport {
  try {
    const report = validateBank(loadBank(path), extraChecks);
    return { ...report, ...applyAcceptances(report.warnings, readAcceptances(path)) };
  } catch (err) {
    if (!(err instanceof BankValidationError)) throw err;
    const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    return {
      entries: 0,
      errors: err.problems,
      warnings: [],
      accepted: [],
      stats: { difficulty: zero(DIFFICULTIES), phases: zero(PHASES), incomplete: [], wordCounts: {}, statedWordCounts: {}, zhCitationShare: 0, claims: [] },
    };
  }
}
