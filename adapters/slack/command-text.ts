/**
 * `/coach <subcommand> …` read into what the person asked for. Pure: the values are passed on as typed
 * and the practice and schedule cores say which one is wrong; this only knows the shape of the text.
 */
import type { LeaderboardPeriod, QuestionFilters } from '../../src/practice/index.ts';
import type { ScheduleFilters, ScheduleInput } from '../../src/schedule/contract.ts';
import { unescape } from './mrkdwn.ts';

export type CoachCommand =
  | { kind: 'practice'; filters: QuestionFilters }
  | { kind: 'question'; id: string }
  | { kind: 'progress' }
  /** `showName`: `name:on|off`, whether the person's name shows on boards (anonymous until they opt in). */
  | { kind: 'leaderboard'; period: LeaderboardPeriod; showName?: boolean }
  | { kind: 'schedule-set'; input: ScheduleInput }
  | { kind: 'schedule-pause' }
  | { kind: 'schedule-resume' }
  | { kind: 'schedule-list' }
  | { kind: 'schedule-delete' }
  | { kind: 'forget-me' }
  | { kind: 'export' }
  /** `/coach mock [filters] [count]`: start or continue a mock interview; `mock end` gives it up. */
  | { kind: 'mock'; filters: QuestionFilters; count?: number }
  | { kind: 'mock-end' }
  /** `/coach lang en|zh|auto`; without a value, the current setting. */
  | { kind: 'lang'; setting?: string }
  /** `problem` says what could not be read; shown above the help text. */
  | { kind: 'help'; problem?: string };

class Unreadable extends Error {}

const FILTER_KEYS: Record<string, keyof ScheduleFilters | 'dimension'> = {
  d: 'difficulty', difficulty: 'difficulty',
  p: 'phase', phase: 'phase',
  s: 'stakeholder', stakeholder: 'stakeholder',
  dim: 'dimension', dimension: 'dimension',
};
/** Bare values fill these in order: `/coach practice A Ops SRE`. */
const POSITIONAL = ['difficulty', 'phase', 'stakeholder'] as const;
const SKIP = new Set(['-', '*', 'any']);
const QUESTION_ID = /^q\d+$/i;

function named(token: string): [string, string] | null {
  const m = /^([a-z]+)[:=](.*)$/i.exec(token);
  return m ? [m[1]!.toLowerCase(), m[2]!] : null;
}

