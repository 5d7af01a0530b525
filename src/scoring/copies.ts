/**
 * Copies of what the bot shows. A copy is a run of five or more words taken verbatim (word 5-gram
 * shingles with at least two content words); a single value or name written as the question writes it
 * (`99.95% uptime`, `K8s HPA`) is shorter than that and still counts. Copied words earn nothing.
 *
 * Why five: honest answers share runs of three or four words with the model answer by chance
 * ("the 3 RPC providers", "p99 under 100ms"); runs of five with two content words were not seen in
 * recalled paraphrases of the graded set, and a paste is made of runs of tens.
 */
import { STOPWORDS } from './lexicon.ts';
import type { Token } from './normalize.ts';

export const SHINGLE = 5;

/** What the bot shows a candidate, each a source a copy can come from. */
export const COPY_SOURCES = ['question', 'constraints', 'keyInsight', 'modelAnswer', 'tradeOffs'] as const;
export type CopySource = (typeof COPY_SOURCES)[number];

export type Shingles = Map<string, CopySource>;

const shingleKey = (tokens: readonly Token[], at: number) => {
  let key = '';
  let content = 0;
  for (let k = at; k < at + SHINGLE; k++) {
    const t = tokens[k]!;
    key += `${t.stem}\u0001`;
    if (!STOPWORDS.has(t.text)) content++;
  }
  return content >= 2 ? key : null;
};

/** Adds a source's shingles; the first source that holds a shingle names it. */
export function addShingles(into: Shingles, tokens: readonly Token[], source: CopySource): void {
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    const key = shingleKey(tokens, i);
    if (key !== null && !into.has(key)) into.set(key, source);
  }
}

export type CopyMap = {
  /** For each answer token, the source it was copied from, or null. */
  byToken: (CopySource | null)[];
  /** Share of the answer's tokens copied from each source. */
  share: Record<CopySource, number>;
  copied: number;
};

export function findCopies(tokens: readonly Token[], shingles: Shingles): CopyMap {
  const byToken: (CopySource | null)[] = new Array(tokens.length).fill(null);
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    const key = shingleKey(tokens, i);
    const source = key === null ? undefined : shingles.get(key);
    if (source) for (let k = i; k < i + SHINGLE; k++) byToken[k] ??= source;
  }
  const share = Object.fromEntries(COPY_SOURCES.map((s) => [s, 0])) as Record<CopySource, number>;
  let copied = 0;
  for (const s of byToken) {
    if (!s) continue;
    share[s] += 1;
    copied++;
  }
  for (const s of COPY_SOURCES) share[s] = tokens.length > 0 ? share[s] / tokens.length : 0;
  return { byToken, share, copied };
}
