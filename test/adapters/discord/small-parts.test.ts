/** The adapter's small pure parts: day lists, the answer limiter, kept drafts, error descriptions. */
import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createAnswerDrafts } from '../../../adapters/discord/drafts.ts';
import { APOLOGY, describeError, Refusal, userMessageFor, withoutTokens } from '../../../adapters/discord/failure.ts';
import { createAnswerLimiter } from '../../../adapters/discord/rate-limit.ts';
import { weekdaysText } from '../../../adapters/discord/render/schedule.ts';
import { parseWeekdays } from '../../../adapters/discord/weekdays.ts';
import { PracticeError } from '../../../src/practice/index.ts';
import { ScheduleError } from '../../../src/schedule/contract.ts';
import { fakeClock } from '../../helpers/practice.ts';

describe('parseWeekdays', () => {
  it.each([
    ['', undefined],
    ['every day', undefined],
    ['weekdays', [1, 2, 3, 4, 5]],
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['Mon, Wed, Fri', [1, 3, 5]],
    ['tues thurs', [2, 4]],
    ['fri-mon', [0, 1, 5, 6]],
    ['saturday..sunday', [0, 6]],
    ['weekends', [0, 6]],
    ['sun-sat', [0, 1, 2, 3, 4, 5, 6]],
    ['mondays,thursdays', [1, 4]],
  ])('reads %j', (text, days) => {
    expect(parseWeekdays(text)).toEqual(days);
  });

  it.each(['mo', 'someday', 'mon-', 'mon-tue-wed', '1-5', 'mondayz'])('refuses %j politely', (text) => {
    expect(() => parseWeekdays(text)).toThrow(Refusal);
    expect(() => parseWeekdays(text)).toThrow(/Use day names such as mon-fri/);
  });

  it('says the days back in words', () => {
    expect(weekdaysText([1, 2, 3, 4, 5])).toBe('Monday to Friday');
    expect(weekdaysText([0, 1, 2, 3, 4, 5, 6])).toBe('every day');
    expect(weekdaysText([1, 3])).toBe('Mon, Wed');
  });
});

describe('answer limiter', () => {
  it('allows one answer per interval per user, and gives back a refused one', () => {
    const clock = fakeClock(0);
    const limiter = createAnswerLimiter(10_000, clock);
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('b')).toEqual({ ok: true });
    clock.advance(4_000);
    expect(limiter.take('a')).toEqual({ ok: false, retryInMs: 6_000 });
    clock.advance(6_000);
    expect(limiter.take('a')).toEqual({ ok: true });
    limiter.release('a');
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('forgets users whose interval is over once many are remembered', () => {
    const clock = fakeClock(0);
    const limiter = createAnswerLimiter(1_000, clock);
    for (let i = 0; i < 10_000; i++) limiter.take(`u${i}`);
    clock.advance(1_000);
    limiter.take('late');
    clock.advance(10);
    expect(limiter.take('late')).toEqual({ ok: false, retryInMs: 990 });
    expect(limiter.take('u1')).toEqual({ ok: true });
  });
});

describe('kept drafts', () => {
  it('keeps a draft per user and question for 15 minutes', () => {
    const clock = fakeClock(0);
    const drafts = createAnswerDrafts(clock);
    drafts.keep('a', 'Q1', 'first');
    drafts.keep('a', 'Q1', 'second');
    expect(drafts.get('a', 'Q1')).toBe('second');
    expect(drafts.get('a', 'Q2')).toBeUndefined();
    expect(drafts.get('b', 'Q1')).toBeUndefined();
    clock.advance(15 * 60_000 + 1);
    expect(drafts.get('a', 'Q1')).toBeUndefined();
  });

  it('drops the oldest beyond its size', () => {
    const drafts = createAnswerDrafts(fakeClock(0));
    for (let i = 0; i <= 2_000; i++) drafts.keep(`u${i}`, 'Q1', `t${i}`);
    expect(drafts.get('u0', 'Q1')).toBeUndefined();
    expect(drafts.get('u2000', 'Q1')).toBe('t2000');
    drafts.drop('u2000', 'Q1');
    expect(drafts.get('u2000', 'Q1')).toBeUndefined();
  });
});

describe('failures', () => {
  it("shows refusals' own messages and apologises for bugs", () => {
    expect(userMessageFor(new PracticeError('no-match', 'No question matches.'))).toEqual({ message: 'No question matches.', bug: false });
    expect(userMessageFor(new ScheduleError('invalid-time', 'Bad time.'))).toEqual({ message: 'Bad time.', bug: false });
    expect(userMessageFor(new Refusal('Not here.'))).toEqual({ message: 'Not here.', bug: false });
    expect(userMessageFor(new TypeError("Cannot read properties of undefined (reading 'x')"))).toEqual({ message: APOLOGY, bug: true });
  });

  it('keeps interaction tokens and request bodies out of logged errors', () => {
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
    expect(withoutTokens(`https://discord.com/api/v10/webhooks/900000000000000001/${token}/messages/@original`)).toBe('https://discord.com/api/v10/webhooks/900000000000000001/[token]/messages/@original');
    expect(withoutTokens(`/interactions/1300000000000000001/${token}/callback?with_response=false`)).toBe('/interactions/1300000000000000001/[token]/callback?with_response=false');
    const err = new DiscordAPIError({ message: 'Unknown interaction', code: 10062 }, 10062, 404, 'POST', `https://discord.com/api/v10/interactions/1/${token}/callback`, { body: { data: { content: 'my secret answer' } } as any, files: undefined });
    const described = JSON.stringify(describeError(err));
    expect(described).not.toContain(token);
    expect(described).not.toContain('my secret answer');
    expect(described).toContain('10062');
  });
});
