/**
 * Quantities in free text, normalised to a base unit per dimension so `8K` = `8,000` = `eight thousand`,
 * `32GB` ≈ `32 GiB`, `1Gbps` = `1000 Mbps`, `100ms` = `0.1 s`, `3mo` ≈ `90 days`, `$200K/mo` = `$2.4M/yr`.
 * Versions (`v1.18`, `Rust 1.83`) and names (`EIP-1559`, `SOC-2`, `p99`) are not quantities.
 */

export type Dimension =
  | 'time'
  | 'bytes'
  | 'bandwidth'
  | 'money'
  | 'money-rate'
  | 'percent'
  | 'rate'
  | 'iops'
  | `count:${string}`
  | 'number';

export type Quantity = {
  value: number;
  dimension: Dimension;
  /** The text as written, for feedback. */
  raw: string;
  start: number;
  end: number;
};

const TIME: Record<string, number> = {
  ns: 1e-9, us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  min: 60, mins: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400, wk: 604800, week: 604800, weeks: 604800,
  mo: 2629800, mos: 2629800, month: 2629800, months: 2629800, y: 31557600, yr: 31557600, yrs: 31557600, year: 31557600, years: 31557600,
  毫秒: 1e-3, 秒: 1, 分钟: 60, 小时: 3600, 天: 86400, 周: 604800, 个月: 2629800, 月: 2629800, 年: 31557600,
};
const BYTES: Record<string, number> = {
  b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15, kib: 1024, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40, pib: 2 ** 50,
};
const BITS: Record<string, number> = { bps: 1, kbps: 1e3, mbps: 1e6, gbps: 1e9, tbps: 1e12 };
const PER: Record<string, number> = { s: 1, sec: 1, second: 1, min: 60, h: 3600, hr: 3600, hour: 3600, day: 86400, d: 86400, wk: 604800, week: 604800, mo: 2629800, month: 2629800, yr: 31557600, year: 31557600, y: 31557600 };
const RATE_UNITS = new Set(['tps', 'rps', 'qps', 'ops/s', 'req/s', 'tx/s', 'msg/s', 'events/s', 'writes/s', 'reads/s']);
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, t: 1e12, 万: 1e4, 亿: 1e8, 千: 1e3 };

/** Counted things: `8-core`, `6 devs`, `2 SREs`, `1M addresses`; the key names the thing. */
const COUNT_NOUNS: Record<string, string> = {
  core: 'core', cores: 'core', cpu: 'core', cpus: 'core', vcpu: 'core', vcpus: 'core', 核: 'core',
  dev: 'dev', devs: 'dev', developer: 'dev', developers: 'dev', engineer: 'dev', engineers: 'dev', 开发: 'dev', 名开发: 'dev',
  sre: 'sre', sres: 'sre', qa: 'qa', qas: 'qa', devops: 'devops', sec: 'sec', fte: 'fte', ftes: 'fte', people: 'people', person: 'people', 人: 'people',
  node: 'node', nodes: 'node', shard: 'shard', shards: 'shard', replica: 'replica', replicas: 'replica', region: 'region', regions: 'region',
  user: 'user', users: 'user', address: 'address', addresses: 'address', client: 'client', clients: 'client', trader: 'user', traders: 'user',
  tx: 'tx', txs: 'tx', transaction: 'tx', transactions: 'tx', request: 'request', requests: 'request', call: 'call', calls: 'call',
  mint: 'mint', mints: 'mint', event: 'event', events: 'event', block: 'block', blocks: 'block', provider: 'provider', providers: 'provider',
  pod: 'pod', pods: 'pod', validator: 'validator', validators: 'validator', chain: 'chain', chains: 'chain', dex: 'dex', dexs: 'dex', dexes: 'dex',
  failure: 'failure', failures: 'failure', task: 'task', tasks: 'task', entry: 'entry', entries: 'entry', plugin: 'plugin', plugins: 'plugin',
};

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const WORD_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Product names whose following number is a version, not a quantity. */
const VERSIONED = /(?:rust|solana|node|python|go|java|tls|http|libp2p|ethers-rs|ethers|tokio|axum|postgres|postgresql|kubernetes|k8s|uniswap|wormhole|gossipsub|ubuntu|debian|v)\s*$/i;

