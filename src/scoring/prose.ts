/**
 * Sentences and part-of-speech tags: what tells reasoning from word salad.
 *
 * Sentences come from ICU's sentence segmenter (`Intl.Segmenter`, built into Node), which knows `e.g.`,
 * `vs.` and `v1.18`; lines an answer wraps mid-sentence are joined again. Tags come from wink-nlp's English
 * model, and only where they are needed, because tagging costs more than all the rest of grading
 * (≈ 0.8 ms for a 170-word answer, against ≈ 0.1 ms to segment it):
 * - short sentences (≤ 5 words), to tell a fragment ("GDPR. Data residency. $45K/mo.") from a clause;
 * - the whole answer when its words may be out of order (the caller decides, from cheap signs).
 *
 * A sentence of prose has a verb, and its tags follow each other the way English tags do. Shuffled words
 * keep their tags but lose the order: the mean log-likelihood ratio of each tag given the one before it
 * (against the tag alone) falls from about 0.2–0.5 in real answers to about 0 (graded sets: every honest
 * answer ≥ −0.02, shuffled model answers −0.12 to 0.09). The bigram table is trained on the bank's model
 * answers (`tag-model.json`, rebuilt by `test/scoring/train-tag-model.ts`). Chinese is never tagged.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import tagModelJson from './tag-model.json' with { type: 'json' };
import { countWords } from '../bank/text.ts';
import { letterCounts, mayHoldHan } from '../i18n/index.ts';

export type TagModel = { bigrams: Record<string, number>; unigrams: Record<string, number>; total: number };

export type ProseSentence = {
  /** Character offsets in the text that was read. */
  start: number;
  end: number;
  /** Words (whitespace-separated runs holding a letter or digit; a Chinese character pair counts as one). */
  words: number;
  /** Verbs and auxiliaries, when tagged; null when the sentence was not tagged. */
  verbs: number | null;
  /** Sum and count of tag-bigram log-likelihood ratios, for pooling (0 when not tagged). */
  tagLlr: number;
  tagPairs: number;
  /** Chinese, or mixed text with Chinese grammar: not tagged, read as prose. */
  han: boolean;
};

export type Prose = {
  sentences: ProseSentence[];
  /** Mean tag-bigram log-likelihood ratio over the tagged English sentences; null when under 12 tag pairs. */
  tagScore: number | null;
  tagPairs: number;
};

/** How much English a suspect answer has tagged (about 300 words): enough to tell order from shuffle, and a 4,000-character paste costs half as much. */
const TAG_SAMPLE_CHARS = 2000;

/** Sentences this short are tagged to tell fragments from clauses. */
export const FRAGMENT_CANDIDATE_WORDS = 5;

const tagModel = tagModelJson as TagModel;
let nlp: WinkMethods | null = null;
/** The model takes ≈ 0.2–0.3 s to load: once per process, on first use. */
function wink(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const SKIP_TAGS = new Set(['SPACE']);
const VERB_TAGS = new Set(['VERB', 'AUX']);
const SMOOTHING = 0.5;

function tagsOf(text: string): { tags: string[]; starts: number[] } {
  const doc = wink().readDoc(text);
  const its = wink().its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    // wink keeps the text whole (spaces + values rebuild it); if it ever does not, realign on the value.
    if (!text.startsWith(values[i]!, at)) {
      const found = text.indexOf(values[i]!, at);
      if (found >= 0) at = found;
    }
    starts.push(at);
    at += values[i]!.length;
  }
  return { tags, starts };
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
    for (const [start, end] of sentenceSpans(text)) {
      const tags = ['START', ...tagsOf(text.slice(start, end)).tags.filter((t) => !SKIP_TAGS.has(t))];
      for (let i = 0; i + 1 < tags.length; i++) {
        bigrams[`${tags[i]} ${tags[i + 1]}`] = (bigrams[`${tags[i]} ${tags[i + 1]}`] ?? 0) + 1;
        unigrams[tags[i]!] = (unigrams[tags[i]!] ?? 0) + 1;
        total++;
      }
    }
  }
  return { bigrams, unigrams, total };
}


const NO_LETTERS_COUNTED = { han: 0, latin: 0 };

