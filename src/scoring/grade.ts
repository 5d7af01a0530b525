/**
 * Grades a free-text answer against a compiled Rubric, the way a strict senior interviewer would:
 * coverage of the key insight's concepts (direction and negation respected), the constraints with their
 * values (a wrong value costs), numbers that are derived and add up, trade-offs with a named alternative
 * and a cost, stakeholders with what they gain or give up. Coverage saturates; gaming is capped.
 */
import { recheckFormulas } from '../bank/arithmetic.ts';
import { formatNumber } from '../bank/validate.ts';
import {
  CONNECTIVES,
  DONT_KNOW,
  DOWN_WORDS,
  HAN_CONNECTIVES,
  HAN_DOWN,
  HAN_UP,
  STOPWORDS,
  TRADEOFF_MARKERS,
  UP_WORDS,
} from './lexicon.ts';
import { AnswerIndex, compileTerm, type Term } from './match.ts';
import { stem } from './normalize.ts';
import { downtimeHoursPerYear, extractQuantities, formatDowntime, sameQuantity, type Quantity } from '../bank/quantity.ts';
import type { DimensionName, DimensionScore, Flag, WrongNumber } from './report.ts';
import type { ConstraintAtom, Rubric } from './rubric.ts';

/** Points per dimension (total 100). The key insight and the constraints are what this interview is about. */
export const WEIGHTS: Record<DimensionName, number> = { keyInsight: 30, constraints: 25, metrics: 20, tradeOffs: 15, stakeholders: 10 };

export type Grade = {
  total: number;
  dimensions: Record<DimensionName, DimensionScore>;
  wrongNumbers: WrongNumber[];
  flags: Flag[];
  missedConcepts: { label: string; glossaryId?: string | undefined; reversed: boolean }[];
  missedAtoms: ConstraintAtom[];
  wordCount: number;
};

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const markerTerms = TRADEOFF_MARKERS.map(compileTerm).filter((t): t is Term => t !== null);

const DOWN_STEMS = new Set([...DOWN_WORDS].map(stem));
const UP_STEMS = new Set([...UP_WORDS].map(stem));

/** Which way the answer says a concept moves, from the words around it; null when it does not say. */
function directionNear(index: AnswerIndex, position: number): 'up' | 'down' | null {
  let down = 0;
  let up = 0;
  for (const w of index.near(position, 4)) {
    if (DOWN_STEMS.has(w)) down++;
    if (UP_STEMS.has(w)) up++;
  }
  const token = index.tokens[index.content[position]?.index ?? 0];
  if (token) {
    const around = index.text.slice(Math.max(0, token.start - 12), token.start + 12);
    if (HAN_DOWN.some((h) => around.includes(h))) down++;
    if (HAN_UP.some((h) => around.includes(h))) up++;
  }
  if (down === up) return null;
  return down > up ? 'down' : 'up';
}

function scoreKeyInsight(rubric: Rubric, index: AnswerIndex, quantities: Quantity[]): { frac: number; score: DimensionScore; missed: Grade['missedConcepts'] } {
  let got = 0;
  let total = 0;
  const covered: string[] = [];
  const missed: string[] = [];
  const missedConcepts: Grade['missedConcepts'] = [];
  for (const c of rubric.concepts) {
    total += c.weight;
    if (c.quantity) {
      if (quantities.some((q) => sameQuantity(q, c.quantity!))) {
        got += c.weight;
        covered.push(c.label);
      } else missed.push(c.label);
      continue;
    }
    const hit = index.has(c.terms);
    if (!hit.found) {
      missed.push(hit.negated ? `${c.label} (you ruled it out)` : c.label);
      missedConcepts.push({ label: c.label, glossaryId: c.glossaryId, reversed: false });
      continue;
    }
    if (c.direction) {
      const said = directionNear(index, hit.position);
      if (said && said !== c.direction) {
        missed.push(`${c.label} (you said the opposite: ${said === 'up' ? 'it goes up' : 'it goes down'})`);
        missedConcepts.push({ label: c.label, glossaryId: c.glossaryId, reversed: true });
        // Claiming the opposite effect is worse than not mentioning it.
        got -= c.weight;
        continue;
      }
      got += said ? c.weight : c.weight * 0.6;
    } else got += c.weight;
    covered.push(c.label);
  }
  const conceptFrac = total > 0 ? got / total : 0;
  const supportHits = rubric.support.filter((t) => index.has([t]).found).length;
  const supportFrac = rubric.support.length > 0 ? supportHits / rubric.support.length : conceptFrac;
  // Coverage saturates: two thirds of the concepts in the candidate's own words is a full key insight.
  const frac = clamp01((0.75 * conceptFrac + 0.25 * supportFrac) / 0.62);
  return { frac, score: { score: round1(WEIGHTS.keyInsight * frac), max: WEIGHTS.keyInsight, covered, missed }, missed: missedConcepts };
}