// Linear-time pattern: a number, an optional scale letter, an optional unit word, an optional `/period` (`per month`, `a year`).
const NUMBER = /(\$|¥|€|US\$)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)(?![\d.])\s?((?:k|m|bn|b|t)(?![a-z])|万|亿|千)?\s?(-|\s)?(?!an?\s+(?:year|yr|month|mo|week|day|hour|minute|second)\b)([a-zµ%]+(?:\/[a-z]+)?|%|毫秒|秒|分钟|小时|天|周|个月|月|年|核|名开发|人)?(?:\s?(?:\/|per\s|an?\s)\s?([a-z]+))?/giu;

function unitOf(
  rawUnit: string,
  per: string | undefined,
  money: boolean,
): { dimension: Dimension; factor: number } | null {
  let unit = rawUnit.toLowerCase();
  // "+60ms per miss": a `per` that is no period is not part of the unit.
  if (per && PER[per] === undefined) per = undefined;
  const slash = unit.indexOf('/');
  if (slash > 0 && !RATE_UNITS.has(unit) && !per) {
    per = unit.slice(slash + 1);
    unit = unit.slice(0, slash);
  }
  if (money) {
    const period = per ?? (unit === 'mo' || unit === 'month' || unit === 'yr' || unit === 'year' ? unit : undefined);
    if (period && PER[period]) return { dimension: 'money-rate', factor: 1 / PER[period]! };
    return { dimension: 'money', factor: 1 };
  }
  if (unit === '%') return { dimension: 'percent', factor: 1 };
  if (TIME[unit] !== undefined && !per) return { dimension: 'time', factor: TIME[unit]! };
  if (BITS[unit] !== undefined) return { dimension: 'bandwidth', factor: BITS[unit]! };
  if (BYTES[unit] !== undefined) {
    if (per && PER[per]) return { dimension: 'bandwidth', factor: (BYTES[unit]! * 8) / PER[per]! };
    return { dimension: 'bytes', factor: BYTES[unit]! };
  }
  if (RATE_UNITS.has(unit)) return { dimension: 'rate', factor: 1 };
  if (unit === 'iops') return { dimension: 'iops', factor: 1 };
  const noun = COUNT_NOUNS[unit.replace(/\/.*$/, '')];
  if (noun) {
    if (per && PER[per]) return { dimension: 'rate', factor: 1 / PER[per]! };
    if (unit.includes('/')) return { dimension: 'rate', factor: 1 };
    return { dimension: `count:${noun}`, factor: 1 };
  }
  if (per && PER[per]) return { dimension: 'rate', factor: 1 / PER[per]! };
  return null;
}