/**
 * ICU's sentences, trimmed, adjusted for technical prose:
 * - ICU keeps "…the <100ms SLA. 30% headroom keeps…" together (a sentence may not start with a digit in its
 *   rules); after `.`, `!` or `?` and a space, a number or symbol starts a new sentence here, unless the dot
 *   ends an abbreviation or a version (`e.g.`, `vs.`, `v1.`);
 * - a line an answer wraps mid-sentence is joined back: a line break ends a sentence only after terminal
 *   punctuation, before a bullet, a numbered item, a `Label:` line, or at a blank line.
 */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const push = (start: number, end: number) => {
    const previous = spans[spans.length - 1];
    if (previous) {
      const between = text.slice(previous[1], start);
      const before = text.slice(previous[0], previous[1]);
      const after = text.slice(start, start + 40);
      const newItem = /^(?:[-*•·>#]|\d+[.)]\s|[\p{L}][\p{L} ]{0,24}:\s)/u.test(after);
      if (/^[ \t]*\n[ \t]*$/.test(between) && !/[.!?:;。！？；：]$/.test(before) && !newItem) {
        previous[1] = end;
        return;
      }
    }
    spans.push([start, end]);
  };
  for (const s of segmenter.segment(text)) {
    const piece = s.segment;
    if (!piece.trim()) continue;
    let from = 0;
    for (const m of piece.matchAll(NUMBER_AFTER_STOP)) {
      const stop = m.index + 1;
      if (ABBREVIATION_BEFORE.test(piece.slice(Math.max(0, stop - 8), stop))) continue;
      const part = piece.slice(from, stop);
      if (part.trim()) push(s.index + from + (part.length - part.trimStart().length), s.index + from + part.trimEnd().length);
      from = stop;
    }
    const rest = piece.slice(from);
    if (rest.trim()) push(s.index + from + (rest.length - rest.trimStart().length), s.index + from + rest.trimEnd().length);
  }
  return spans;
}

/** Share of a sentence's letters that are Chinese from which its grammar is Chinese (a Han letter carries more than a Latin one). */
const CHINESE_GRAMMAR_SHARE = 0.15;

/**
 * A stop the segmenter takes for an abbreviation: before a number ("…48ms. 32GB …"), or before a lowercase word, as
 * notes written in lowercase run on ("…into parquet. cost: … = $6.5k/mo. vs kinesis $15k …"); abbreviations excepted.
 */
const NUMBER_AFTER_STOP = /[.!?](?=\s+[\d$<>~≈(+±-])|(?<=[\p{L}\d%)]{2})[.!?](?=\s+\p{Ll})/gu;
const ABBREVIATION_BEFORE = /(?:\b(?:e\.g|i\.e|vs|etc|approx|ca|no|v\d*)|\d)\.$/i;

/**
 * Reads sentences; tags the short ones, or all English ones when `tagAll` (the caller suspects the words
 * are out of order). Chinese sentences are never sent to the English tagger.
 */
export function readProse(text: string, options: { tagAll?: boolean } = {}): Prose {
  const holdsHan = mayHoldHan(text);
  const sentences: ProseSentence[] = sentenceSpans(text).map(([start, end]) => {
    const piece = text.slice(start, end);
    // Only text past U+2E7F can hold Han: most answers skip the letter count.
    const { han: hanLetters, latin } = holdsHan ? letterCounts(piece) : NO_LETTERS_COUNTED;
    // Mixed text ("用 token bucket 做限流") has Chinese grammar: the English tagger would find no verb in it.
    const han = hanLetters >= 3 && hanLetters / Math.max(1, hanLetters + latin) >= CHINESE_GRAMMAR_SHARE;
    // Whitespace words, and a Chinese sentence's characters two to a word.
    const words = countWords(piece) + Math.floor(hanLetters / 2);
    return { start, end, words, verbs: han ? 1 : null, tagLlr: 0, tagPairs: 0, han };
  });
  // Whether the words are in order shows in a sample: past TAG_SAMPLE_CHARS of English, only short sentences are tagged.
  let sampled = 0;
  const chosen = sentences.filter((s) => {
    if (s.han) return false;
    if (s.words <= FRAGMENT_CANDIDATE_WORDS) return true;
    if (!options.tagAll || sampled >= TAG_SAMPLE_CHARS) return false;
    sampled += s.end - s.start;
    return true;
  });
  if (chosen.length > 0) {
    // One call for all chosen sentences: each goes on its own line, so the tagger starts afresh.
    let joined = '';
    const offsets: number[] = [];
    for (const s of chosen) {
      offsets.push(joined.length);
      joined += `${text.slice(s.start, s.end)}\n\n`;
    }
    // The tagger's tokenizer takes seconds on one 10,000-character "word": no real word is over 40
    // characters, so longer runs are blanked (same length, so offsets hold) before tagging.
    const { tags, starts } = tagsOf(joined.replace(/\S{41,}/g, (run) => ' '.repeat(run.length)));
    let k = 0;
    chosen.forEach((s, i) => {
      const from = offsets[i]!;
      const to = from + (s.end - s.start);
      let previous = 'START';
      let verbs = 0;
      for (; k < tags.length && starts[k]! < to; k++) {
        if (starts[k]! < from) continue;
        const tag = tags[k]!;
        if (SKIP_TAGS.has(tag)) continue;
        if (VERB_TAGS.has(tag)) verbs++;
        if (tag !== 'X') {
          s.tagLlr += shippedPairScore(previous, tag);
          s.tagPairs++;
        }
        previous = tag;
      }
      s.verbs = verbs;
    });
  }
  const tagged = options.tagAll ? chosen : [];
  const pairs = tagged.reduce((n, s) => n + s.tagPairs, 0);
  const llr = tagged.reduce((n, s) => n + s.tagLlr, 0);
  return { sentences, tagScore: options.tagAll && pairs >= 12 ? llr / pairs : null, tagPairs: pairs };
}