function hasContext(index: AnswerIndex, q: Quantity, atom: ConstraintAtom): boolean {
  if (atom.quantity?.dimension.startsWith('count:')) return true;
  const position = index.contentPositionAt(q.start);
  const near = new Set(index.near(position, 5));
  return atom.context.some((t) => 'stems' in t && t.stems.length === 1 && near.has(t.stems[0]!));
}

function explainWrong(atom: ConstraintAtom, q: Quantity): string {
  const expected = atom.quantity!;
  if (expected.dimension === 'percent' && expected.value > 90 && q.value > 80 && q.value < 100) {
    return `${formatDowntime(downtimeHoursPerYear(q.value))} vs ${formatDowntime(downtimeHoursPerYear(expected.value))} of downtime`;
  }
  const ratio = q.value / expected.value;
  return `${ratio >= 1 ? `${formatNumber(ratio)}× more` : `${formatNumber(1 / ratio)}× less`} than the constraint allows for`;
}

function scoreConstraints(rubric: Rubric, index: AnswerIndex, quantities: Quantity[]): { frac: number; score: DimensionScore; wrong: WrongNumber[]; missedAtoms: ConstraintAtom[] } {
  const covered: string[] = [];
  const missed: string[] = [];
  const wrong: WrongNumber[] = [];
  const missedAtoms: ConstraintAtom[] = [];
  let got = 0;
  // A number that states one constraint correctly cannot contradict another (`30% headroom` is not a wrong uptime).
  const accounted = new Set(quantities.filter((c) => rubric.atoms.some((a) => a.quantity && sameQuantity(c, a.quantity))));
  for (const atom of rubric.atoms) {
    if (atom.quantity) {
      const q = atom.quantity;
      if (quantities.some((c) => sameQuantity(c, q))) {
        got += 1;
        covered.push(atom.label);
        continue;
      }
      // A different value of the same kind, said about this constraint, within 20× of it: a wrong number.
      const contradicting = quantities.find(
        (c) =>
          !accounted.has(c) &&
          c.dimension === q.dimension &&
          !atom.numbers.includes(c.value) &&
          Math.max(c.value / q.value, q.value / c.value) <= 20 &&
          hasContext(index, c, atom),
      );
      if (contradicting) {
        got -= 1;
        wrong.push({ said: contradicting.raw, expected: `${atom.value} (${atom.category})`, why: explainWrong(atom, contradicting) });
        missed.push(`${atom.label} (you said ${contradicting.raw})`);
      } else missed.push(atom.label);
      missedAtoms.push(atom);
    } else {
      const found = atom.terms.filter((t) => index.has([t]).found).length;
      const needed = Math.max(1, Math.ceil(atom.terms.length / 2));
      if (atom.terms.length > 0 && found >= needed) {
        got += 1;
        covered.push(atom.label);
      } else {
        if (found > 0) got += 0.4;
        missed.push(atom.label);
        missedAtoms.push(atom);
      }
    }
  }
  const n = rubric.atoms.length;
  // Seven in ten constraint values addressed is full marks: nobody restates every one.
  const frac = n > 0 ? clamp01(got / n / 0.7) : 0;
  return { frac, score: { score: round1(WEIGHTS.constraints * frac), max: WEIGHTS.constraints, covered, missed }, wrong, missedAtoms };
}

