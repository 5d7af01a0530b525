/**
 * The constraints an answer addresses, and the numbers it gets wrong about them. A value written as the
 * question writes it always counts (`K8s HPA`, `IPFS`, `99.95% uptime`, in any case); so does the same
 * quantity in another notation. A number said about a constraint that breaks it — a team it does not
 * have, a budget it exceeds, an SLA it would miss — is a wrong number.
 */
import { downtimeHoursPerYear, formatDowntime, sameQuantity } from '../bank/quantity.ts';
import { formatNumber } from '../bank/validate.ts';
import type { AnswerView, PlacedQuantity } from './answer.ts';
import type { ConstraintAtom } from './rubric.ts';
import type { WrongNumber } from './report.ts';

export type AtomStatus = 'addressed' | 'mentioned' | 'wrong' | 'missed';
export type AtomResult = { atom: ConstraintAtom; status: AtomStatus; sentence: number | null; said?: PlacedQuantity };

/** Sentences that talk about an option the answer weighs, or a what-if, do not state the design's own numbers. */
const COUNTERFACTUAL = /\b(?:if|would|could|instead|vs\.?|versus|than|without|alternative|otherwise|naive|unlike|compared)\b/;

function literalSentence(view: AnswerView, atom: ConstraintAtom): number | null {
  const m = atom.literal.exec(view.index.text);
  if (!m) return null;
  const position = view.index.contentPositionAt(m.index);
  return view.usable(position) ? view.sentenceOf(position) : null;
}

/** The stems within five content words of a quantity. */
function contextNear(view: AnswerView, q: PlacedQuantity): Set<string> {
  const position = view.index.contentPositionAt(q.start);
  return new Set(view.index.near(position, 5));
}

function breaks(atom: ConstraintAtom, said: number): boolean {
  const expected = atom.quantity!.value;
  if (atom.numbers.includes(said)) return false;
  switch (atom.bound) {
    case 'max':
      return said > expected * 1.05;
    case 'min':
      return atom.quantity!.dimension === 'percent' && expected > 90 ? said < expected - 1e-9 : said < expected * 0.95;
    default:
      return Math.abs(said - expected) > 0.05 * Math.max(said, expected);
  }
}

export function explainWrong(atom: ConstraintAtom, said: PlacedQuantity): string {
  const expected = atom.quantity!;
  if (expected.dimension === 'percent' && expected.value > 90 && said.value > 80 && said.value < 100) {
    return `${formatDowntime(downtimeHoursPerYear(said.value))} vs ${formatDowntime(downtimeHoursPerYear(expected.value))} of downtime`;
  }
  const ratio = said.value / expected.value;
  const times = ratio >= 1 ? `${formatNumber(ratio)}× more than` : `${formatNumber(1 / ratio)}× less than`;
  if (atom.bound === 'max') return `${times} the ${atom.category.toLowerCase()} constraint allows`;
  if (atom.bound === 'min') return `${times} the ${atom.category.toLowerCase()} constraint needs`;
  return `${times} the question states`;
}

/** Whether the sentence carries something besides the value: a number of the answer's own, or a decision. */
export type Linked = (sentence: number) => boolean;

export function readConstraints(view: AnswerView, atoms: readonly ConstraintAtom[], linked: Linked): { results: AtomResult[]; wrong: WrongNumber[] } {
  const results: AtomResult[] = [];
  const wrong: WrongNumber[] = [];
  // A number that states one constraint correctly cannot contradict another (`30% headroom` is not a wrong uptime).
  const accounted = new Set(view.quantities.filter((q) => atoms.some((a) => a.quantity && sameQuantity(q, a.quantity))));
  const blamed = new Set<PlacedQuantity>();
  for (const atom of atoms) {
    let sentence = literalSentence(view, atom);
    if (sentence === null && atom.quantity) sentence = view.quantities.find((q) => sameQuantity(q, atom.quantity!))?.sentence ?? null;
    if (sentence === null && !atom.quantity && atom.terms.length > 0) {
      const found = atom.terms.map((t) => view.mentions([t]).find((m) => !m.negated)).filter((m) => m !== undefined);
      if (found.length >= Math.max(1, Math.ceil(atom.terms.length / 2))) sentence = found[0]!.sentence;
    }
    if (sentence !== null) {
      results.push({ atom, status: linked(sentence) ? 'addressed' : 'mentioned', sentence });
      continue;
    }
    const q = atom.quantity;
    const contradicting = q
      ? view.quantities.find(
          (c) =>
            !accounted.has(c) &&
            !blamed.has(c) &&
            c.dimension === q.dimension &&
            Math.max(c.value / q.value, q.value / c.value) <= 20 &&
            breaks(atom, c.value) &&
            (q.dimension.startsWith('count:') || [...contextNear(view, c)].some((s) => atom.context.has(s))) &&
            !COUNTERFACTUAL.test(view.sentenceText(c.sentence)),
        )
      : undefined;
    if (contradicting) {
      blamed.add(contradicting);
      results.push({ atom, status: 'wrong', sentence: contradicting.sentence, said: contradicting });
      wrong.push({ said: contradicting.raw, expected: `${atom.value} (${atom.category})`, why: explainWrong(atom, contradicting) });
    } else results.push({ atom, status: 'missed', sentence: null });
  }
  return { results, wrong };
}
