/**
 * Grades a free-text answer against a compiled Rubric the way a strict senior interviewer would: by the
 * claims its own sentences state (the approach linked to its effects and numbers), the constraints it
 * addresses and the numbers it gets wrong, the arithmetic it shows, the alternative it weighs and what the
 * choice costs, and who is affected. Copied words and word salad earn nothing; a wrong design, gaming and
 * wrong numbers cap the total.
 */
import { recheckDowntime, recheckFormulas } from '../bank/arithmetic.ts';
import { messages, type Lang, type Messages } from '../i18n/index.ts';
import { sameQuantity } from '../bank/quantity.ts';
import { formatNumber } from '../bank/validate.ts';
import { AnswerView } from './answer.ts';
import type { Claim } from './claims.ts';
import { readConstraints, type AtomResult } from './constraints.ts';
import { CONNECTIVES, DONT_KNOW, DOWN_WORDS, HAN_CONNECTIVES, HAN_DOWN, HAN_UP, TRADEOFF_MARKERS, UP_WORDS } from './lexicon.ts';
import { compileTerm, type Term } from './match.ts';
import { stem } from './normalize.ts';
import { checkQuality, softSentences, type Cap } from './quality.ts';
import type { ClaimResult, DimensionName, DimensionScore, Flag, WrongNumber } from './report.ts';
import type { Rubric } from './rubric.ts';
import { readStance, type Stance } from './stance.ts';

/** Points per dimension (total 100). The key insight and the constraints are what this interview is about. */
export const WEIGHTS: Record<DimensionName, number> = { keyInsight: 30, constraints: 25, metrics: 20, tradeOffs: 15, stakeholders: 10 };

export type Grade = {
  total: number;
  dimensions: Record<DimensionName, DimensionScore>;
  wrongNumbers: WrongNumber[];
  flags: Flag[];
  cap: Cap | null;
  claims: ClaimResult[];
  stance: Stance | null;
  atoms: AtomResult[];
  wordCount: number;
};

/** Points a full paste of the model answer keeps: above noise (≤ 10), below a wrong design (about 25). */
const PASTE_CREDIT = 14;
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const markerTerms = TRADEOFF_MARKERS.map(compileTerm).filter((t): t is Term => t !== null);
const DOWN_STEMS = new Set([...DOWN_WORDS].map(stem));
const UP_STEMS = new Set([...UP_WORDS].map(stem));

/** What a claim's status is worth: a stated effect with its number is whole; named without a number, most of it. */
const CREDIT: Record<ClaimResult['status'], number> = { stated: 1, unquantified: 0.65, unlinked: 0.3, reversed: -0.5, rejected: 0, missed: 0 };

/** Which way the answer says something moves, from the words around it; null when it does not say. */
function directionNear(view: AnswerView, position: number): 'up' | 'down' | null {
  let down = 0;
  let up = 0;
  for (const w of view.index.near(position, 4)) {
    if (DOWN_STEMS.has(w)) down++;
    if (UP_STEMS.has(w)) up++;
  }
  const token = view.index.tokens[view.index.content[position]?.index ?? 0];
  if (token) {
    const around = view.index.text.slice(Math.max(0, token.start - 12), token.start + 12);
    if (HAN_DOWN.some((h) => around.includes(h))) down++;
    if (HAN_UP.some((h) => around.includes(h))) up++;
  }
  if (down === up) return null;
  return down > up ? 'down' : 'up';
}

/** Per sentence: what the answer's own words put in it. A sentence with two of these links them. */
type SentenceItems = { approach: boolean; mechanism: number; objects: number; quantities: number; atoms: number; roles: number; alternatives: number };