function scoreMetrics(rubric: Rubric, quantities: Quantity[], text: string, wrongCount: number): { score: DimensionScore; wrong: WrongNumber[] } {
  const meaningful = quantities.filter((q) => q.dimension !== 'number');
  const constraintValues = rubric.atoms.flatMap((a) => (a.quantity ? [a.quantity] : []));
  const derived = meaningful.filter((q) => !constraintValues.some((c) => sameQuantity(q, c)));
  const distinctDerived = new Set(derived.map((q) => `${q.dimension}:${q.value.toPrecision(3)}`)).size;
  const byDimension = new Map<string, typeof rubric.numbers>();
  for (const n of rubric.numbers) byDimension.set(n.dimension, [...(byDimension.get(n.dimension) ?? []), n]);
  const matched = new Set<string>();
  for (const q of meaningful) {
    for (const n of byDimension.get(q.dimension) ?? []) {
      if (sameQuantity(q, n)) {
        matched.add(q.raw);
        break;
      }
    }
  }
  const matchesEntry = matched.size;
  const arithmetic = recheckFormulas(text);
  const wrong = arithmetic.wrong.map((w) => ({
    said: w.expression,
    expected: formatNumber(w.recomputed),
    why: `the arithmetic comes to ${formatNumber(w.recomputed)}, not ${formatNumber(w.stated)}`,
  }));
  const points =
    Math.min(distinctDerived, 5) * 0.6 +
    Math.min(matchesEntry, 4) * 0.5 +
    Math.min(arithmetic.checked - arithmetic.wrong.length, 2) * 0.8 -
    (arithmetic.wrong.length + wrongCount) * 1.2;
  const frac = clamp01(points / 4.2);
  const covered = [
    ...(distinctDerived > 0 ? [`${distinctDerived} number${distinctDerived === 1 ? '' : 's'} of your own`] : []),
    ...(arithmetic.checked > arithmetic.wrong.length ? [`${arithmetic.checked - arithmetic.wrong.length} calculation(s) that add up`] : []),
  ];
  const missed = [
    ...(distinctDerived < 3 ? ['derive numbers from the constraints (latency budget, capacity, cost per month)'] : []),
    ...(arithmetic.checked === 0 ? ['show one calculation (a + b = total, or x × y = capacity)'] : []),
  ];
  return { score: { score: round1(WEIGHTS.metrics * frac), max: WEIGHTS.metrics, covered, missed }, wrong };
}

function scoreTradeOffs(rubric: Rubric, index: AnswerIndex, quantities: Quantity[]): DimensionScore {
  const markerHits = markerTerms.flatMap((t) => index.find(t).map((h) => h.position));
  const alternative = rubric.alternatives.find((a) => {
    const hit = index.has(a.terms);
    return hit.found || hit.negated;
  });
  const costNamed = rubric.costs.some((t) => index.has([t]).found);
  const quantityPositions = new Set(quantities.filter((q) => q.dimension !== 'number').map((q) => index.contentPositionAt(q.start)));
  const quantifiedCost = markerHits.some((p) => {
    for (let d = -8; d <= 8; d++) if (quantityPositions.has(p + d)) return true;
    return false;
  });
  const points = (markerHits.length > 0 ? 1 : 0) + (markerHits.length > 2 ? 0.5 : 0) + (alternative ? 1.5 : 0) + (costNamed ? 0.7 : 0) + (quantifiedCost ? 1 : 0);
  const frac = clamp01(points / 3.5);
  const covered = [
    ...(alternative ? [`weighed against ${alternative.label}`] : []),
    ...(quantifiedCost ? ['a quantified cost'] : []),
  ];
  const missed = [
    ...(alternative || rubric.alternatives.length === 0 ? [] : [`compare with ${rubric.alternatives.map((a) => a.label).join(' or ')}`]),
    ...(quantifiedCost ? [] : ['say what the choice costs, with a number (+ms, $/mo, memory)']),
  ];
  return { score: round1(WEIGHTS.tradeOffs * frac), max: WEIGHTS.tradeOffs, covered, missed };
}

function scoreStakeholders(rubric: Rubric, index: AnswerIndex): DimensionScore {
  const covered: string[] = [];
  const missed: string[] = [];
  for (const r of rubric.roles) (index.has(r.terms).found ? covered : missed).push(r.role);
  const needed = Math.min(3, rubric.roles.length);
  const frac = needed > 0 ? clamp01(covered.length / needed) : 0;
  return { score: round1(WEIGHTS.stakeholders * frac), max: WEIGHTS.stakeholders, covered, missed };
}

/**
 * Whether the answer builds on the approach the entry rejects (its trade-off table's other rows) without the
 * one it recommends: the fluent wrong design. A negated mention ("instead of a monolith") is a comparison.
 */
function approachChosen(rubric: Rubric, index: AnswerIndex): { chosenAlternative: boolean; ownApproach: boolean } {
  const comparative = (position: number) => index.near(position, 3).some((w) => COMPARATIVES.has(w));
  const chosenAlternative = rubric.alternatives.some((a) => {
    const hits = a.terms.flatMap((t) => index.find(t));
    return hits.length >= 2 && hits.every((h) => !h.negated && !comparative(h.position));
  });
  const own = rubric.concepts.filter((c) => c.approach);
  const ownWeight = own.filter((c) => index.has(c.terms).found).reduce((n, c) => n + c.weight, 0);
  const ownApproach = ownWeight > 0.5 * own.reduce((n, c) => n + c.weight, 0);
  return { chosenAlternative, ownApproach };
}

