/**
 * Sentences and part-of-speech tags, from wink-nlp's English model: what tells reasoning from word salad.
 *
 * A sentence of prose has a verb, and its tags follow each other the way English tags do. Shuffled words
 * keep their tags but lose the order: the mean log-likelihood ratio of each tag given the one before it
 * (against the tag alone) falls from about 0.2–0.5 in real answers to about 0 (measured on the graded
 * sets: every honest answer ≥ 0.02, every shuffled model answer ≤ 0.13). The bigram table is trained on
 * the bank's model answers (`tag-model.json`, rebuilt by `trainTagModel`).
 *
 * Chinese text is not tagged: its sentences end at 。！？； and line breaks, and it counts as prose.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import tagModelJson from './tag-model.json' with { type: 'json' };

export type TagModel = { bigrams: Record<string, number>; unigrams: Record<string, number>; total: number };

export type ProseSentence = {
  /** Character offsets in the text that was read. */
  start: number;
  end: number;
  /** Word tokens (not punctuation or spaces). */
  words: number;
  /** Verbs and auxiliaries: none means a fragment ("GDPR. Data residency. $45K/mo."). */
  verbs: number;
  /** Sum and count of tag-bigram log-likelihood ratios, for pooling. */
  tagLlr: number;
  tagPairs: number;
  /** Mostly Chinese: not tagged, read as prose. */
  han: boolean;
};

export type Prose = {
  sentences: ProseSentence[];
  /** Mean tag-bigram log-likelihood ratio over the English sentences; null when under 12 tag pairs. */
  tagScore: number | null;
  tagPairs: number;
};

const tagModel = tagModelJson as TagModel;
let nlp: WinkMethods | null = null;
/** The model takes ≈ 0.2–0.3 s to load: once per process, on first use. */
function wink(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const HAN = /\p{Script=Han}/gu;
const SKIP_TAGS = new Set(['SPACE']);
const WORD_TAGS = new Set(['PUNCT', 'SPACE', 'SYM']);
const VERB_TAGS = new Set(['VERB', 'AUX']);
const SMOOTHING = 0.5;

function tagsOf(text: string): { tags: string[]; starts: number[]; ends: number[]; sentenceEnds: number[] } {
  const doc = wink().readDoc(text);
  const its = wink().its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    // wink keeps the text whole (spaces + values rebuild it); if it ever does not, realign on the value.
    if (text.startsWith(values[i]!, at) === false) {
      const found = text.indexOf(values[i]!, at);
      if (found >= 0) at = found;
    }
    starts.push(at);
    at += values[i]!.length;
    ends.push(at);
  }
  const sentenceEnds = (doc.sentences().out(its.span) as unknown as [number, number][]).map(([, last]) => ends[last] ?? text.length);
  return { tags, starts, ends, sentenceEnds };
}

/** Log-likelihood ratio of `b` after `a` against `b` alone, add-½ smoothed. */
export function tagPairScore(modelTable: TagModel, a: string, b: string): number {
  const kinds = Object.keys(modelTable.unigrams).length + 2;
  const pair = modelTable.bigrams[`${a} ${b}`] ?? 0;
  const given = (pair + SMOOTHING) / ((modelTable.unigrams[a] ?? 0) + SMOOTHING * kinds);
  const alone = ((modelTable.unigrams[b] ?? 0) + SMOOTHING) / (modelTable.total + SMOOTHING * kinds);
  return Math.log(given / alone);
}

const pairScores = new Map<string, number>();
/** A few hundred tag pairs exist: each is scored once per process. */
function shippedPairScore(a: string, b: string): number {
  const key = `${a} ${b}`;
  let score = pairScores.get(key);
  if (score === undefined) {
    score = tagPairScore(tagModel, a, b);
    pairScores.set(key, score);
  }
  return score;
}

