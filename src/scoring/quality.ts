/**
 * Is this reasoning, or something that only looks like an answer? Each finding is a flag, and the
 * gaming ones put a ceiling on the total. Ceilings follow the team's calibration: a wrong design about
 * 25, wrong numbers about 35–45, every gaming kind at most 30 (most far lower).
 */
import { answerLang, messages, type Lang } from '../i18n/index.ts';
import type { AnswerView } from './answer.ts';
import { ROLE_TERMS, SOFT_WORDS } from './lexicon.ts';
import { stem } from './normalize.ts';
import type { Flag } from './report.ts';
import type { Rubric } from './rubric.ts';
import type { Stance } from './stance.ts';

export type Cap = { limit: number; reason: string };

/**
 * Mean tag-pair score under which a whole answer reads as words in no order: every honest answer in the
 * graded sets scored ≥ 0.05 (terse notes the lowest), shuffled model answers −0.05 to 0.19, most below 0.05.
 */
const SALAD_ANSWER = 0.05;
/**
 * A shuffled paste is also made of nothing but the model answer's words (≥ 95% of its stems; no honest
 * answer passed 92%), so for it the bar can sit above every shuffle seen (0.19) and below a verbatim paste (0.26).
 */
const SALAD_PASTE = 0.22;
/**
 * A shuffled paste holds nearly all the model answer's stems (graded sets: 1.0); a short expert answer in the
 * model answer's vocabulary holds a few (0.26–0.40), and keyword lists 0.17–0.29.
 */
const SHUFFLED_PASTE_COVERAGE = 0.6;
const SHUFFLED_PASTE_WORDS = 110;
const INSIGHT_COPY_CAP_SHARE = 0.3;
/**
 * Share of an answer's words in runs of five from the model answer that makes it a paste: most of it, as the team
 * defines a paste. Graded pastes hold 94% or more; honest answers recalled close to the model answer up to 43% (three
 * held-out ones graded 8.5–9.5 at 38–43%), whose copied words already earn nothing.
 */
const MODEL_COPY_SHARE = 0.5;
const PADDING_SUBSTANCE = 0.25;


const SOFT_STEMS = new Set([...SOFT_WORDS].map(stem));
/** Role names ("PM, Sec and Lead"): who is affected, neither substance nor platitude, so they weigh on neither side. */
const ROLE_STEMS = new Set(Object.values(ROLE_TERMS).flatMap((terms) => terms.filter((t) => /^[a-z-]+$/.test(t)).map(stem)));

/**
 * Sentences that wrap the question's own words in platitude: of their other words, half or more are
 * platitudes or outside the bank's vocabulary. Measured on the graded sets: spliced filler has 57–100% of
 * its sentences like this, honest answers at most 50% (terse notes), most 0%.
 */
export function softSentences(view: AnswerView, topic: Set<string>, domain: Set<string>): boolean[] {
  const soft = view.sentences.map(() => false);
  const rest = view.sentences.map(() => ({ other: 0, bad: 0, platitudes: 0, items: 0 }));
  view.index.content.forEach((c, position) => {
    const t = view.index.tokens[c.index]!;
    if (t.isHan) return;
    const k = view.sentenceOf(position);
    const r = rest[k]!;
    if (t.isNumber || topic.has(c.stem)) r.items++;
    else if (!/\d/.test(t.text) && !ROLE_STEMS.has(c.stem)) {
      r.other++;
      if (SOFT_STEMS.has(c.stem) || !domain.has(c.stem)) r.bad++;
      if (SOFT_STEMS.has(c.stem)) r.platitudes++;
    }
  });
  // In a Chinese sentence the Latin words left are names (`NonceReserved`, tokio), not platitudes.
  rest.forEach((r, k) => {
    // One word of its own, and that a platitude ("… is about empathy for our 20M requests/day"), is soft too.
    soft[k] = !view.sentences[k]!.han && r.items > 0 && ((r.other >= 2 && r.bad / r.other >= 0.5) || (r.other === 1 && r.platitudes === 1));
  });
  return soft;
}

const FILLER_SHARE = 0.42;
const NAMELESS_FILLER_SHARE = 0.35;
const UNQUANTIFIED_PADDING_SHARE = 0.37;

