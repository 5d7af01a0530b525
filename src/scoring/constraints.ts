/**
 * The constraints an answer addresses, and the numbers it gets wrong about them. A value written as the
 * question writes it always counts (`K8s HPA`, `IPFS`, `99.95% uptime`, in any case); so does the same
 * quantity in another notation. A number said about a constraint that breaks it — a team it does not
 * have, a budget it exceeds, an SLA it would miss — is a wrong number.
 */
import { downtimeHoursPerYear, formatDowntime, sameQuantity } from '../bank/quantity.ts';
import { formatNumber } from '../bank/validate.ts';
import { messages, type Lang } from '../i18n/index.ts';
import type { AnswerView, PlacedQuantity } from './answer.ts';
import type { ConstraintAtom } from './rubric.ts';
import type { WrongNumber } from './report.ts';

export type AtomStatus = 'addressed' | 'mentioned' | 'named' | 'wrong' | 'missed';
export type AtomResult = { atom: ConstraintAtom; status: AtomStatus; sentence: number | null; said?: PlacedQuantity };

/** Sentences that weigh another option or a what-if do not state the design's own numbers. */
/** Also a condition or a threshold the design reacts to ("when slot time goes above ~500ms"). */
const COUNTERFACTUAL = /\b(?:instead|degrad\w*|vs\.?|versus|against|than|would|could|might|they'd|it'd|without|alternative|otherwise|naive|unlike|compared|if|when|whenever|above|exceeds?|beyond|past)\b|当|如果|一旦|超过|高于/;
/** Money a failure costs ("an SLA breach would cost ~$50K", "$20K/mo in fines", "that 4.5-point gap is $4K/mo") is a loss weighed, not the design's spend. */
const LOSS = /\b(?:breach\w*|penalt\w*|fines|fined|losses|loss|lose|losing|outage|gap)\b|违约|罚款|损失/;

/** A few words either side of a quantity, within its sentence and not across `;`. */
function nearby(view: AnswerView, q: PlacedQuantity): string {
  const sentence = view.sentences[q.sentence];
  const start = Math.max(sentence?.start ?? 0, q.start - 50);
  const end = Math.min(sentence?.end ?? view.index.text.length, q.end + 15);
  const before = view.index.text.slice(start, q.start);
  const after = view.index.text.slice(q.start, end);
  return before.slice(before.lastIndexOf(';') + 1) + after.split(';')[0];
}

/** Words that make a percentage something other than availability ("99.8% accuracy", "95th percentile", "90% cut"). */
const NOT_AVAILABILITY = /\b(?:accura\w*|percentile|compatib\w*|hit|hits|reduc\w*|cut\w*|fewer|less|drop\w*|of|coverage|success\w*|confiden\w*|utili[sz]\w*|cpu|load|share|discount|off|each|per|provider|providers|vendor|vendors|node|nodes|instance|component|region|zone|az|replica)\b|成功|准确|命中|降低|减少|兼容|覆盖|利用|各|每个|%\s*的(?!\s*(?:可用|在线|正常运行|服务|uptime|sla|可靠))/;

const CLAUSE_BREAKS = [';', ',', ':', '—', ' but '];

/** The clause holding a quantity: its sentence cut at `;`, `,`, `:`, `—` and "but" (or at the breaks given). */
function clauseOf(view: AnswerView, q: PlacedQuantity, breaks: readonly string[] = CLAUSE_BREAKS): string {
  const sentence = view.sentences[q.sentence];
  if (!sentence) return '';
  const text = view.index.text;
  const before = text.slice(sentence.start, q.start);
  const after = text.slice(q.start, sentence.end);
  const from = Math.max(...breaks.map((b) => before.lastIndexOf(b)));
  const cuts = breaks.map((b) => after.indexOf(b)).filter((i) => i > 0);
  return before.slice(from + 1) + after.slice(0, cuts.length > 0 ? Math.min(...cuts) : after.length);
}