/** The bigram table from texts of real prose (the bank's model answers). */
export function trainTagModel(texts: readonly string[]): TagModel {
  const bigrams: Record<string, number> = {};
  const unigrams: Record<string, number> = {};
  let total = 0;
  for (const text of texts) {
    const tags = ['START', ...tagsOf(text).tags.filter((t) => !SKIP_TAGS.has(t))];
    for (let i = 0; i + 1 < tags.length; i++) {
      bigrams[`${tags[i]} ${tags[i + 1]}`] = (bigrams[`${tags[i]} ${tags[i + 1]}`] ?? 0) + 1;
      unigrams[tags[i]!] = (unigrams[tags[i]!] ?? 0) + 1;
      total++;
    }
  }
  return { bigrams, unigrams, total };
}

const hanShare = (s: string) => {
  const han = s.match(HAN)?.length ?? 0;
  const latin = s.match(/[a-z]/gi)?.length ?? 0;
  return han / Math.max(1, han + latin);
};

/**
 * Where sentences end besides the tagger's own ends: line breaks that start a new item (a bullet, a blank
 * line, a line after terminal punctuation) and Chinese terminators. A hard-wrapped paragraph stays one.
 */
function extraBoundaries(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[。！？；!?]|\n/g)) {
    if (m[0] !== '\n') {
      out.push(m.index + 1);
      continue;
    }
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(m.index + 1);
    if (/^\s*(?:\n|[-*•·>]|\d+[.)]\s|#)/.test(after) || /[.:;!?。：；）)]$/.test(before) || /^\s*$/.test(after) || /^\s*\p{Lu}/u.test(after) && /[\p{L}\d%)]$/u.test(before)) {
      out.push(m.index + 1);
    }
  }
  return out;
}

function sentenceSpans(text: string, taggerEnds: number[]): [number, number][] {
  const ends = new Set<number>();
  for (const e of taggerEnds) {
    // `Solana v1.18`: the tagger ends a sentence at `v1.`; a digit straight after the dot continues it.
    if (/[.]$/.test(text.slice(0, e)) && /^\d/.test(text.slice(e))) continue;
    ends.add(e);
  }
  for (const e of extraBoundaries(text)) ends.add(e);
  ends.add(text.length);
  const spans: [number, number][] = [];
  let start = 0;
  for (const end of [...ends].sort((a, b) => a - b)) {
    if (end <= start) continue;
    const piece = text.slice(start, end);
    if (piece.trim()) {
      const lead = piece.length - piece.trimStart().length;
      spans.push([start + lead, start + piece.trimEnd().length]);
    }
    start = end;
  }
  return spans;
}

/** Reads sentences, verbs and tag order. Chinese-only text is never sent to the English tagger. */
export function readProse(text: string): Prose {
  if (hanShare(text) > 0.6) {
    const sentences = sentenceSpans(text, []).map(([start, end]) => {
      const piece = text.slice(start, end);
      const words = (piece.match(HAN)?.length ?? 0) / 2 + (piece.match(/[a-z0-9]+/gi)?.length ?? 0);
      return { start, end, words: Math.round(words), verbs: 1, tagLlr: 0, tagPairs: 0, han: true };
    });
    return { sentences, tagScore: null, tagPairs: 0 };
  }
  const { tags, starts, sentenceEnds } = tagsOf(text);
  const spans = sentenceSpans(text, sentenceEnds);
  const sentences: ProseSentence[] = [];
  let k = 0;
  let llr = 0;
  let pairs = 0;
  for (const [start, end] of spans) {
    while (k < tags.length && starts[k]! < start) k++;
    let previous = 'START';
    let words = 0;
    let verbs = 0;
    let sum = 0;
    let n = 0;
    const han = hanShare(text.slice(start, end)) > 0.5;
    for (; k < tags.length && starts[k]! < end; k++) {
      const tag = tags[k]!;
      if (SKIP_TAGS.has(tag)) continue;
      if (!WORD_TAGS.has(tag)) words++;
      if (VERB_TAGS.has(tag)) verbs++;
      if (!han && tag !== 'X') {
        sum += shippedPairScore(previous, tag);
        n++;
      }
      previous = tag;
    }
    if (han) verbs = Math.max(verbs, 1);
    sentences.push({ start, end, words, verbs, tagLlr: sum, tagPairs: n, han });
    llr += sum;
    pairs += n;
  }
  return { sentences, tagScore: pairs >= 12 ? llr / pairs : null, tagPairs: pairs };
}