const COMPARATIVES = new Set(['vs', 'vs.', 'versus', 'than', 'over', 'instead', 'compar', 'alternative', 'whereas', 'unlike', 'rather', 'against', 'would', 'could', 'trade-off', 'tradeoff', 'cost']);

type Shape = { words: number; functionShare: number; connectives: number; listy: boolean; chinese: boolean };

function shapeOf(index: AnswerIndex): Shape {
  const latin = index.tokens.filter((t) => !t.isHan && !t.isNumber);
  const words = index.tokens.length;
  const functionWords = latin.filter((t) => STOPWORDS.has(t.text)).length;
  const hanChars = index.tokens.filter((t) => t.isHan).reduce((n, t) => n + t.text.length, 0);
  const latinChars = latin.reduce((n, t) => n + t.text.length, 0);
  const chinese = hanChars > 0.3 * (hanChars + latinChars);
  const connectives =
    index.tokens.filter((t) => CONNECTIVES.has(t.text)).length + HAN_CONNECTIVES.filter((c) => index.text.includes(c)).length;
  // Comma-separated runs of one-to-three-word items, and sentences of a few words with no verb or
  // function word ("GDPR. Data residency. $45K/mo."), are lists, not prose.
  let listWords = 0;
  for (const segment of index.text.split(/[.;\n!?]+(?:\s|$)/)) {
    const seg = segment.trim();
    if (!seg) continue;
    const segWords = seg.split(/\s+/);
    const parts = seg.split(/[,|/]+/).filter((p) => p.trim());
    const avg = parts.reduce((n, p) => n + p.trim().split(/\s+/).length, 0) / parts.length;
    const fragment = !chinese && segWords.length <= 4 && !segWords.some((w) => STOPWORDS.has(w.replace(/[^a-z']/g, '')));
    if ((parts.length >= 4 && avg <= 3.2) || fragment) listWords += segWords.length;
  }
  const functionShare = chinese ? 0.3 : latin.length > 0 ? functionWords / latin.length : 0;
  return { words, functionShare, connectives, listy: words > 0 && listWords / words > 0.4, chinese };
}

function answerGrams(index: AnswerIndex): string[] {
  const stems = index.content.map((c) => c.stem);
  const out: string[] = [];
  for (let i = 0; i + 4 <= stems.length; i++) out.push(`${stems[i]} ${stems[i + 1]} ${stems[i + 2]} ${stems[i + 3]}`);
  return out;
}

function copiedShare(index: AnswerIndex, answer: string[], source: Set<string>): number {
  const stems = index.content;
  if (stems.length < 4) return 0;
  let copied = 0;
  const mark = new Array<boolean>(stems.length).fill(false);
  for (let i = 0; i < answer.length; i++) {
    if (source.has(answer[i]!)) for (let k = i; k < i + 4; k++) mark[k] = true;
  }
  for (const m of mark) if (m) copied++;
  return copied / stems.length;
}

/** `others`: the vocabularies of the bank's other entries, to recognise an answer to a different question. */
export function gradeAnswer(rubric: Rubric, raw: string, others: Set<string>[] = []): Grade {
  const index = new AnswerIndex(raw);
  const shape = shapeOf(index);
  const flags: Flag[] = [];
  if (index.truncated) flags.push('truncated');
  const empty = (flag: Flag): Grade => ({
    total: 0,
    dimensions: Object.fromEntries(
      (Object.keys(WEIGHTS) as DimensionName[]).map((d) => [d, { score: 0, max: WEIGHTS[d], covered: [] as string[], missed: [] as string[] }]),
    ) as Grade['dimensions'],
    wrongNumbers: [],
    flags: [...flags, flag],
    missedConcepts: rubric.concepts.map((c) => ({ label: c.label, glossaryId: c.glossaryId, reversed: false })),
    missedAtoms: rubric.atoms,
    wordCount: shape.words,
  });
  if (shape.words === 0) return empty('empty');
  if (shape.words < 40 && DONT_KNOW.test(index.text)) return empty('dont-know');

  const quantities = extractQuantities(index.text);
  const ki = scoreKeyInsight(rubric, index, quantities);
  const cons = scoreConstraints(rubric, index, quantities);
  const metrics = scoreMetrics(rubric, quantities, index.text, cons.wrong.length);
  let tradeOffs = scoreTradeOffs(rubric, index, quantities);
  let stakeholders = scoreStakeholders(rubric, index);

  // Naming the pattern is not the insight: without any constraint value or number behind it, half credit.
  const specificity = clamp01(cons.frac / 0.5 + metrics.score.score / metrics.score.max);
  ki.score.score = round1(ki.score.score * (0.7 + 0.3 * specificity));
  // Trade-off and stakeholder words earn little without substance behind them ("trigger phrases").
  const substance = clamp01((0.5 * ki.frac + cons.frac) / 0.6);
  const damp = (d: DimensionScore): DimensionScore => ({ ...d, score: round1(d.score * (0.25 + 0.75 * substance)) });
  tradeOffs = damp(tradeOffs);
  stakeholders = damp(stakeholders);
  const metricsScore = damp(metrics.score);

  const approach = approachChosen(rubric, index);
  let total = ki.score.score + cons.score.score + metricsScore.score + tradeOffs.score + stakeholders.score;
  const caps: number[] = [];

  const ownGrams = answerGrams(index);
  const questionCopy = copiedShare(index, ownGrams, rubric.questionGrams);
  const constraintsCopy = copiedShare(index, ownGrams, rubric.constraintGrams);
  if (questionCopy > 0.3) flags.push('question-copy');
  if (constraintsCopy > 0.3) flags.push('constraints-copy');
  if (questionCopy + constraintsCopy > 0.3) caps.push(Math.min(8, Math.round(100 * (1 - (questionCopy + constraintsCopy)) * 0.3)));

  if (shape.words >= 8 && (shape.functionShare < 0.14 || shape.listy)) {
    flags.push('keyword-list');
    caps.push(6);
  } else if (shape.words >= 60 && shape.connectives === 0) {
    flags.push('no-reasoning');
    caps.push(60);
  }
  if (shape.words < 15) {
    flags.push('too-short');
    caps.push(20);
  } else if (shape.words < 35) {
    flags.push('too-short');
    caps.push(55);
  }
  // An answer closer to another question's vocabulary than to this one's answers that other question.
  // Counted per distinct stem: the bank's other entries are checked against a few hundred stems, not every token.
  const counts = new Map<string, number>();
  for (const c of index.content) counts.set(c.stem, (counts.get(c.stem) ?? 0) + 1);
  const share = (vocabulary: Set<string>) => {
    let n = 0;
    for (const [stem, count] of counts) if (vocabulary.has(stem)) n += count;
    return n / Math.max(1, index.content.length);
  };
  const onTopic = share(rubric.vocabulary);
  const closestOther = Math.max(0, ...others.map(share));
  // Generic waffle matches no question's vocabulary; an answer to another question matches that one's.
  const specifics = index.tokens.filter((t) => t.isNumber || t.isAcronym).length;
  const elsewhere = closestOther > onTopic * 1.15 && closestOther - onTopic > 0.05;
  if (shape.words >= 40 && ki.frac < 0.45 && cons.frac < 0.4 && (elsewhere || (onTopic < 0.12 && specifics >= 8))) {
    flags.push('off-topic');
    caps.push(10);
  }
  if (shape.words > 180 && ki.frac + cons.frac < 0.6 && !flags.includes('off-topic')) {
    flags.push('padding');
    caps.push(30);
  }
  const templatePhrases = (index.text.match(/\b(?:trade-?offs?|stakeholder impact|stakeholders?|risks?|assumptions?|mitigation|at the cost of|we balance|align early)\b/g) ?? []).length;
  if (templatePhrases >= 3 && cons.frac < 0.25 && metrics.score.score < metrics.score.max * 0.3) {
    flags.push('boilerplate');
    caps.push(22);
  }
  if (approach.chosenAlternative && !approach.ownApproach && ki.frac < 0.35) {
    flags.push('rejected-approach');
    caps.push(32);
  }
  // A strict interviewer stops trusting the rest after a wrong budget or SLA.
  total -= 4 * Math.min(2, cons.wrong.length + metrics.wrong.length);
  // Under a cap, better content still ranks higher: the cap scales with what the answer earned.
  if (caps.length > 0) total = Math.min(total, Math.min(...caps) * (0.5 + total / 200));

  return {
    total: Math.max(0, Math.min(100, Math.round(total))),
    dimensions: { keyInsight: ki.score, constraints: cons.score, metrics: metricsScore, tradeOffs, stakeholders },
    wrongNumbers: [...cons.wrong, ...metrics.wrong],
    flags,
    missedConcepts: ki.missed,
    missedAtoms: cons.missedAtoms,
    wordCount: shape.words,
  };
}