function literalSentence(view: AnswerView, atom: ConstraintAtom): number | null {
  const { text } = view.index;
  const [first, ...rest] = atom.literalWords;
  if (!first) return null;
  // Tried only where its first word stands: no scan of the whole answer per value.
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
    let end = at + first.length;
    for (const word of rest) {
      while (WHITESPACE.test(text[end] ?? '')) end++;
      end = text.startsWith(word, end) ? end + word.length : -1;
      if (end < 0) break;
    }
    if (end < 0 || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
    const position = view.index.contentPositionAt(at);
    if (view.usable(position)) return view.sentenceOf(position);
  }
  return null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;

/** How close (in content words) the nearest of an atom's context words stands to a quantity; Infinity if none. */
function distance(view: AnswerView, atom: ConstraintAtom, q: PlacedQuantity, window: number): number {
  const position = view.index.contentPositionAt(q.start);
  for (let d = 0; d <= window; d++) {
    for (const p of d === 0 ? [position] : [position - d, position + d]) {
      const c = view.index.content[p];
      if (c && view.sentenceOf(p) === q.sentence && atom.context.has(c.stem)) return d;
    }
  }
  return Infinity;
}

/**
 * Whether a number the answer states is about this constraint: its context words stand within five words,
 * and no other constraint of the same kind stands nearer (`RTO 30min … 28 min` is about RTO, not RPO).
 * A money sentence labelled by its context word ("Budget: a + b + c = $22K/mo") is about it as a whole.
 */
function about(view: AnswerView, atom: ConstraintAtom, q: PlacedQuantity, rivals: readonly ConstraintAtom[], others: readonly ConstraintAtom[] = [], total = false): boolean {
  const expected = atom.quantity!;
  if (expected.dimension.startsWith('count:')) return true;
  // The clause around it, not the next sentence: "99.5% uptime. Arch signs off" is not "20% off".
  const around = view.index.text.slice(Math.max(0, q.start - 20), q.end + 14).split(/[.;!?]\s/).find((part) => part.includes(q.raw.toLowerCase())) ?? '';
  // An availability target: any percentage from 90 to 100 is one, unless the words around say otherwise.
  if (expected.dimension === 'percent' && expected.value > 90 && atom.bound === 'min') return q.value >= 90 && q.value < 100 && !NOT_AVAILABILITY.test(around);
  const mine = distance(view, atom, q, 5);
  if (mine === Infinity) {
    const sentence = view.sentences[q.sentence];
    const label = sentence ? /^[\p{L} -]{2,24}:/u.exec(view.index.text.slice(sentence.start, sentence.end))?.[0] : undefined;
    // So is a total under a label ("failover math: 50ms detect + 30ms trip + 500ms retry = 580ms").
    return Boolean(label && (expected.dimension.startsWith('money') || total) && [...view.sentenceStems(q.sentence)].some((s) => atom.context.has(s) && label.includes(s)));
  }
  // "…inside SOC-2's 6-month rotation": a value-less constraint (`key rotation q6mo`) named nearer claims it too.
  const named = others.some((o) => o !== atom && !o.quantity && o.terms.length > 0 && termDistance(view, o, q) < mine);
  return !named && rivals.every((r) => r === atom || distance(view, r, q, 12) > mine);
}

function termDistance(view: AnswerView, atom: ConstraintAtom, q: PlacedQuantity): number {
  const position = view.index.contentPositionAt(q.start);
  let best = Infinity;
  for (const m of view.mentions(atom.terms)) if (m.sentence === q.sentence) best = Math.min(best, Math.abs(m.position - position));
  return best;
}

/** What a number is the result of: the terms before the `=` (or the words given) that lead to it, or null. */
function shownTerms(view: AnswerView, q: PlacedQuantity, lead: RegExp): string | null {
  const before = view.index.text.slice(Math.max(0, q.start - 80), q.start);
  const equals = lead.exec(before);
  return equals ? (before.slice(0, equals.index).split(/[=≈;:]/).pop() ?? '') : null;
}
const SUM_LEAD = /(?:[=≈]|->|→|=>|\bso\b|\bthat'?s\b|\bin total\b|\btotal of\b|\baltogether\b)\s*(?:~|about\s+|roughly\s+)?$/;
/** A list of amounts led to a result by an arrow: "compute $1.5K, monitoring $200 -> $4.1K/mo total". */
const ARROW_LEAD = /(?:->|→|=>)\s*(?:~|about\s+|roughly\s+)?$/;
const EQUALS_LEAD = /[=≈]\s*~?\s*$/;
const PLUS = /\+|\bplus\b/;
const TIMES = /\s[x*]\s|×/;

/**
 * A number that ends a shown sum of parts ("a + b = $3.2K/mo", "our 3 devs plus 2 borrowed, so 5 people"), not a
 * product ("$180K/mo × 7 = $1.26M").
 */
function isTotal(view: AnswerView, q: PlacedQuantity): boolean {
  const terms = shownTerms(view, q, SUM_LEAD);
  if (terms === null || TIMES.test(terms)) return false;
  if (/\d[^.!?]*(?:\+|\bplus\b)/.test(terms)) return true;
  const listed = shownTerms(view, q, ARROW_LEAD);
  return listed !== null && (listed.match(/\d[\d.,]*/g) ?? []).length >= 2;
}

/** A part of a shown sum ("compute $3.5K + providers $800 + … = $4.5K/mo"): its total is what meets the constraint. */
function isSummand(view: AnswerView, q: PlacedQuantity): boolean {
  // A head count inside a part's label ("+ on-call for 5 SREs $55K") is no summand.
  if (q.dimension.startsWith('count:')) return false;
  const text = view.index.text;
  return /^\s*\+/.test(text.slice(q.end, q.end + 4)) || /\+\s*[\p{L}][\p{L} -]{0,20}$|\+\s*$/u.test(text.slice(Math.max(0, q.start - 24), q.start));
}

/** A number after `=` that ends a product ("$180K × 7 = $1.26M"): a total over time or units, not a rate to hold to a limit. */
function isProduct(view: AnswerView, q: PlacedQuantity): boolean {
  const terms = shownTerms(view, q, EQUALS_LEAD);
  return terms !== null && TIMES.test(terms) && !PLUS.test(terms);
}

/** "$10.5K" said of a monthly budget is $10.5K a month: a bare amount compares with a monthly one. */
const sameKind = (said: PlacedQuantity, expected: { dimension: string }) =>
  said.dimension === expected.dimension || (said.dimension === 'money' && expected.dimension === 'money-rate');
const asRate = (said: PlacedQuantity, expected: { dimension: string }) =>
  said.dimension === 'money' && expected.dimension === 'money-rate' ? said.value / MONTH_SECONDS : said.value;
const MONTH_SECONDS = 2_629_800;

function breaks(atom: ConstraintAtom, said: number): boolean {
  // `10TB NVMe × 8 nodes` is 80TB in all: the product is the ceiling.
  const expected = atom.product ?? atom.quantity!.value;
  if (atom.numbers.includes(said)) return false;
  switch (atom.bound) {
    case 'max':
      return said > expected * 1.05;
    case 'min':
      return atom.quantity!.dimension === 'percent' && expected > 90 ? said < expected - 1e-9 : said < expected * 0.95;
    default:
      return false;
  }
}

export function explainWrong(atom: ConstraintAtom, said: PlacedQuantity, lang: Lang = 'en'): string {
  const why = messages(lang).why;
  const expected = atom.quantity!;
  if (expected.dimension === 'percent' && expected.value > 90 && said.value > 80 && said.value < 100) {
    return why.downtime(formatDowntime(downtimeHoursPerYear(said.value)), formatDowntime(downtimeHoursPerYear(expected.value)));
  }
  const ratio = asRate(said, expected) / expected.value;
  const times = formatNumber(ratio >= 1 ? ratio : 1 / ratio);
  const category = lang === 'zh' ? atom.category : atom.category.toLowerCase();
  if (atom.bound === 'exact') return why.states(times, ratio >= 1);
  return ratio >= 1 ? why.more(times, category) : why.less(times, category);
}

/** Whether the sentence carries something besides the value: a number of the answer's own, or a decision. */
export type Linked = (sentence: number) => boolean;

export function readConstraints(
  view: AnswerView,
  atoms: readonly ConstraintAtom[],
  linked: Linked,
  options: { entryNumbers?: readonly Pick<PlacedQuantity, "value" | "dimension">[]; elsewhere?: readonly number[]; lang?: Lang } = {},
): { results: AtomResult[]; wrong: WrongNumber[] } {
  const results: AtomResult[] = [];
  const wrong: WrongNumber[] = [];
  // A number that states one constraint correctly cannot contradict another (`30% headroom` is not a wrong uptime);
  // nor can one the question itself stands on (`+$180K revenue` in the key insight), or one said about another option.
  const accounted = new Set(
    view.quantities.filter(
      (q) =>
        atoms.some((a) => a.quantity && sameQuantity(q, a.quantity)) ||
        (options.entryNumbers ?? []).some((n) => sameQuantity(q, n)) ||
        COUNTERFACTUAL.test(clauseOf(view, q)) ||
        (q.dimension.startsWith('money') && LOSS.test(nearby(view, q))) ||
        isProduct(view, q) ||
        isSummand(view, q) ||
        (options.elsewhere ?? []).some((p) => view.sentenceOf(p) === q.sentence && clauseOf(view, q, [';']).includes(view.index.tokens[view.index.content[p]!.index]!.text)),
    ),
  );
  const blamed = new Set<PlacedQuantity>();
  for (const atom of atoms) {
    const q = atom.quantity;
    const rivals = q ? atoms.filter((a) => a.quantity?.dimension === q.dimension) : [];
    /** Whether the answer says this number of the constraint, as its own claim. */
    const said = (c: PlacedQuantity): boolean => {
      const total = isTotal(view, c);
      return (
        about(view, atom, c, rivals, atoms, total) &&
        // "premium p95 ~180ms, free ~350ms": a sentence that also meets this constraint compares cases;
        // "$1.8K + $1.2K + $200 = $3.2K/mo" adds parts up, and a total breaks it however small its parts.
        // The constraint's own value in the sentence is about it, whatever words surround it ("$180K/mo × 7 = $1.26M").
        (total || !view.quantities.some((o) => o !== c && o.sentence === c.sentence && o.dimension === q!.dimension && !breaks(atom, o.value) && (sameQuantity(o, q!) || about(view, atom, o, rivals))))
      );
    };
    const contradicting = q
      ? view.quantities.find(
          (c) =>
            !accounted.has(c) &&
            !blamed.has(c) &&
            sameKind(c, q) &&
            Math.max(asRate(c, q) / q.value, q.value / asRate(c, q)) <= 20 &&
            breaks(atom, asRate(c, q)) &&
            said(c),
        )
      : undefined;
    if (contradicting) {
      blamed.add(contradicting);
      results.push({ atom, status: 'wrong', sentence: contradicting.sentence, said: contradicting });
      wrong.push({ said: contradicting.raw, expected: `${atom.value} (${atom.category})`, why: explainWrong(atom, contradicting, options.lang) });
      continue;
    }
    let sentence = literalSentence(view, atom);
    if (sentence === null && q) sentence = view.quantities.find((c) => sameQuantity(c, q))?.sentence ?? null;
    if (sentence === null && !q && atom.terms.length > 0) {
      const found = atom.terms.map((t) => view.mentions([t]).find((m) => !m.negated)).filter((m) => m !== undefined);
      if (found.length >= Math.max(1, Math.ceil(atom.terms.length / 2))) sentence = found[0]!.sentence;
    }
    if (sentence !== null) {
      results.push({ atom, status: linked(sentence) ? 'addressed' : 'mentioned', sentence });
      continue;
    }
    // A part of a compound value ("24 cores" of `48-core total (EU: 24, US: 24)`) is the value mentioned.
    const part = q && atom.numbers.length > 1 ? view.quantities.find((c) => c.dimension === q.dimension && atom.numbers.includes(c.value)) : undefined;
    if (part) {
      results.push({ atom, status: 'mentioned', sentence: part.sentence });
      continue;
    }
    // The constraint named without its value ("the uptime target", "our small SRE team") in a sentence that
    // decides something: less than the value, more than nothing.
    const named = q && atom.ownWords.length > 0 ? view.mentions(atom.ownWords).find((m) => !m.negated && linked(m.sentence)) : undefined;
    results.push(named ? { atom, status: 'named', sentence: named.sentence } : { atom, status: 'missed', sentence: null });
  }
  return { results, wrong };
}
