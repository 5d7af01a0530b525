/**
 * Daily rounds through the adapter's RoundPoster and the real discord.js REST client: the question
 * with an Answer button that carries the round, the summary, Discord's rate limits and refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEntry } from '../../../src/bank/query.ts';
import { RoundPostError, type RoundQuestion, type RoundSummary } from '../../../src/schedule/contract.ts';
import { shippedBank } from '../../helpers/practice.ts';
import { ADA, click, edited, interact, submitModal, startBot, type Bot } from './bot.ts';
import { GUILD_ID, snowflake } from './fake-discord.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

const channelRef = (channelId = snowflake()) => ({ platform: 'discord' as const, scope: `discord:${GUILD_ID}`, channelId });

function round(channelId?: string, roundId = 42): RoundQuestion {
  const entry = findEntry(shippedBank(), 'Q7')!;
  const opensAt = new Date(Date.UTC(2026, 10, 25, 9));
  return { roundId, channel: channelRef(channelId), entry, localDate: '2026-11-25', opensAt, closesAt: new Date(opensAt.getTime() + 8 * 3_600_000) };
}

const posts = (channelId: string) => bot.fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channelId}/messages`);

async function refusal(promise: Promise<unknown>): Promise<RoundPostError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(RoundPostError);
  return err as RoundPostError;
}

describe('RoundPoster for Discord channels', () => {
  it('posts the question with an Answer button carrying the round id, pinging nobody', async () => {
    const r = round();
    await bot.running.poster.postQuestion(r);
    const [post] = posts(r.channel.channelId);
    expect(post!.body.allowed_mentions).toEqual({ parse: [] });
    expect(post!.body.embeds[0].title).toBe('Daily round · Q7 · Foundational · Integration');
    expect(post!.body.embeds[0].description).toContain(`<t:${r.closesAt.getTime() / 1000}:f>`);
    expect(post!.body.components[0].components[0]).toMatchObject({ label: 'Answer', custom_id: 'cc1:answer:Q7:r42:-:-:-' });
  });

  it('posts the summary when the round closes', async () => {
    const channel = channelRef();
    const summary: RoundSummary = {
      roundId: 42, channel, questionId: 'Q7', question: 'Design Circuit Breaker?', participants: 3, average: 61.3,
      top: [{ displayName: 'Ada', total: 88 }, { displayName: null, total: 70 }, { displayName: '@everyone', total: 26 }],
      keyInsight: 'Sliding-window CB trips after 5 failures/30s.', mostMissedConstraint: 'Operational: 99.9% uptime',
    };
    await bot.running.poster.postSummary(summary);
    const [post] = posts(channel.channelId);
    const embed = post!.body.embeds[0];
    expect(embed.title).toBe('Daily round closed · Q7');
    expect(embed.fields).toContainEqual({ name: 'Average', value: '61/100', inline: true });
    expect(embed.fields.find((f: any) => f.name === 'Top answers').value).toBe('**1.** Ada · 88\n**2.** Anonymous candidate · 70\n**3.** @everyone · 26');
    expect(post!.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('waits out a 429 (Retry-After) and posts on the retry: discord.js queues it', async () => {
    const r = round();
    let limited = 0;
    bot.fake.override((req) => {
      if (req.path !== `/api/v10/channels/${r.channel.channelId}/messages` || limited++ > 0) return undefined;
      return { status: 429, headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 0.3, global: false } };
    });
    const started = Date.now();
    await bot.running.poster.postQuestion(r);
    expect(posts(r.channel.channelId).map((p) => p.status)).toEqual([429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('gives a long rate-limit wait back to the scheduler as retryable, with the wait', async () => {
    const r = round();
    bot.fake.override((req) => (req.path === `/api/v10/channels/${r.channel.channelId}/messages` ? { status: 429, headers: { 'retry-after': '120' }, body: { message: 'You are being rate limited.', retry_after: 120, global: false } } : undefined));
    const err = await refusal(bot.running.poster.postQuestion(r));
    expect(err.retryable).toBe(true);
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(119);
  });

  it.each([
    [403, 50013, 'lacks a permission'],
    [403, 50001, 'no access'],
    [404, 10003, 'no longer exists'],
  ])('maps HTTP %i with code %i to a hard failure', async (status, code, words) => {
    const r = round();
    bot.fake.override((req) => (req.path === `/api/v10/channels/${r.channel.channelId}/messages` ? { status, body: { message: 'Missing', code } } : undefined));
    const err = await refusal(bot.running.poster.postQuestion(r));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain(words);
  });

  it('maps a lasting 5xx to a retryable failure after discord.js has retried it', async () => {
    const r = round();
    bot.fake.override((req) => (req.path === `/api/v10/channels/${r.channel.channelId}/messages` ? { status: 502, body: { message: 'Bad Gateway' } } : undefined));
    const err = await refusal(bot.running.poster.postQuestion(r));
    expect(err.retryable).toBe(true);
    expect(posts(r.channel.channelId).length).toBeGreaterThan(1);
  });
});

describe('answering a round message', () => {
  it('opens the modal for the round and scores the answer privately', async () => {
    const { callback } = await interact(bot.fake, click(ADA, 'cc1:answer:Q7:r42:-:-:-'));
    expect(callback.body.type).toBe(9);
    expect(callback.body.data.custom_id).toBe('cc1:modal:Q7:r42:-:-:-');
    const { token } = await interact(bot.fake, submitModal(ADA, 'cc1:modal:Q7:r42:-:-:-', 'A sliding-window breaker: 5 failures in 30s, 99.9% uptime.'));
    const edit = await edited(bot.fake, token);
    expect(edit.body.embeds[0].title).toMatch(/^Q7 · \d+\/100$/);
  });
});