class Evidence {
  readonly items: SentenceItems[];
  constructor(readonly view: AnswerView, readonly rubric: Rubric, stance: Stance, readonly soft: boolean[]) {
    this.items = view.sentences.map(() => ({ approach: false, mechanism: 0, objects: 0, quantities: 0, atoms: 0, roles: 0, alternatives: 0 }));
    // Names copied from what the bot shows tell which design is argued (the stance) but link nothing.
    for (const m of stance.approach.mentions) if (m.polarity !== 'rejected' && m.own) this.items[m.sentence]!.approach = true;
    for (const a of stance.alternatives) for (const m of a.mentions) if (m.own) this.items[m.sentence]!.alternatives++;
    for (const m of view.mentions(rubric.mechanism)) this.items[m.sentence]!.mechanism++;
    for (const c of rubric.claims) for (const m of view.mentions([...c.objectAliases, ...c.objectWords.flat()])) this.items[m.sentence]!.objects++;
    for (const q of view.quantities) if (q.dimension !== 'number') this.items[q.sentence]!.quantities++;
    for (const r of rubric.roles) for (const m of view.mentions(r.terms)) this.items[m.sentence]!.roles++;
  }

  /** How many distinct kinds of substance a sentence holds. */
  weight(sentence: number): number {
    const i = this.items[sentence];
    if (!i) return 0;
    // A key phrase wrapped in platitude links nothing: at most one item counts there.
    if (this.soft[sentence]) return Math.min(1, this.rawWeight(i));
    return this.rawWeight(i);
  }

  private rawWeight(i: SentenceItems): number {
    return (i.approach ? 1 : 0) + Math.min(i.mechanism, 2) + Math.min(i.objects, 2) + Math.min(i.quantities, 2) + Math.min(i.atoms, 1) + Math.min(i.roles, 1) + Math.min(i.alternatives, 1);
  }

  /** Whether some sentence of the answer states the approach: recommends it, or links it to something. */
  approachStated = false;

  /**
   * An effect's sentence is tied to the approach when it names the approach (or its mechanism), or when the
   * answer states the approach in a sentence of its own ("Use a breaker per provider. Errors drop from 5% to
   * 0.5%."): the effect and its number must still stand together in one sentence, and the order of the
   * sentences does not matter. A platitude sentence ties nothing.
   */
  approachNear(sentence: number): boolean {
    if (this.soft[sentence]) return false;
    const here = this.items[sentence];
    return Boolean((here && (here.approach || here.mechanism > 0)) || this.approachStated);
  }
}

function claimStatus(view: AnswerView, evidence: Evidence, claim: Claim): ClaimResult['status'] {
  const wordsNeeded = Math.max(1, Math.ceil(claim.objectWords.length / 2));
  const bySentence = new Map<number, { words: Set<number>; alias: boolean; position: number; byNumber?: boolean }>();
  claim.objectWords.forEach((group, w) => {
    for (const m of view.mentions(group)) {
      if (m.negated) continue;
      const s = bySentence.get(m.sentence) ?? { words: new Set<number>(), alias: false, position: m.position };
      s.words.add(w);
      bySentence.set(m.sentence, s);
    }
  });
  for (const m of view.mentions(claim.objectAliases)) {
    if (m.negated) continue;
    const s = bySentence.get(m.sentence) ?? { words: new Set<number>(), alias: false, position: m.position };
    s.alias = true;
    bySentence.set(m.sentence, s);
  }
  // The claim's own numbers name it too ("errors 5% → 0.5%"), except those that are constraint values ("7yr").
  const own = claim.numbers.filter((n) => n.dimension !== 'number' && !evidence.rubric.atoms.some((a) => a.quantity && sameQuantity(n, a.quantity)));
  for (const q of view.quantities) {
    if (own.some((n) => sameQuantity(q, n)) && !bySentence.has(q.sentence)) {
      bySentence.set(q.sentence, { words: new Set(), alias: true, position: view.index.contentPositionAt(q.start), byNumber: true });
    }
  }
  let best: ClaimResult['status'] = 'missed';
  const rank = (s: ClaimResult['status']) => ['missed', 'unlinked', 'unquantified', 'stated'].indexOf(s);
  for (const [sentence, hit] of bySentence) {
    if (!hit.alias && hit.words.size < wordsNeeded) continue;
    // A sentence found by the claim's number alone ("keeps the $8K waste") does not say which way the claim's object moves.
    if (claim.direction && !hit.byNumber) {
      const said = directionNear(view, hit.position);
      if (said && said !== claim.direction) return 'reversed';
    }
    const linked = evidence.approachNear(sentence) || claim.kind === 'cost';
    const dimensions = new Set(claim.numbers.map((n) => n.dimension));
    // The question's own target ("<5ms") repeated is no measure of the effect: the number must be the answer's.
    const quantified =
      claim.numbers.length === 0 ||
      view.quantities.some((q) => q.sentence === sentence && dimensions.has(q.dimension) && !evidence.rubric.atoms.some((a) => a.quantity && sameQuantity(q, a.quantity)));
    const status = !linked ? 'unlinked' : quantified ? 'stated' : 'unquantified';
    if (rank(status) > rank(best)) best = status;
  }
  return best;
}

