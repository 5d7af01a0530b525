/**
 * Does a model answer address each constraint value of its entry? A value is addressed when the answer
 * states its quantities (`8-core` ~ `8 cores`, `$50K/mo` ~ `$50K per month`, `Solana v1.18` ~ `Solana 1.18`)
 * or, for a value without numbers (`Sec team bottleneck`), most of its words.
 */
import { STAKEHOLDER_ROLES } from './schema.ts';
import { constraintValues } from './text.ts';

type Quantity = {
  value: number;
  dollar: boolean;
  unit: string;
  scaled: boolean;
  version: string | null;
  name: string | null;
  /** A stakeholder role used as a unit (`3 Sec`, `2 QA`): answers write `**Sec** (3)`. */
  role: string | null;
  /** The few words after the number, where `50 institutional clients` keeps its unit. */
  tail: string;
};

const SCALE: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12 };

// A number not glued to a word (`libp2p`, `SOC-2`, `q6mo` hold none), with `$`, a `v` before a version,
// a K/M/B/T scale that is not the start of a unit (`50TB`), and the unit after it.
const QUANTITY =
  /(?<![\w.$-])(\$)?([vV])?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?([KkMBT])(?![A-Za-z]))?(\s?%|\s?\/\s?[A-Za-z]+|[- ]?[A-Za-z][A-Za-z]*(?:\/[A-Za-z]+)?)?/g;

const UNIT_SYNONYMS: Record<string, string> = {
  cores: 'core', vcpu: 'core', vcpus: 'core', cpus: 'core', cpu: 'core',
  month: 'mo', months: 'mo', mos: 'mo',
  year: 'yr', years: 'yr', yrs: 'yr', y: 'yr',
  hour: 'hr', hours: 'hr', hrs: 'hr', h: 'hr',
  minute: 'min', minutes: 'min', mins: 'min', m: 'min',
  second: 's', seconds: 's', sec: 's', secs: 's',
  developer: 'dev', developers: 'dev', devs: 'dev', engineers: 'engineer',
  day: 'day', days: 'day', week: 'wk', weeks: 'wk', wk: 'wk',
  transactions: 'tx', transaction: 'tx', txs: 'tx', txn: 'tx', txns: 'tx',
};

/** Words that say nothing about a constraint on their own; a unit made of them is no unit. */
const FILLER = new Set(['and', 'or', 'the', 'of', 'with', 'for', 'to', 'in', 'on', 'a', 'an', 'via', 'vs', 'at', 'by', 'is', 'x']);

function unitWord(word: string): string {
  const w = word.toLowerCase();
  if (UNIT_SYNONYMS[w]) return UNIT_SYNONYMS[w];
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** `/mo`, ` per month`, `-core`, ` GB` → a comparable unit key (`/mo`, `core`, `gb`). */
function normalizeUnit(raw: string | undefined, after: string): string {
  if (!raw) return '';
  let u = raw.trim().replace(/^-/, '');
  if (u === '%') return '%';
  if (/^per$|^a$/i.test(u)) {
    const next = /^\s*([A-Za-z]+)/.exec(after)?.[1];
    return next ? `/${unitWord(next)}` : '';
  }
  if (u.startsWith('/')) return `/${unitWord(u.slice(1).trim())}`;
  if (FILLER.has(u.toLowerCase())) return '';
  const [head, per] = u.split('/');
  u = unitWord(head!);
  return per ? `${u}/${unitWord(per)}` : u;
}

export function quantitiesOf(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, dollar, v, digits, scale, rawUnit] = m;
    const after = text.slice(m.index + whole.length);
    const value = Number(digits!.replace(/,/g, '')) * (scale ? SCALE[scale]! : 1);
    // Only the last few characters: matching against the whole prefix made this quadratic in the answer.
    const before = /([A-Za-z][\w.-]*)\s*$/.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? null;
    // `Solana v1.18`, `Rust 1.83`: a dotted number after a name, or any `v` number, is a version of that name.
    const isVersion = !dollar && !scale && (Boolean(v) || (/\./.test(digits!) && !rawUnit && before !== null && /^[A-Z]/.test(before)));
    const roleWord = rawUnit?.trim();
    const role = STAKEHOLDER_ROLES.find((r) => r === roleWord || `${r}s` === roleWord) ?? null;
    out.push({
      role,
      tail: after.slice(0, 40).toLowerCase(),
      value,
      dollar: Boolean(dollar),
      unit: isVersion ? '' : normalizeUnit(rawUnit, after),
      scaled: Boolean(scale),
      version: isVersion ? digits! : null,
      name: isVersion ? before : null,
    });
  }
  return out;
}

