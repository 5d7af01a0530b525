/** The graded answer sets: JSONL files of answers written and graded (0–10) apart from the scorer. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Graded = {
  id: string;
  question: string;
  kind: string;
  grade: number;
  text: string;
  reason: string;
  pairOf?: string;
  /** The file's name without `set-` and `.jsonl`. */
  set: string;
};

const TUNING = join(import.meta.dirname, 'graded');
const HELD_OUT = join(import.meta.dirname, 'heldout');

function readSet(dir: string, file: string): Graded[] {
  const set = file.replace(/^set-|\.jsonl$/g, '');
  return readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => ({ ...(JSON.parse(line) as Omit<Graded, 'set'>), set }));
}

/** Every tuning set, or those named; with `heldout`, the held-out sets too. */
export function loadGraded(options: { heldout?: boolean; sets?: string[] | undefined } = {}): Graded[] {
  const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^set-.*\.jsonl$/.test(f)).sort() : []);
  const rows = files(TUNING).map((f) => readSet(TUNING, f)).flat();
  const held = options.heldout ? files(HELD_OUT).map((f) => readSet(HELD_OUT, f)).flat() : [];
  const all = [...rows, ...held];
  return options.sets ? all.filter((r) => options.sets!.includes(r.set)) : all;
}

/** Held-out Chinese translations of expert answers (`pairOf` names the English answer): every `zh-pairs-*.jsonl`, or one set's (`e`, `f1`, …). */
export function loadTranslatedPairs(set?: string): Graded[] {
  return readdirSync(HELD_OUT)
    .filter((f) => /^zh-pairs-.*\.jsonl$/.test(f) && (!set || f === `zh-pairs-${set}.jsonl`))
    .sort()
    .flatMap((f) => readSet(HELD_OUT, f));
}

/** The held-out sets by the letter of their writers' round: E and F were looked at after they were first measured. */
export const HELD_OUT_ROUNDS = ['e', 'f', 'g', 'k'] as const;

/** Kinds that try to earn points without an answer: each should score at most 30. */
export const GAMING = ['keyword-salad', 'question-copy', 'padding', 'trigger-phrase', 'insight-platitudes', 'spliced-filler', 'shuffled', 'pasted-model', 'off-topic-fluent', 'dont-know'];

/** For each Chinese translation, its total minus its English original's (`pairOf`). */
export function translationGaps(translations: readonly Graded[], total: (r: Graded) => number): number[] {
  const originals = new Map(loadGraded({ heldout: true }).map((r) => [r.id, r]));
  return translations.map((r) => total(r) - total(originals.get(r.pairOf!)!));
}