/** For a follow-up: the words the adaptation brings, and the words of what it gives up (see follow-up.ts). */
export type FollowUpTerms = { change: Term[]; givenUp: Term[] };

const distinctStems = (view: AnswerView, terms: readonly Term[], soft: boolean[]) =>
  new Set(view.mentions(terms).filter((m) => !m.negated && !soft[m.sentence]).map((m) => view.index.content[m.position]!.stem)).size;

const UNNAMED_APPROACH_CEILING = 0.5;

function scoreKeyInsight(view: AnswerView, evidence: Evidence, rubric: Rubric, stance: Stance, followUp?: FollowUpTerms): { frac: number; score: DimensionScore; claims: ClaimResult[] } {
  const claims: ClaimResult[] = [];
  // The approach: recommended or linked to what it does in one sentence; only named earns half.
  const own = stance.approach.mentions.filter((m) => m.polarity !== 'rejected' && m.polarity !== 'compared' && m.own);
  const linked = own.some((m) => !evidence.soft[m.sentence] && (m.polarity === 'recommended' || evidence.weight(m.sentence) >= 2));
  evidence.approachStated = linked && !stance.wrongDesign;
  const described = own.length === 0 && view.mentions(rubric.mechanism).length >= 3;
  const approachStatus: ClaimResult['status'] = stance.wrongDesign ? 'rejected' : linked ? 'stated' : own.length > 0 || described ? 'unquantified' : 'missed';
  claims.push({ kind: 'approach', label: rubric.subject, status: approachStatus });
  // A follow-up's "approach" is a change, not a name: four of the words the adaptation brings state it.
  const approachCredit = followUp
    ? Math.min(1, distinctStems(view, followUp.change, evidence.soft) / 4)
    : approachStatus === 'stated' ? 1 : approachStatus === 'unquantified' ? 0.5 : 0;
  if (followUp) {
    claims[0] = { ...claims[0]!, status: approachCredit >= 0.75 ? 'stated' : approachCredit > 0 ? 'unquantified' : 'missed' };
    evidence.approachStated = approachCredit >= 0.5;
  }
  const effects = rubric.claims.filter((c) => c.kind === 'effect');
  let effectCredit = 0;
  for (const c of effects) {
    const status = stance.wrongDesign ? 'rejected' : claimStatus(view, evidence, c);
    claims.push({ kind: 'effect', label: c.label, status });
    effectCredit += CREDIT[status];
  }
  const effectFrac = effects.length > 0 ? effectCredit / effects.length : approachCredit;
  // How it works: the model answer's distinctive words, six of them explained is enough (graded sets: model
  // answers use 4–16, partial ones 0–7 with most under 4). Chinese answers rarely use them, so there the
  // approach and its effects carry the whole insight.
  const mechanism = stance.wrongDesign ? 0 : Math.min(1, new Set(view.mentions(rubric.mechanism).filter((m) => !evidence.soft[m.sentence]).map((m) => view.index.content[m.position]!.stem)).size / 6);
  const chinese = view.sentences.filter((s) => s.han).length * 2 > view.sentences.length;
  const parts = chinese ? 0.45 * approachCredit + 0.55 * effectFrac : 0.35 * approachCredit + 0.45 * effectFrac + 0.2 * mechanism;
  // Four fifths of the insight — the approach, most effects with their numbers, how it works — is full marks.
  // An answer that never names the approach may be describing another design in the same terms: its
  // effects and mechanism alone are worth at most half the insight.
  // (A heading counts as naming it: "* Ports & adapters." earns nothing itself but says which design this is.)
  const named = own.length > 0 || view.index.has(rubric.approach.terms).found;
  const frac = Math.min(clamp01(parts / 0.8), !followUp && !named ? UNNAMED_APPROACH_CEILING : 1);
  const covered = claims.filter((c) => c.status === 'stated').map((c) => c.label);
  const missed = claims.filter((c) => c.status !== 'stated').map((c) => c.label);
  return { frac, score: { score: round1(WEIGHTS.keyInsight * frac), max: WEIGHTS.keyInsight, covered, missed }, claims };
}