/** Filters from `A Ops SRE`, `phase:Ops`, `- - SRE`; anything else in `rest` is left to the caller. */
function readFilters(tokens: string[], allow: { dimension: boolean; id: boolean; extra?: (token: string) => boolean }): QuestionFilters {
  const filters: QuestionFilters = {};
  let slot = 0;
  for (const token of tokens) {
    if (allow.extra?.(token)) continue;
    if (allow.id && QUESTION_ID.test(token)) {
      if (filters.id) throw new Unreadable(`Ask for one question at a time (you wrote ${filters.id} and ${token}).`);
      filters.id = token;
      continue;
    }
    const pair = named(token);
    if (pair) {
      const key = FILTER_KEYS[pair[0]];
      if (!key || (key === 'dimension' && !allow.dimension)) throw new Unreadable(`"${token}" is not a filter. Use difficulty:, phase:, stakeholder:${allow.dimension ? ' or dimension:' : ''}.`);
      if (pair[1] === '') throw new Unreadable(`"${token}" needs a value, e.g. ${pair[0]}:${key === 'difficulty' ? 'A' : key === 'phase' ? 'Ops' : key === 'stakeholder' ? 'SRE' : 'Structural'}.`);
      filters[key] = pair[1];
      continue;
    }
    const key = POSITIONAL[slot++];
    if (!key) throw new Unreadable(`"${token}" is one value too many: give a difficulty, a phase and a stakeholder, in that order (or name them, e.g. phase:Ops).`);
    if (!SKIP.has(token.toLowerCase())) filters[key] = token;
  }
  return filters;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_SETS: Record<string, number[] | undefined> = {
  daily: undefined, 'every-day': undefined, everyday: undefined,
  weekdays: [1, 2, 3, 4, 5], weekends: [0, 6], weekend: [0, 6],
};

/** mon, tue…: three letters or more of a day's name. */
const dayOf = (word: string): number => (word.length >= 3 ? DAY_NAMES.findIndex((d) => d.startsWith(word)) : -1);

const looksLikeDays = (token: string) =>
  token.toLowerCase() in DAY_SETS || (/^[a-z]{3,9}([-,][a-z]{3,9})*$/i.test(token) && token.toLowerCase().split(/[-,]/).every((w) => dayOf(w) >= 0));

/** `mon-fri`, `mon,wed,fri`, `fri-mon` (wraps), `weekdays`: 0 = Sunday … 6. Undefined means every day. */
export function readWeekdays(token: string): number[] | undefined {
  const t = token.toLowerCase();
  if (t in DAY_SETS) return DAY_SETS[t];
  const days = new Set<number>();
  for (const part of t.split(',')) {
    const [from, to, extra] = part.split('-');
    const a = dayOf(from ?? '');
    const b = to === undefined ? a : dayOf(to);
    if (a < 0 || b < 0 || extra !== undefined) throw new Unreadable(`I could not read the days "${token}". Use mon-fri, mon,wed,fri, weekdays or daily.`);
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return [...days].sort((x, y) => x - y);
}

const SCHEDULE_USAGE = 'Write `/coach schedule set 09:00 Asia/Shanghai [mon-fri] [difficulty phase stakeholder]`, or `schedule pause`, `resume`, `list`, `delete`.';

function readScheduleSet(args: string[]): ScheduleInput {
  const [time, timeZone, ...rest] = args;
  if (!time || !timeZone) throw new Unreadable(`A schedule needs a time and a time zone. ${SCHEDULE_USAGE}`);
  const input: ScheduleInput = { time, timeZone };
  const filterTokens: string[] = [];
  for (const token of rest) {
    const pair = named(token);
    if (pair && (pair[0] === 'window' || pair[0] === 'w')) {
      const hours = /^(\d+(?:\.\d+)?)h?$/i.exec(pair[1]);
      if (!hours) throw new Unreadable(`"${token}" is not an answer window; write window:8 for eight hours.`);
      input.windowHours = Number(hours[1]);
    } else if (pair && (pair[0] === 'days' || pair[0] === 'on')) {
      const days = readWeekdays(pair[1]);
      if (days) input.weekdays = days;
    } else if (!pair && input.weekdays === undefined && looksLikeDays(token)) {
      const days = readWeekdays(token);
      if (days) input.weekdays = days;
    } else filterTokens.push(token);
  }
  const { difficulty, phase, stakeholder } = readFilters(filterTokens, { dimension: false, id: false });
  const filters: ScheduleFilters = {};
  if (difficulty) filters.difficulty = difficulty;
  if (phase) filters.phase = phase;
  if (stakeholder) filters.stakeholder = stakeholder;
  if (Object.keys(filters).length > 0) input.filters = filters;
  return input;
}

function read(words: string[]): CoachCommand {
  const [head = 'help', ...args] = words;
  switch (head.toLowerCase()) {
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'practice':
    case 'practise':
      return { kind: 'practice', filters: readFilters(args, { dimension: true, id: true }) };
    case 'question':
    case 'q': {
      if (args.length !== 1) throw new Unreadable('Which question? Write `/coach question Q3`.');
      return { kind: 'question', id: args[0]! };
    }
    case 'progress':
      return { kind: 'progress' };
    case 'leaderboard':
    case 'board': {
      const nameArg = args.find((a) => named(a)?.[0] === 'name');
      const rest = args.filter((a) => a !== nameArg);
      const period = (rest[0] ?? 'week').toLowerCase();
      if (rest.length > 1 || (period !== 'week' && period !== 'all')) throw new Unreadable('The leaderboard is for `week` (the default) or `all` time, optionally with `name:on` or `name:off`.');
      if (!nameArg) return { kind: 'leaderboard', period };
      const value = named(nameArg)![1].toLowerCase();
      if (value !== 'on' && value !== 'off') throw new Unreadable('Write `name:on` to show your name on leaderboards, `name:off` to hide it.');
      return { kind: 'leaderboard', period, showName: value === 'on' };
    }
    case 'schedule': {
      const [sub = '', ...rest] = args;
      const simple = { pause: 'schedule-pause', resume: 'schedule-resume', list: 'schedule-list', delete: 'schedule-delete', remove: 'schedule-delete' } as const;
      if (sub.toLowerCase() === 'set') return { kind: 'schedule-set', input: readScheduleSet(rest) };
      const kind = simple[sub.toLowerCase() as keyof typeof simple];
      if (!kind || rest.length > 0) throw new Unreadable(SCHEDULE_USAGE);
      return { kind };
    }
    case 'forget-me':
    case 'forget':
      return { kind: 'forget-me' };
    case 'export':
      return { kind: 'export' };
    case 'mock': {
      if (args.length === 1 && /^(end|stop)$/i.test(args[0]!)) return { kind: 'mock-end' };
      const counts = args.filter((a) => /^\d+$/.test(a) || named(a)?.[0] === 'count');
      if (counts.length > 1) throw new Unreadable('Give one number of questions, e.g. `/coach mock A Ops 2`.');
      const raw = counts[0] ? (named(counts[0])?.[1] ?? counts[0]) : undefined;
      if (raw !== undefined && !/^\d+$/.test(raw)) throw new Unreadable(`"${counts[0]}" is not a number of questions; write e.g. \`count:2\`.`);
      const filters = readFilters(args.filter((a) => !counts.includes(a)), { dimension: true, id: false });
      return { kind: 'mock', filters, ...(raw !== undefined ? { count: Number(raw) } : {}) };
    }
    case 'lang':
    case 'language': {
      if (args.length > 1) throw new Unreadable('Write `/coach lang en`, `/coach lang zh` or `/coach lang auto`.');
      return args[0] ? { kind: 'lang', setting: args[0] } : { kind: 'lang' };
    }
    default:
      throw new Unreadable(`I don't know "${head}".`);
  }
}

export function parseCoachText(text: string): CoachCommand {
  const words = unescape(text).trim().split(/\s+/).filter(Boolean);
  try {
    return read(words);
  } catch (err) {
    if (err instanceof Unreadable) return { kind: 'help', problem: err.message };
    throw err;
  }
}