// Exact, up to float noise: 99.9% does not address 99.95%; `$50,000` and `$50K` are the same number.
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

function unitsAgree(want: Quantity, got: Quantity): boolean {
  if (want.unit === got.unit) return true;
  // `$8K/mo` is addressed by `$8K budget` or `$8K` in a budget split, not by `$8K/yr`.
  if (want.dollar) return !got.unit.startsWith('/');
  // `5M txs/day` by `5M txs`.
  if (want.scaled && (got.unit === '' || want.unit.startsWith(got.unit) || got.unit.startsWith(want.unit))) return true;
  const [wHead] = want.unit.split('/');
  const [gHead] = got.unit.split('/');
  if (wHead && wHead === gHead) return true;
  // `50 clients` by `50 institutional clients`.
  return Boolean(wHead) && wHead!.length >= 3 && got.tail.split(/\s+/).slice(0, 4).some((w) => unitWord(w.replace(/[^a-z]/g, '')) === wHead);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `3 Sec` is addressed by `3 Sec`, `**Sec** (3)` or `Sec (3, 6mo)`. */
function answerHasRoleCount(want: Quantity, answerText: string): boolean {
  const n = String(want.value);
  const role = escapeRegExp(want.role!);
  return new RegExp(`\\b${role}s?\\b\\**\\s*\\(\\s*${n}\\b|(?<![\\d.])${n}\\s+${role}s?\\b`, 'i').test(answerText);
}

function answerHasQuantity(want: Quantity, answer: Quantity[], answerText: string): boolean {
  if (want.version) {
    const versionAt = new RegExp(`(?<![\\d.])v?${want.version.replace('.', '\\.')}(?![\\d])`, 'i');
    return versionAt.test(answerText) && (!want.name || new RegExp(`\\b${escapeRegExp(want.name)}`, 'i').test(answerText));
  }
  if (want.role) {
    if (answerHasRoleCount(want, answerText)) return true;
    // `3 Sec` is a headcount, never `3 seconds`; `3 Dev` is also `3 devs`.
    const plain = want.role === 'Sec' ? null : unitWord(want.role);
    return answer.some((got) => sameNumber(got.value, want.value) && (got.role === want.role || (plain !== null && got.unit === plain)));
  }
  return answer.some((got) => got.dollar === want.dollar && sameNumber(got.value, want.value) && unitsAgree(want, got));
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function contentWords(value: string): string[] {
  return value
    .split(/[\s,()/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 2 && !FILLER.has(w.toLowerCase()));
}

type AnswerWords = { tokens: Set<string>; squashed: string };

function answerWords(answer: string): AnswerWords {
  const tokens = new Set(answer.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(unitWord));
  return { tokens, squashed: squash(answer) };
}

/** A whole word (`Sec` is not in `second`); a word with inner punctuation (`SOC-2`) also as `SOC 2` or `SOC2`. */
function answerHasWord(word: string, answer: AnswerWords): boolean {
  if (/[^\p{L}\p{N}]/u.test(word)) return answer.squashed.includes(squash(word));
  return answer.tokens.has(unitWord(word));
}

/** True when `answer` addresses the constraint value `value`. */
export function addressesValue(value: string, answer: string, answerQuantities = quantitiesOf(answer), inAnswer = answerWords(answer)): boolean {
  const wanted = quantitiesOf(value);
  if (wanted.length > 0) return wanted.every((q) => answerHasQuantity(q, answerQuantities, answer));
  const words = contentWords(value);
  if (words.length === 0) return true;
  const found = words.filter((w) => answerHasWord(w, inAnswer)).length;
  // Half the words: `HSM integration` is addressed by an answer built around the HSM.
  return found >= Math.ceil(words.length / 2);
}

/** The constraint values of an entry that its answer never addresses, each with its category. */
export function unaddressedValues(constraints: { category: string; text: string }[], answer: string): { category: string; value: string }[] {
  const answerQuantities = quantitiesOf(answer);
  const words = answerWords(answer);
  const out: { category: string; value: string }[] = [];
  for (const c of constraints) {
    for (const value of constraintValues(c.text)) {
      if (!addressesValue(value, answer, answerQuantities, words)) out.push({ category: c.category, value });
    }
  }
  return out;
}