/** Of the answer's own words besides the question's and the numbers, how many are platitudes or foreign to the domain. */
function platitudeShare(view: AnswerView, topic: Set<string>, domain: Set<string>): { share: number; words: number } {
  let other = 0;
  let bad = 0;
  view.index.content.forEach((c, position) => {
    const t = view.index.tokens[c.index]!;
    if (!view.usable(position) || t.isNumber || t.isHan || /\d/.test(t.text) || topic.has(c.stem)) return;
    other++;
    if (SOFT_STEMS.has(c.stem) || !domain.has(c.stem)) bad++;
  });
  return { share: other > 0 ? bad / other : 0, words: other };
}

export type QualityInput = {
  lang: Lang;
  /** The answer names most constraint values and no number of its own. */
  restates: boolean;
  /** Numbers the answer derived itself (not the question's). */
  ownNumbers: number;
  rubric: Rubric;
  stance: Stance;
  kiFrac: number;
  /** No sentence of the answer names the approach (nor describes it at length). */
  approachMissed: boolean;
  consFrac: number;
  metricsFrac: number;
  wrongNumbers: number;
  others: Set<string>[];
  soft: boolean[];
  domain: Set<string>;
  connectives: number;
};

export function checkQuality(view: AnswerView, weights: number[], input: QualityInput): { flags: Flag[]; cap: Cap | null } {
  const m = messages(input.lang).cap;
  const flags: Flag[] = [];
  const caps: Cap[] = [];
  const cap = (flag: Flag, limit: number, reason: string) => {
    flags.push(flag);
    caps.push({ limit, reason });
  };
  const words = view.words;
  const { share } = view.copies;
  const chinese = answerLang(view.index.text) === 'zh';

  // Copies of what the bot shows earn nothing in themselves (their words are already out of every dimension).
  if (share.modelAnswer >= MODEL_COPY_SHARE) cap('model-answer-copy', 30, m.modelCopy);
  // The key insight is a sentence or two (a follow-up's adaptation a few): honest answers hold at most 15% of their
  // words copied from it (graded sets and follow-ups), the insight with platitudes or a list of its phrases 30–85%.
  if (share.keyInsight >= INSIGHT_COPY_CAP_SHARE) cap('insight-copy', 30, m.insightCopy);
  else if (share.keyInsight >= 0.12 || (view.copies.copied > 0 && share.keyInsight * words >= 14)) flags.push('insight-copy');
  if (share.question >= 0.25) cap('question-copy', 10, m.questionCopy);
  if (share.constraints >= 0.25 || share.question + share.constraints >= 0.35) cap('constraints-copy', 10, m.constraintsCopy);
  else if (input.restates) cap('constraints-copy', 12, m.restates);

  const tagScore = view.prose.tagScore ?? 1;
  // Terse expert notes have few function words and also score low on tag order; shuffled prose keeps its
  // function words, and the capitalised words that began its sentences now stand mid-sentence.
  const functionShareAll = view.index.tokens.filter((t) => t.stop).length / Math.max(1, view.index.tokens.filter((t) => !t.isHan && !t.isNumber).length);
  const strayCapitals = view.strayCapitals;
  // Dense notes ("8c −30% → 5.5 usable; 32GB: 14 pool") score as low as shuffled prose on tag order, so order
  // alone is not enough. A shuffled paste, of all or part of the model answer, uses its words and nothing else;
  // padded with words of one's own it is long or covers most of it (a short expert note may use 97% model-answer
  // stems but covers at most 40% of them). With every word the model answer's and few of its runs of five, the
  // words are out of order however readable the tags happen to look. Shuffled prose of any source is long and
  // keeps its function words and the capitals that began its sentences (notes: ≤ 135 tag pairs, no strays).
  const madeOfModel = view.modelShare >= 0.99 || (view.modelShare >= 0.95 && (view.modelCoverage >= SHUFFLED_PASTE_COVERAGE || words >= SHUFFLED_PASTE_WORDS));
  const reshuffled = view.modelShare >= 0.99 && words >= 60 && view.copies.share.modelAnswer < MODEL_COPY_SHARE;
  const shuffledPaste = madeOfModel && (tagScore < SALAD_PASTE || reshuffled);
  const shuffledProse = tagScore < SALAD_ANSWER && view.prose.tagPairs >= 150 && (strayCapitals >= 3 || functionShareAll >= 0.26);
  if (!chinese && view.prose.tagScore !== null && view.prose.tagPairs >= 30 && (shuffledPaste || shuffledProse)) {
    cap('word-salad', 8, m.salad);
  }

  // Lists: sentences with no verb holding most of the words, or comma runs of one-to-three-word items.
  // Judged on the English sentences only: Chinese writes no spaces, few function words, and clauses without them.
  let listWords = 0;
  let fragmentWords = 0;
  let englishWords = 0;
  for (const s of view.sentences) {
    if (s.han) continue;
    englishWords += s.words;
    const text = view.index.text.slice(s.start, s.end);
    const parts = text.split(/[,|/;]+/).filter((p) => p.trim());
    const avg = parts.reduce((n, p) => n + p.trim().split(/\s+/).length, 0) / Math.max(1, parts.length);
    if (s.fragment) fragmentWords += s.words;
    if ((parts.length >= 4 && avg <= 3.2) || (s.fragment && s.words <= 5)) listWords += s.words;
  }
  const englishTokens = view.index.tokens.filter((t, i) => !t.isHan && !t.isNumber && !view.sentences[view.sentenceOfToken[i]!]?.han);
  const functionShare = englishTokens.filter((t) => t.stop).length / Math.max(1, englishTokens.length);
  // Telegraphic lists: most "sentences" are a term or two ("Token bucket. Load shedding. 15% drop. Premium 20%.").
  const english = view.sentences.filter((s) => !s.han);
  const terse = english.filter((s) => s.words <= 3).length;
  const telegraphic = english.length >= 6 && terse / english.length >= 0.6;
  if (!chinese && englishWords >= 8 && (functionShare < 0.12 || telegraphic || listWords / englishWords > 0.45 || (fragmentWords / englishWords > 0.7 && input.connectives === 0))) {
    cap('keyword-list', 8, m.keywords);
  } else if (words >= 60 && input.connectives === 0 && !/(?:->|→|=>|=|≈|\bvs\.?\s)/.test(view.index.text)) {
    // Notes reason with arrows, sums and comparisons ("8 cores − 30% → 5.5 usable"); prose with none of them states only.
    cap('no-reasoning', 60, m.noReasoning);
  }

  if (words < 15) cap('too-short', 20, m.tooShort);
  else if (words < 35) cap('too-short', 55, m.tooShort);

  // Filler: most sentences that carry the question's words wrap them in platitude, or most of the words
  // besides the question's own are platitudes or foreign to the domain (graded sets: spliced filler and
  // padding 0.38–0.71 of those words, honest answers 0.00–0.35 but for three low-graded ones at 0.45–0.53).
  const carrying = view.sentences.map((s, k) => ({ s, k })).filter(({ s, k }) => s.copied < 0.5 && !s.salad && (weights[k]! > 0 || input.soft[k]));
  const soft = carrying.filter(({ k }) => input.soft[k]).length;
  const platitude = platitudeShare(view, input.rubric.topic, input.domain);
  // An answer that never says what it would build has its numbers and names for ornament: a third of its own
  // words in platitude makes it filler (graded sets: honest answers that miss the approach 0.11–0.33, spliced
  // filler that misses it 0.38–0.41).
  const fillerShare = !chinese && input.approachMissed ? NAMELESS_FILLER_SHARE : FILLER_SHARE;
  // The key insight copied, and the words around it a third platitude: the insight dressed up (graded sets: every
  // answer with a tenth of its words the copied insight is a gaming kind).
  const dressedInsight = !chinese && flags.includes('insight-copy') && platitude.words >= 10 && platitude.share >= 0.3;
  if ((carrying.length >= 3 && soft / carrying.length >= 0.55) || (!chinese && platitude.words >= (input.approachMissed ? 15 : 25) && platitude.share >= fillerShare) || dressedInsight) {
    cap('filler', 15, m.filler);
  }
  // Whatever else it gets right, an answer that never says which design it would build is a partial answer at
  // best (graded sets: every English answer that misses the approach is graded 4.5 or less). Chinese answers name
  // designs in words the aliases may lack, so they are spared.
  if (!chinese && input.approachMissed && words >= 35) cap('no-approach', 45, m.noApproach);

  // An answer closer to another question's vocabulary than to this one's answers that other question
  // (only worth computing for an answer that missed both the insight and the constraints).
  // Constraint values are shared across the bank (cores, devs, budgets), so an answer with almost none of
  // this insight is judged by its vocabulary alone; one with some of it only when it also misses the constraints.
  const candidate = input.kiFrac < 0.2 || (input.kiFrac < 0.65 && input.consFrac < 0.5);
  if (words >= 40 && candidate && offTopic(view, input, input.kiFrac < 0.45 ? 1.15 : 1.3)) cap('off-topic', 10, m.offTopic);
  // Padding: a long answer that misses the insight and the constraints, or whose substance sits in a sentence or
  // two of generic advice (graded sets: under a quarter of its sentences carry two kinds of substance; honest
  // answers of that length at least a third).
  const substantial = weights.filter((w) => w >= 2).length / Math.max(1, weights.length);
  // Or a long answer with no number of its own whose words besides the question's are more than a third platitude
  // (graded sets: padding around one good sentence 0.34–0.64; honest answers without numbers at most 0.33).
  const unquantifiedPadding = !chinese && words >= 150 && input.metricsFrac <= 0.2 && platitude.share >= UNQUANTIFIED_PADDING_SHARE;
  if (((words > 180 && (input.kiFrac + input.consFrac < 0.6 || substantial < PADDING_SUBSTANCE)) || unquantifiedPadding) && !flags.includes('off-topic')) cap('padding', 30, m.padding);
  const templatePhrases = (view.index.text.match(/\b(?:trade-?offs?|stakeholder impact|stakeholders?|risks?|assumptions?|mitigation|at the cost of|we balance|align early)\b/g) ?? []).length;
  // Boilerplate: the headings an interviewer expects, filled with little (few constraints, few numbers), or with
  // the question's own values ticked off: no number of its own and almost none of the insight.
  const headings = (view.index.text.match(/(?:^|[.\n]\s*)(?:key insight|trade-?offs?|stakeholders?|metrics|risks?|assumptions?|compliance)\s*:/g) ?? []).length;
  if ((templatePhrases >= 3 && input.consFrac < 0.4 && input.metricsFrac < 0.3) || (headings >= 3 && input.ownNumbers === 0 && input.kiFrac < 0.3)) cap('boilerplate', 22, m.boilerplate);

  if (input.stance.wrongDesign) {
    const reason = input.stance.chosenAlternative ? m.argues(input.stance.chosenAlternative.label) : m.rejects(input.rubric.approach.label);
    cap('wrong-design', 26, reason);
  }
  if (input.wrongNumbers >= 1) {
    const limit = input.wrongNumbers >= 3 ? 36 : input.wrongNumbers === 2 ? 42 : 48;
    cap('wrong-numbers', limit, m.wrongNumbers(input.wrongNumbers));
  }
  const lowest = caps.length > 0 ? caps.reduce((a, b) => (b.limit < a.limit ? b : a)) : null;
  return { flags, cap: lowest };
}