/**
 * Constraints are judged by category: an expert addresses each category's binding value, not every value
 * the question lists. A category's credit is its best value (addressed 1, mentioned 0.6) weighed 0.6 plus
 * the mean over its values weighed 0.4 (named without the value: 0.3); three quarters of the categories is full marks.
 */
function scoreConstraints(results: AtomResult[]): { frac: number; score: DimensionScore } {
  const value = { addressed: 1, mentioned: 0.6, named: 0.3, wrong: -0.5, missed: 0 } as const;
  const byCategory = new Map<string, number[]>();
  for (const r of results) byCategory.set(r.atom.category, [...(byCategory.get(r.atom.category) ?? []), value[r.status]]);
  let got = 0;
  for (const values of byCategory.values()) got += 0.6 * Math.max(...values) + (0.4 * values.reduce((n, v) => n + v, 0)) / values.length;
  const frac = byCategory.size > 0 ? clamp01(got / byCategory.size / 0.75) : 0;
  const labels = (pick: (r: AtomResult) => boolean) => [...new Set(results.filter(pick).map((r) => (r.said ? `${r.atom.label} (you said ${r.said.raw})` : r.atom.label)))];
  return {
    frac,
    score: {
      score: round1(WEIGHTS.constraints * frac),
      max: WEIGHTS.constraints,
      covered: labels((r) => r.status === 'addressed' || r.status === 'mentioned'),
      missed: labels((r) => r.status === 'missed' || r.status === 'wrong' || r.status === 'named'),
    },
  };
}

function scoreTwistedConstraints(results: AtomResult[], twisted: string, items: Messages['items']): { frac: number; score: DimensionScore } {
  const value = { addressed: 1, mentioned: 0.8, named: 0.4, wrong: -0.5, missed: 0 } as const;
  const changed = results.filter((r) => r.atom.value === twisted);
  const kept = results.filter((r) => r.atom.value !== twisted);
  const newValue = changed.length > 0 ? Math.max(...changed.map((r) => value[r.status])) : 0;
  const keptOne = Math.min(1, kept.filter((r) => r.status === 'addressed' || r.status === 'mentioned').length);
  const frac = clamp01(0.6 * newValue + 0.4 * keptOne);
  return {
    frac,
    score: {
      score: round1(WEIGHTS.constraints * frac),
      max: WEIGHTS.constraints,
      covered: [...changed, ...kept].filter((r) => r.status === 'addressed' || r.status === 'mentioned').map((r) => r.atom.label),
      missed: [...(newValue < 0.8 ? changed.map((r) => items.newValue(r.atom.label)) : []), ...(keptOne === 0 ? [items.keepOne] : [])],
    },
  };
}

