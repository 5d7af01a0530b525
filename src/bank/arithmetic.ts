/**
 * Rechecks arithmetic written in prose: `RPC(15) + deserialize(8) = 23ms`, `12 devs × $150K × 8mo = $14.4M`,
 * `$1.26M / ($8K + $20K) = 45mo`, and percentage changes such as `60% (400ms → 150ms)`.
 * Used by the validator on the bank's metrics and by the scorer on a candidate's answer.
 */

type Token =
  | { kind: 'num'; value: number; percent: boolean; labelled?: boolean; scaled?: boolean }
  | { kind: 'op'; op: '+' | '-' | '*' | '/' }
  | { kind: 'paren'; open: boolean }
  | { kind: 'word' };

const SCALE: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const SCALE_SUFFIX = /^\$?[\d.,]+([KkMBT])(?![a-zA-Z])/;
const NUMBER = /^\$?(\d[\d,]*(?:\.\d+)?|\.\d+)/;

/** Reads `$1.26M`, `8K`, `2.5K/core`, `8-core`, `10%`, `0.048Φ`: the value and whether it is a percentage. */
function readNumber(s: string, i: number): { value: number; percent: boolean; end: number } | null {
  const m = NUMBER.exec(s.slice(i));
  if (!m) return null;
  let end = i + m[0].length;
  let value = Number(m[1]!.replace(/,/g, ''));
  const scale = /^([KkMBT])(?![a-zA-Z])/.exec(s.slice(end));
  if (scale && !/^[KMT]B/.test(s.slice(end))) {
    value *= SCALE[scale[1]!]!;
    end += 1;
  }
  let percent = false;
  // A unit glued to the number belongs to it: `ms`, `TB`, `%`, `/core`, `-core`, `Φ`.
  const unit = /^(?:%|Φ|[A-Za-zµ]+|\/[A-Za-z]+|-[A-Za-z]+)+/.exec(s.slice(end));
  if (unit) {
    percent = unit[0].startsWith('%');
    end += unit[0].length;
  }
  return { value, percent, end };
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    // `label(15)` is a labelled value, not a grouping; a label may hold a hyphen (`bare-metal(12)`), never ` - `.
    // Labels are short: bounding them keeps this linear on long text without parentheses.
    const labelled = /[A-Za-z_]/.test(ch) ? /^[A-Za-z_](?:[\w ]|-(?=\w)){0,40}?\(\s*(\$?[\d.,]+[KkMB]?)\s*[A-Za-z%]*\s*\)/.exec(s.slice(i, i + 80)) : null;
    if (labelled) {
      const n = readNumber(labelled[1]!, 0);
      if (n) {
        tokens.push({ kind: 'num', value: n.value, percent: n.percent, labelled: true, scaled: SCALE_SUFFIX.test(labelled[1]!) });
        i += labelled[0].length;
        const unit = /^[A-Za-z%Φ]+/.exec(s.slice(i));
        if (unit) i += unit[0].length;
        continue;
      }
    }
    const n = readNumber(s, i);
    if (n) {
      tokens.push({ kind: 'num', value: n.value, percent: n.percent });
      i = n.end;
      continue;
    }
    if (ch === '+') tokens.push({ kind: 'op', op: '+' });
    else if (ch === '-' || ch === '−') tokens.push({ kind: 'op', op: '-' });
    else if (ch === '×' || ch === '*' || ch === '·') tokens.push({ kind: 'op', op: '*' });
    else if (ch === '÷' || (ch === '/' && /^\s*[\d$.(]/.test(s.slice(i + 1)))) tokens.push({ kind: 'op', op: '/' });
    else if (ch === '(' || ch === ')') tokens.push({ kind: 'paren', open: ch === '(' });
    else if (/[\p{L}_]/u.test(ch)) {
      const w = /^[\p{L}\p{N}_.'-]+/u.exec(s.slice(i))!;
      // `x` between two numbers is a multiplication sign, their labels included (`6 devs x 4 months`).
      const afterNumber = tokens.findLast((t) => t.kind !== 'word')?.kind === 'num';
      if (w[0] === 'x' && afterNumber && (tokens.at(-1)?.kind === 'num' || /^\s+\$?\d/.test(s.slice(i + 1)))) tokens.push({ kind: 'op', op: '*' });
      else tokens.push({ kind: 'word' });
      i += w[0].length;
      continue;
    } else tokens.push({ kind: 'word' });
    i++;
  }
  return tokens;
}

/** `unitless`: every number is a bare labelled value (`HSM(25)`), which takes its scale from the result. */
type Parsed = { value: number; operators: number; percent: boolean; unitless: boolean };

/**
 * Evaluates a token list; words are labels and are skipped, but an operator without a number makes it unreadable.
 * `percentResult`: the stated result is a percentage, so a product with a percentage stays in percent
 * (`7.0% × 1.12 = 7.84%`) instead of turning into a fraction (`10TB × 30% = 3TB`).
 */
function evaluate(all: Token[], percentResult = false): Parsed | null {
  const tokens = all.filter((t) => t.kind !== 'word');
  let pos = 0;
  let operators = 0;
  const factor = (): { value: number; percent: boolean } | null => {
    const t = tokens[pos];
    if (!t) return null;
    if (t.kind === 'num') {
      pos++;
      return { value: t.value, percent: t.percent };
    }
    if (t.kind === 'paren' && t.open) {
      pos++;
      const inner = sum();
      const close = tokens[pos];
      if (!inner || !close || close.kind !== 'paren' || close.open) return null;
      pos++;
      return { value: inner, percent: false };
    }
    return null;
  };
  const product = (): number | null => {
    const first = factor();
    if (!first) return null;
    const factors = [first];
    const ops: ('*' | '/')[] = [];
    for (let t = tokens[pos]; t && t.kind === 'op' && (t.op === '*' || t.op === '/'); t = tokens[pos]) {
      pos++;
      operators++;
      const next = factor();
      if (!next) return null;
      ops.push(t.op);
      factors.push(next);
    }
    // In a product a percentage is a fraction (`10TB × 30% = 3TB`); alone it stays as written.
    const val = (f: { value: number; percent: boolean }) => (factors.length > 1 && f.percent ? f.value / 100 : f.value);
    let value = val(factors[0]!);
    ops.forEach((op, k) => {
      value = op === '*' ? value * val(factors[k + 1]!) : value / val(factors[k + 1]!);
    });
    return percentResult && factors.length > 1 && factors.some((f) => f.percent) ? value * 100 : value;
  };
  const lonePercent = (from: number) => {
    const t = tokens[from];
    return pos === from + 1 && t !== undefined && t.kind === 'num' && t.percent;
  };
  const sum = (): number | null => {
    const first = pos;
    let value = product();
    if (value === null) return null;
    const percentSum = lonePercent(first);
    for (let t = tokens[pos]; t && t.kind === 'op' && (t.op === '+' || t.op === '-'); t = tokens[pos]) {
      pos++;
      operators++;
      const at = pos;
      const next = product();
      if (next === null) return null;
      // `50TB + 35% = 67.5TB`: a percentage added to an amount grows it; percentages added together just add.
      if (lonePercent(at) && !percentSum) value *= 1 + (t.op === '+' ? next : -next) / 100;
      else value = t.op === '+' ? value + next : value - next;
    }
    return value;
  };
  const value = sum();
  if (value === null || pos !== tokens.length || !Number.isFinite(value)) return null;
  const nums = tokens.filter((t): t is Extract<Token, { kind: 'num' }> => t.kind === 'num');
  return {
    value,
    operators,
    percent: nums.length === 1 && nums[0]!.percent,
    unitless: nums.length > 0 && nums.every((t) => t.labelled && !t.scaled && !t.percent),
  };
}

export type ArithmeticFinding = { expression: string; stated: number; recomputed: number };

function roughlyEqual(a: number, b: number, statedText: string): boolean {
  const decimals = /\.(\d+)/.exec(statedText)?.[1]?.length ?? 0;
  const roundingSlack = 0.5 * 10 ** -decimals * (/\d[KkMB]\b/.test(statedText) ? 1e3 : 1);
  return Math.abs(a - b) <= Math.max(Math.abs(b) * 0.02, Math.min(roundingSlack, Math.abs(b) * 0.05));
}

/**
 * Every `expression = value` in the text whose expression has an operator and can be evaluated,
 * with what it really comes to. Pieces are split on `|`, `;` and line ends first.
 */
export function recheckFormulas(text: string): { checked: number; wrong: ArithmeticFinding[] } {
  const wrong: ArithmeticFinding[] = [];
  let checked = 0;
  if (!text.includes('=')) return { checked, wrong };
  // A label ends at a colon: `Budget $5K/mo: primary + standby at $1.2K each = $2.4K` sums only what follows it.
  for (const piece of text.split(/[|;\n]|,\s(?=[A-Za-z])|:\s/)) {
    const sides = piece.split(/=(?!=)/);
    for (let k = 0; k + 1 < sides.length; k++) {
      const rightText = sides[k + 1]!.trim();
      const right = evaluate(tokenize(rightText));
      const left = right && evaluate(tokenize(sides[k]!), right.percent);
      if (!left || left.operators === 0 || !right || right.operators > 0) continue;
      checked++;
      // `HSM(25) + compute(6) = $31K/mo`: bare labelled values are in the result's unit, K included.
      const scale = left.unitless ? SCALE[SCALE_SUFFIX.exec(rightText)?.[1] ?? ''] ?? 1 : 1;
      if (!roughlyEqual(left.value * scale, right.value, rightText)) {
        wrong.push({ expression: `${sides[k]!.trim()} = ${rightText}`, stated: right.value, recomputed: left.value * scale });
      }
    }
  }
  return { checked, wrong };
}

const PERCENT_CHANGE =
  /(\d+(?:\.\d+)?)%\s*\(\s*(?:from\s+)?(\$?\d[\d,.]*[KkMBT]?)[^\d()→]{0,12}?\s*(?:→|->|to)\s*(\$?\d[\d,.]*[KkMBT]?)[^()]{0,20}\)/g;

/** `reduces latency 60% (400ms → 150ms)`: the stated change against the one the two numbers give. */
export function recheckPercentChanges(text: string): { checked: number; wrong: ArithmeticFinding[] } {
  const wrong: ArithmeticFinding[] = [];
  let checked = 0;
  for (const m of text.matchAll(PERCENT_CHANGE)) {
    const from = readNumber(m[2]!, 0)?.value;
    const to = readNumber(m[3]!, 0)?.value;
    if (!from || to === undefined) continue;
    checked++;
    const stated = Number(m[1]);
    const recomputed = Math.abs(1 - to / from) * 100;
    if (Math.abs(recomputed - stated) > 3) wrong.push({ expression: m[0], stated, recomputed: Math.round(recomputed * 10) / 10 });
  }
  return { checked, wrong };
}

const DOWNTIME =
  /(\d{2}(?:\.\d+)?)%(?:\s+(?:uptime|availability|sla|slo))?\s*(?:≈|=|~|→|->|\bis\b|\bmeans\b|\ballows\b|\bgives\b|:|\()\s*(?:about\s+|roughly\s+|~\s*)?(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds|min|mins|minutes|h|hr|hrs|hours)\b[^.;\n]{0,24}?(?:\/|\bper\s+|\ban?\s+|\beach\s+)(day|week|wk|month|mo|year|yr)\b/gi;
const DOWNTIME_UNIT_MINUTES: Record<string, number> = { s: 1 / 60, sec: 1 / 60, secs: 1 / 60, seconds: 1 / 60, min: 1, mins: 1, minutes: 1, h: 60, hr: 60, hrs: 60, hours: 60 };
const PERIOD_MINUTES: Record<string, number> = { day: 1440, week: 10080, wk: 10080, month: 43830, mo: 43830, year: 525960, yr: 525960 };

/** `99.99% uptime ≈ 4.3 min/mo`: the downtime an availability allows, against the one stated (within 15%). */
export function recheckDowntime(text: string): { checked: number; wrong: ArithmeticFinding[] } {
  const wrong: ArithmeticFinding[] = [];
  let checked = 0;
  for (const m of text.matchAll(DOWNTIME)) {
    const availability = Number(m[1]);
    if (availability < 90 || availability >= 100) continue;
    const stated = Number(m[2]);
    const recomputed = ((100 - availability) / 100) * PERIOD_MINUTES[m[4]!.toLowerCase()]! / DOWNTIME_UNIT_MINUTES[m[3]!.toLowerCase()]!;
    checked++;
    if (stated > 0 && Math.abs(recomputed / stated - 1) > 0.15) wrong.push({ expression: m[0].trim(), stated, recomputed: Math.round(recomputed * 10) / 10 });
  }
  return { checked, wrong };
}