function wordNumbers(text: string, out: Quantity[]): void {
  const re = /\b((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]?){1,3})(thousand|million|billion)?\s+([a-z]+)/gi;
  for (const m of text.matchAll(re)) {
    let value = 0;
    for (const w of m[1]!.trim().split(/[\s-]+/)) {
      const n = WORD_NUMBERS[w.toLowerCase()];
      if (n === undefined) continue;
      value = n === 100 ? Math.max(1, value) * 100 : value + n;
    }
    if (m[2]) value *= WORD_SCALE[m[2].toLowerCase()]!;
    const unit = unitOf(m[3]!, undefined, false);
    if (value > 0) {
      out.push({
        value: unit ? value * unit.factor : value,
        dimension: unit ? unit.dimension : m[2] ? 'number' : 'number',
        raw: m[0],
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
}

/** Every quantity in the text, in order. Linear in the text's length. */
export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [matched, currency, digits, scale, , unitWord, per] = m;
    const raw = matched.trimStart();
    const start = m.index + matched.length - raw.length;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text[start + raw.length] ?? '';
    // Versions, standards and names: `v1.18`, `Rust 1.83`, `EIP-1559`, `SOC-2`, `p99`, `ed25519`, `AES-256`.
    // `q6mo` is "every 6 months", the one letter that makes a period of what follows it.
    const every = /(?:^|[^a-z])q$/i.test(before) && /^(?:mo|months?|yrs?|years?|wks?|weeks?|days?)$/i.test(unitWord ?? '');
    if (!currency && !every && (VERSIONED.test(before) || /[a-z]-?$/i.test(before) || /^\.\d/.test(after))) continue;
    let value = Number(digits!.replace(/,/g, ''));
    let unit = unitWord ?? '';
    let period = per;
    let end = start + raw.length;
    // "$50K per year": `per` was read as the unit; the period is the next word.
    if (/^per$/i.test(unit)) {
      const next = /^\s+([a-z]+)/i.exec(text.slice(end));
      unit = '';
      if (next) {
        period = next[1];
        end += next[0].length;
      }
    }
    let scaleWord = scale;
    // `8K TPS`: the scale letter was read, the unit is the next word.
    if (!scaleWord && /^(k|m|b)$/i.test(unit) && !currency) {
      scaleWord = unit;
      unit = '';
    }
    if (scaleWord) value *= SCALE[scaleWord.toLowerCase()] ?? 1;
    // "6K/mo", "1.2M/yr" with no other unit: in this domain a monthly or yearly figure is money.
    const periodOnly = (unit.replace(/^\//, '') || period || '').toLowerCase();
    if (!currency && scaleWord && /^(?:mo|month|yr|year)$/.test(periodOnly) && (!unit || !period)) {
      out.push({ value: value / PER[periodOnly]!, dimension: 'money-rate', raw: text.slice(start, end).trim(), start, end });
      continue;
    }
    if ((!unit || !unitOf(unit, undefined, false)) && !currency) {
      // `8K TPS`, `4 Data Engineers`, `3 RPC providers`: the counted noun may stand one word further on.
      const after = raw.length - (unit ? unit.length : 0);
      const next = /^\s*(?:[A-Za-z]+\s+)?([a-z]+(?:\/[a-z]+)?)/i.exec(text.slice(start + after));
      const u = next ? unitOf(next[1]!, undefined, false) : null;
      if (u && (u.dimension === 'rate' || u.dimension.startsWith('count:'))) {
        const end = start + after + next![0].length;
        out.push({ value: value * u.factor, dimension: u.dimension, raw: text.slice(start, end), start, end });
        continue;
      }
    }
    // `48 dev-months`, `6 person-weeks`: effort, not a head count.
    if (/^-(?:months?|weeks?|days?|years?|hours?|mo|wk)\b/i.test(text.slice(end))) {
      out.push({ value, dimension: 'number', raw: text.slice(start, end).trim(), start, end });
      continue;
    }
    // `1 Sec` in a team list is a security engineer, not a second.
    const u = /^Secs?$/.test(unit) ? { dimension: 'count:sec' as Dimension, factor: 1 } : unitOf(unit, period?.toLowerCase(), Boolean(currency));
    if (!u) {
      out.push({ value, dimension: 'number', raw: raw.trim(), start, end: start + raw.length });
      continue;
    }
    out.push({ value: value * u.factor, dimension: u.dimension, raw: text.slice(start, end).trim(), start, end });
  }
  wordNumbers(text, out);
  if (/\p{Script=Han}/u.test(text)) for (const q of out) readChineseContext(text, q);
  return out.sort((a, b) => a.start - b.start);
}

// A bare number may stand for a count (`24` for `24 cores`), but cores are never developers.
function bareAndCount(x: Dimension, y: Dimension): boolean {
  return x === 'number' && y.startsWith('count:');
}

/** Same quantity within tolerance: 8% covers GB vs GiB (7.4%) and rounding; time and money 5%. */
export function sameQuantity(a: Pick<Quantity, 'value' | 'dimension'>, b: Pick<Quantity, 'value' | 'dimension'>): boolean {
  // "$45K budget" for "$45K/mo": a monthly figure said without its period.
  if (a.dimension === 'money' && b.dimension === 'money-rate') return sameQuantity(a, { value: b.value * PER.mo!, dimension: 'money' });
  if (a.dimension === 'money-rate' && b.dimension === 'money') return sameQuantity(b, a);
  if (a.dimension !== b.dimension && !bareAndCount(a.dimension, b.dimension) && !bareAndCount(b.dimension, a.dimension)) return false;
  const tolerance = a.dimension === 'bytes' ? 0.08 : a.dimension === 'percent' ? 0.0001 : 0.05;
  if (a.value === b.value) return true;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** Downtime per year an availability target allows, in hours: 99.95% → 4.38 h. */
export function downtimeHoursPerYear(availabilityPercent: number): number {
  return ((100 - availabilityPercent) / 100) * 8766;
}

export function formatDowntime(hours: number): string {
  return hours >= 1 ? `${+hours.toFixed(1)} h/yr` : `${Math.round(hours * 60)} min/yr`;
}

const HAN_PERIOD: Record<string, number> = { 秒: 1, 分钟: 60, 小时: 3600, 天: 86400, 日: 86400, 周: 604800, 个月: 2629800, 月: 2629800, 年: 31557600 };
const HAN_COUNT: Record<string, string> = {
  用户: 'user', 开发: 'dev', 工程师: 'dev', 开发人员: 'dev', 节点: 'node', 核: 'core', 副本: 'replica', 分片: 'shard', 交易: 'tx',
  请求: 'request', 调用: 'call', 地区: 'region', 区域: 'region', sre: 'sre', qa: 'qa', sec: 'sec', devops: 'devops',
};
const HAN_MONEY = /预算|账单|成本|费用|花费|开销|美元|收入|营收|省下|节省|花/;
const HAN_PER_BEFORE = /每\s*(秒|分钟|小时|天|日|周|个月|月|年)\s*$/;
const HAN_PER_AFTER = /^\s*(?:\/|每)\s*(秒|分钟|小时|天|日|周|个月|月|年)/;
const HAN_NOUN_AFTER = /^\s*(?:名|个|位|台|笔|次)?\s*(开发人员|用户|开发|工程师|节点|核|副本|分片|交易|请求|调用|地区|区域|SRE|QA|Sec|DevOps)/i;

/**
 * Chinese writes the period before the number (`每天 100 万次` = 1M a day, `每月 $3K`) or after a slash
 * (`$8K/月`), and counts with a classifier (`2 名 SRE`, `1 亿用户`).
 */
function readChineseContext(text: string, q: Quantity): void {
  const before = text.slice(Math.max(0, q.start - 6), q.start);
  const after = text.slice(q.end, q.end + 8);
  // "存储账单从每月 5 万降到约 1 万，在 1.2 万上限之内": in a sentence about money, an amount in 万 is money.
  if (q.dimension === 'number' && /[万亿]/.test(text.slice(q.start, q.end))) {
    const sentenceBefore = text.slice(Math.max(0, q.start - 40), q.start).split(/[。；;\n]/).pop()!;
    const sentenceAfter = text.slice(q.end, q.end + 6).split(/[。；;\n]/)[0]!;
    if (HAN_MONEY.test(sentenceBefore + sentenceAfter)) q.dimension = 'money';
  }
  const period = HAN_PER_BEFORE.exec(before)?.[1] ?? HAN_PER_AFTER.exec(after)?.[1];
  if (period && (q.dimension === 'money' || q.dimension === 'number' || q.dimension.startsWith('count:'))) {
    const seconds = HAN_PERIOD[period]!;
    q.dimension = q.dimension === 'money' ? 'money-rate' : 'rate';
    q.value /= seconds;
    return;
  }
  const noun = q.dimension === 'number' ? HAN_NOUN_AFTER.exec(after) : null;
  if (noun) q.dimension = `count:${HAN_COUNT[noun[1]!.toLowerCase()]!}`;
}