function scoreMetrics(view: AnswerView, rubric: Rubric, m: Messages): { score: DimensionScore; wrong: WrongNumber[]; ownNumbers: number } {
  const items = m.items;
  const own = view.quantities.filter((q) => q.dimension !== 'number' && !view.sentences[q.sentence]?.fragment || (q.dimension !== 'number' && (view.sentences[q.sentence]?.words ?? 0) >= 4));
  // Numbers the question gives (its constraints and its own text) are restated, not derived.
  const constraintValues = [...rubric.atoms.flatMap((a) => (a.quantity ? [a.quantity] : [])), ...rubric.questionNumbers];
  const derived = own.filter((q) => !constraintValues.some((c) => sameQuantity(q, c)));
  const distinctDerived = new Set(derived.map((q) => `${q.dimension}:${q.value.toPrecision(3)}`)).size;
  const matchesEntry = new Set(own.filter((q) => rubric.numbers.some((n) => sameQuantity(q, n))).map((q) => q.raw)).size;
  const ownText = view.sentences.filter((s) => s.copied < 0.5 && !s.salad).map((s) => view.index.original.slice(s.start, s.end)).join('\n');
  const checked = recheckFormulas(ownText);
  // Off by more than 3× is a unit conversion the checker does not read ("8K × 1.2KB = 77Mbps"), not a slip; money
  // has no conversion, so a product of dollars off by 10× is a slip ("100K × $0.0002 = $200/day"). (A sum is not
  // held to that: "$500K/月 的 +22% = $110K/月" is 22% of it, which the checker reads as growth.)
  // "~140ms" for 137ms is a rounding an interviewer accepts: approximate results get 10%.
  const inDollars = (expression: string) => expression.split('=').every((side) => side.includes('$')) && /[×*]|\sx\s/.test(expression) && !expression.includes('+');
  const slip = (w: (typeof checked.wrong)[number]) =>
    w.stated !== 0 && (inDollars(w.expression) || Math.abs(Math.log(w.recomputed / w.stated)) < Math.log(3)) && !(/[~≈]|about|approx|roughly/.test(w.expression) && Math.abs(w.recomputed / w.stated - 1) <= 0.1);
  // Downtime said for an availability has no unit to convert: off is off ("99.99% ≈ 43 min/mo" is 99.9%'s).
  const downtime = recheckDowntime(ownText);
  const arithmetic = { checked: checked.checked + downtime.checked, wrong: [...checked.wrong.filter(slip), ...downtime.wrong] };
  const wrong = arithmetic.wrong.map((w) => ({
    said: w.expression,
    expected: formatNumber(w.recomputed),
    why: m.why.arithmetic(formatNumber(w.recomputed), formatNumber(w.stated)),
  }));
  const right = arithmetic.checked - arithmetic.wrong.length;
  const points = Math.min(distinctDerived, 5) * 0.6 + Math.min(matchesEntry, 4) * 0.4 + Math.min(right, 2) * 0.8 - arithmetic.wrong.length * 1.2;
  const frac = clamp01(points / 4.4);
  const covered = [
    ...(distinctDerived > 0 ? [items.ownNumbers(distinctDerived)] : []),
    ...(right > 0 ? [items.calculations(right)] : []),
  ];
  const missed = [
    ...(distinctDerived < 3 ? [items.deriveNumbers] : []),
    ...(right === 0 ? [items.showCalculation] : []),
  ];
  return { score: { score: round1(WEIGHTS.metrics * frac), max: WEIGHTS.metrics, covered, missed }, wrong, ownNumbers: distinctDerived };
}

function scoreTradeOffs(view: AnswerView, evidence: Evidence, rubric: Rubric, stance: Stance, items: Messages['items'], followUp?: FollowUpTerms): { score: DimensionScore; claims: ClaimResult[] } {
  const markers = view.mentions(markerTerms);
  const markerSentences = new Set(markers.map((m) => m.sentence));
  // A follow-up weighs its change against what of the first design it drops.
  const weighed = followUp
    ? distinctStems(view, followUp.givenUp, evidence.soft) >= 1
      ? { label: 'what the first design gives up' }
      : undefined
    : stance.alternatives.find((a) => a.mentions.some((m) => m.own && (m.polarity !== 'recommended' || markerSentences.has(m.sentence))));
  const claims: ClaimResult[] = rubric.claims.filter((c) => c.kind === 'cost').map((c) => ({ kind: 'cost' as const, label: c.label, status: claimStatus(view, evidence, c) }));
  const costStated = claims.some((c) => c.status === 'stated');
  const costNamed = costStated || claims.some((c) => c.status !== 'missed' && c.status !== 'reversed') || view.mentions(rubric.costTerms).some((m) => markerSentences.has(m.sentence));
  const quantifiedCost = costStated || view.quantities.some((q) => q.dimension !== 'number' && markerSentences.has(q.sentence));
  const points = (weighed ? 1.3 : 0) + (costNamed ? 0.8 : markers.length > 0 ? 0.3 : 0) + (quantifiedCost ? 0.9 : 0);
  const frac = clamp01(points / 2.7);
  const covered = [...(weighed ? [items.weighedAgainst(weighed.label)] : []), ...(quantifiedCost ? [items.costWithNumber] : costNamed ? [items.costNamed] : [])];
  const missed = [
    ...(weighed || rubric.alternatives.length === 0 ? [] : [items.theAlternative(rubric.alternatives.map((a) => a.label).join(' / '))]),
    ...(quantifiedCost ? [] : [items.whatItCosts]),
  ];
  return { score: { score: round1(WEIGHTS.tradeOffs * frac), max: WEIGHTS.tradeOffs, covered, missed }, claims };
}

