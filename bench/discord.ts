/**
 * The Discord adapter's own cost per interaction, scoring excluded: a gateway payload becomes a
 * discord.js interaction, is routed, its custom id validated, its reply rendered, and the reply goes
 * through discord.js's REST queue to a `makeRequest` that answers at once (no network). The practice
 * use cases are stubbed with answers computed in advance, so the figure is the adapter's and
 * discord.js's, not the scorer's or SQLite's (those have their own figures above).
 */
import { Client, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { searchFor, type DiscordContext } from '../adapters/discord/context.ts';
import { createAnswerDrafts } from '../adapters/discord/drafts.ts';
import { createAnswerLimiter } from '../adapters/discord/rate-limit.ts';
import { handleInteraction } from '../adapters/discord/router.ts';
import { findEntry } from '../src/bank/query.ts';
import { loadBank } from '../src/bank/load.ts';
import { systemClock, type Practice, type QuestionPick } from '../src/practice/index.ts';
import { createScorer } from '../src/scoring/index.ts';
import { ADA, autocomplete, click, command, str, submitModal } from '../test/e2e/discord/bot.ts';
import { fmt, percentile, type Figure } from './harness.ts';

const GOAL_MS = 2;

/** A Response as Discord sends it for each route the adapter uses. */
function answer(url: string): Response {
  if (url.includes('/callback')) return new Response(null, { status: 204 });
  const message = { id: '1', type: 0, channel_id: '700000000000000001', content: '', author: { id: '900000000000000002', username: 'coach', discriminator: '0', avatar: null, bot: true }, embeds: [], components: [], attachments: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, timestamp: '2026-01-01T00:00:00.000Z', edited_timestamp: null, flags: 64 };
  return new Response(JSON.stringify(message), { status: 200, headers: { 'content-type': 'application/json' } });
}

async function timed(n: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}

export async function benchDiscord(): Promise<Figure[]> {
  const bank = loadBank('content');
  const entry = findEntry(bank, 'Q7')!;
  const text = `${entry.keyInsight} ${entry.constraints.map((c) => c.text).join('; ')}. Trade-off: latency against errors; SRE and Lead agree.`;
  const report = createScorer(bank).score(entry, text);
  const pick: QuestionPick = { entry, reason: 'weakest', weakestDimension: 'constraints', matching: 9 };
  const practice = { bank, nextQuestion: () => pick, submitAnswer: () => report } as unknown as Practice;
  const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as Logger;
  const ctx: DiscordContext = {
    practice,
    schedules: null,
    search: searchFor(practice),
    log: silent,
    defaultTimeZone: 'UTC',
    limiter: createAnswerLimiter(0, systemClock),
    drafts: createAnswerDrafts(systemClock),
  };
  // discord.js counts interaction edits against its own 50 requests/s global budget (Discord does not);
  // at thousands of interactions a second here that throttle, not the adapter, would be measured.
  const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, rest: { makeRequest: async (url) => answer(url), globalRequestsPerSecond: 1e9 } });
  client.rest.setToken('bench-token');
  let pending: Promise<void> = Promise.resolve();
  client.on('interactionCreate', (i: Interaction) => void (pending = handleInteraction(ctx, i)));
  const handle = (client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } }).actions.InteractionCreate;
  /** One interaction from its gateway payload to the last REST call of its reply. */
  const interact = async (payload: Record<string, unknown>) => {
    handle.handle({ ...payload, id: String(1_400_000_000_000_000_000n + BigInt(++seq)), token: `bench-${seq}` });
    await pending;
  };
  let seq = 0;

  const cases: [string, (i: number) => Record<string, unknown>][] = [
    ['/practice → question embed + Answer button', () => command(ADA, 'practice', [str('difficulty', 'A')])],
    ['Answer button → modal', () => click(ADA, 'cc1:answer:Q7:-:A:-:-')],
    ['modal submit → defer + private score embed (scoring stubbed)', () => submitModal(ADA, 'cc1:modal:Q7:-:A:-:-', text)],
    ['autocomplete (bank search, 25 choices)', (i) => autocomplete(ADA, 'practice', [str('question', ['circuit', 'rollup', 'q1', 'latency', 'zk'][i % 5]!, true)])],
    ['forged custom id → polite refusal', () => click(ADA, 'cc1:answer:Q7; DROP TABLE:-')],
  ];
  const figures: Figure[] = [];
  for (const [name, payload] of cases) {
    for (let i = 0; i < 300; i++) await interact(payload(i));
    const ms = await timed(3000, (i) => interact(payload(i)));
    const p95 = percentile(ms, 95);
    figures.push({ name: `${name}: median / p95 / p99`, value: `${fmt(percentile(ms, 50))} / ${fmt(p95)} / ${fmt(percentile(ms, 99))}`, goal: `p95 < ${GOAL_MS} ms`, ok: p95 < GOAL_MS });
  }
  // For scale: the scoring the figures above leave out, on the same answer.
  const scorer = createScorer(bank);
  for (let i = 0; i < 50; i++) scorer.score(entry, text);
  const scoring = await timed(500, async () => void scorer.score(entry, text));
  figures.push({ name: `scoring the same answer (${text.length} chars), excluded above: median`, value: fmt(percentile(scoring, 50)) });
  await client.destroy();
  return figures;
}