/** `margin`: how much closer to another entry's vocabulary than to this one's makes it that entry's answer. */
function offTopic(view: AnswerView, input: QualityInput, margin: number): boolean {
  const counts = new Map<string, number>();
  for (const c of view.index.content) counts.set(c.stem, (counts.get(c.stem) ?? 0) + 1);
  let own = 0;
  for (const [stem, count] of counts) if (input.rubric.vocabulary.has(stem)) own += count;
  const onTopic = own / Math.max(1, view.index.content.length);
  const closestOther = Math.max(0, ...vocabularyShares(counts, input.others, view.index.content.length));
  const specifics = view.index.tokens.filter((t) => t.isNumber || t.isAcronym).length;
  const elsewhere = closestOther > onTopic * margin && closestOther - onTopic > 0.05;
  return elsewhere || (onTopic < 0.12 && specifics >= 8);
}

/** Which of a list of vocabularies hold each stem: built once per list (the other entries' vocabularies are one list per entry). */
const holders = new WeakMap<readonly Set<string>[], Map<string, number[]>>();

/** For each vocabulary, the share of the answer's content words in it. */
function vocabularyShares(counts: ReadonlyMap<string, number>, vocabularies: readonly Set<string>[], words: number): number[] {
  let index = holders.get(vocabularies);
  if (!index) {
    index = new Map();
    vocabularies.forEach((v, k) => {
      for (const stem of v) {
        const list = index!.get(stem);
        if (list) list.push(k);
        else index!.set(stem, [k]);
      }
    });
    holders.set(vocabularies, index);
  }
  const shares = new Array<number>(vocabularies.length).fill(0);
  for (const [stem, count] of counts) for (const k of index.get(stem) ?? []) shares[k]! += count;
  return shares.map((n) => n / Math.max(1, words));
}