function scoreStakeholders(view: AnswerView, evidence: Evidence, rubric: Rubric): DimensionScore {
  const covered: string[] = [];
  const missed: string[] = [];
  for (const r of rubric.roles) {
    // A role counts when its sentence says something about them: a number, a constraint, a decision.
    const said = view.mentions(r.terms).some((m) => !m.negated && (evidence.weight(m.sentence) >= 2 || (view.sentences[m.sentence]?.words ?? 0) >= 6));
    (said ? covered : missed).push(r.role);
  }
  const needed = Math.min(3, rubric.roles.length);
  const frac = needed > 0 ? clamp01(covered.length / needed) : 0;
  return { score: round1(WEIGHTS.stakeholders * frac), max: WEIGHTS.stakeholders, covered, missed };
}

const emptyDimensions = (): Record<DimensionName, DimensionScore> =>
  Object.fromEntries((Object.keys(WEIGHTS) as DimensionName[]).map((d) => [d, { score: 0, max: WEIGHTS[d], covered: [], missed: [] }])) as unknown as Record<DimensionName, DimensionScore>;

/** `domain`: stems of the whole bank, to tell domain words from filler; `others`: the other entries' vocabularies. */
/**
 * `twisted`: grading a follow-up, the value the twist set (`$1.5K/mo`). Then the constraints dimension asks
 * what a follow-up must do with them — say the new value (60%) and keep one the twist did not touch (40%) —
 * not to restate every category.
 */
export type GradeContext = {
  others?: Set<string>[];
  domain?: Set<string>;
  twisted?: string;
  followUp?: FollowUpTerms;
  lang?: Lang;
  /** The answer already read against this rubric (a follow-up reads it again for its own checks). */
  view?: AnswerView;
};

export function gradeAnswer(rubric: Rubric, raw: string, context: GradeContext = {}): Grade {
  const lang = context.lang ?? 'en';
  const items = messages(lang).items;
  const view = context.view ?? new AnswerView(raw, rubric);
  const flags: Flag[] = [];
  if (view.index.truncated) flags.push('truncated');
  const empty = (flag: Flag): Grade => ({
    total: 0,
    dimensions: emptyDimensions(),
    wrongNumbers: [],
    flags: [...flags, flag],
    cap: null,
    claims: [{ kind: 'approach', label: rubric.subject, status: 'missed' }, ...rubric.claims.filter((c) => c.kind !== 'fit').map((c) => ({ kind: c.kind === 'cost' ? ('cost' as const) : ('effect' as const), label: c.label, status: 'missed' as const }))],
    stance: null,
    atoms: rubric.atoms.map((atom) => ({ atom, status: 'missed', sentence: null })),
    wordCount: view.words,
  });
  if (view.words === 0) return empty('empty');
  if (view.words < 40 && DONT_KNOW.test(view.index.text)) return empty('dont-know');

  const read = readStance(view, rubric.approach, rubric.alternatives, rubric.mechanism);
  // A follow-up's "approach" is the adaptation's first clause, with no alternatives beside it: whether the
  // answer kept the old design or went the wrong way is follow-up.ts's reading, not a wrong design here.
  const stance = context.followUp ? { ...read, chosenAlternative: null, rejectsApproach: false, wrongDesign: false } : read;
  const soft = softSentences(view, rubric.topic, context.domain ?? rubric.vocabulary);
  const evidence = new Evidence(view, rubric, stance, soft);
  const aboutAlternatives = stance.alternatives.flatMap((a) => a.mentions.map((m) => m.position));
  const constraints = readConstraints(view, rubric.atoms, (s) => evidence.weight(s) >= 1, { entryNumbers: rubric.statedNumbers, elsewhere: aboutAlternatives, lang });
  for (const r of constraints.results) if (r.sentence !== null && r.status !== 'wrong') evidence.items[r.sentence]!.atoms++;
  const ki = scoreKeyInsight(view, evidence, rubric, stance, context.followUp);
  const cons = context.twisted === undefined ? scoreConstraints(constraints.results) : scoreTwistedConstraints(constraints.results, context.twisted, items);
  const metrics = scoreMetrics(view, rubric, messages(lang));
  const tradeOffs = scoreTradeOffs(view, evidence, rubric, stance, items, context.followUp);
  const stakeholders = scoreStakeholders(view, evidence, rubric);

  // Trade-off, stakeholder and metric words earn little without substance behind them ("trigger phrases").
  const substance = clamp01((0.6 * ki.frac + cons.frac) / 0.7);
  const damp = (d: DimensionScore): DimensionScore => ({ ...d, score: round1(d.score * (0.3 + 0.7 * substance)) });
  const dimensions: Record<DimensionName, DimensionScore> = {
    keyInsight: ki.score,
    constraints: cons.score,
    metrics: damp(metrics.score),
    tradeOffs: damp(tradeOffs.score),
    stakeholders: damp(stakeholders),
  };
  let total = Object.values(dimensions).reduce((n, d) => n + d.score, 0);

  const wrongNumbers = [...constraints.wrong, ...metrics.wrong];
  const mentionedAtoms = constraints.results.filter((r) => r.status === 'addressed' || r.status === 'mentioned').length;
  const quality = checkQuality(view, evidence.items.map((_, k) => evidence.weight(k)), {
    lang,
    restates: metrics.ownNumbers === 0 && mentionedAtoms >= Math.max(4, 0.6 * constraints.results.length),
    ownNumbers: metrics.ownNumbers,
    rubric,
    stance,
    kiFrac: ki.frac,
    approachMissed: !context.followUp && ki.claims[0]!.status === 'missed',
    consFrac: cons.frac,
    metricsFrac: metrics.score.score / metrics.score.max,
    wrongNumbers: wrongNumbers.length,
    others: context.others ?? [],
    soft,
    domain: context.domain ?? rubric.vocabulary,
    connectives: view.index.tokens.filter((t) => CONNECTIVES.has(t.text)).length + (view.index.holdsHan ? HAN_CONNECTIVES.filter((c) => view.index.text.includes(c)).length : 0),
  });
  flags.push(...quality.flags);
  // A paste earns nothing for its words, but it does show the right design was found: interviewers put it above
  // noise (salad, platitudes, another question's answer) and below any honest attempt, so it keeps a sliver.
  if (flags.includes('model-answer-copy')) total += PASTE_CREDIT * Math.min(1, view.copies.share.modelAnswer);
  // A strict interviewer stops trusting the rest after a wrong budget or SLA.
  total -= 6 * Math.min(3, wrongNumbers.length);
  let cap: Cap | null = null;
  if (quality.cap) {
    // Under a cap, better content still ranks higher: the ceiling scales with what the answer earned.
    const ceiling = quality.cap.limit * (0.55 + Math.max(0, total) / 220);
    if (total > ceiling) {
      const scale = Math.max(0, ceiling) / Math.max(1e-9, Object.values(dimensions).reduce((n, d) => n + d.score, 0));
      for (const d of Object.keys(dimensions) as DimensionName[]) dimensions[d] = { ...dimensions[d], score: round1(dimensions[d].score * scale) };
      total = ceiling;
      cap = quality.cap;
    }
  }
  // Nothing is missing from a dimension with full marks.
  for (const d of Object.keys(dimensions) as DimensionName[]) if (dimensions[d].score >= dimensions[d].max - 0.05) dimensions[d] = { ...dimensions[d], missed: [] };
  return {
    total: Math.max(0, Math.min(100, Math.round(total))),
    dimensions,
    wrongNumbers,
    flags,
    cap,
    claims: [...ki.claims, ...tradeOffs.claims],
    stance,
    atoms: constraints.results,
    wordCount: view.words,
  };
}
