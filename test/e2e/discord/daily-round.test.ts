/**
 * A whole daily round on Discord, wired as `npm start` wires it: an admin schedules it with /schedule,
 * the App's scheduler posts the question through the adapter's RoundPoster, a member answers with the
 * round's Answer button (the attempt counts for the round), and the summary follows when it closes.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../../src/schedule/index.ts';
import { fakeClock } from '../../helpers/practice.ts';
import { ADA, click, command, edited, interact, PERMISSIONS, startBot, str, submitModal, type Bot, type Person } from './bot.ts';
import { CHANNEL_ID } from './fake-discord.ts';

const ADMIN: Person = { id: '600000000000000010', name: 'Admin', permissions: PERMISSIONS.ManageGuild };
const HOUR = 3_600_000;
/** Wednesday 25 November 2026, a minute before the round. */
const clock = fakeClock(Date.UTC(2026, 10, 25, 8, 59));

let bot: Bot;
let scheduler: Scheduler;
beforeAll(async () => {
  // The App's own scheduler and use cases on the test's clock; the adapter registered its poster with it.
  bot = await startBot({ clock });
  scheduler = bot.app.scheduler;
});
afterAll(async () => {
  await scheduler?.stop();
  await bot?.stop();
});

const channelPosts = () => bot.fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages` && r.status === 200);

describe('a daily round', () => {
  let answerId: string;
  let roundId: number;

  it('is scheduled by an admin and posted by the scheduler through the adapter', async () => {
    const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', [{ name: 'set', type: 1, options: [str('time', '09:00'), str('timezone', 'UTC'), str('difficulty', 'F')] }] as any));
    expect(callback.body.data.embeds[0].title).toBe('Daily round scheduled');
    clock.set(Date.UTC(2026, 10, 25, 9, 0, 5));
    const report = await scheduler.tick(clock.now());
    expect(report.posted).toBe(1);
    const [post] = channelPosts();
    expect(post!.body.allowed_mentions).toEqual({ parse: [] });
    expect(post!.body.embeds[0].title).toMatch(/^Daily round · Q\d+ · Foundational/);
    answerId = post!.body.components[0].components[0].custom_id;
    const m = /^cc1:answer:(Q\d+):r(\d+):-:-:-$/.exec(answerId);
    expect(m).not.toBeNull();
    roundId = Number(m![2]);
    expect(await bot.running.context.schedules!.round(roundId)).toMatchObject({ questionId: m![1], open: true });
  });

  it("counts a member's answer for the round, privately", async () => {
    const modal = await interact(bot.fake, click(ADA, answerId));
    expect(modal.callback.body.type).toBe(9);
    const modalId = modal.callback.body.data.custom_id;
    expect(modalId).toBe(answerId.replace('answer', 'modal'));
    const { token } = await interact(bot.fake, submitModal(ADA, modalId, 'Two regions behind a 4-core budget, 99.9% uptime, $2K/mo; the SRE owns the failover runbook.'));
    const edit = await edited(bot.fake, token);
    expect(edit.body.embeds[0].description).toContain('Counted for the daily round.');
    const db = new Database(bot.dbPath, { readonly: true });
    expect(db.prepare('SELECT round_id FROM attempts').pluck().all()).toEqual([roundId]);
    db.close();
  });

  it('posts the summary when the window closes, and answers after it count as practice', async () => {
    clock.set(Date.UTC(2026, 10, 25, 9) + 8 * HOUR + 60_000);
    const report = await scheduler.tick(clock.now());
    expect(report.summarised).toBe(1);
    const summary = channelPosts().at(-1)!;
    const embed = summary.body.embeds[0];
    expect(embed.title).toMatch(/^Daily round closed · Q\d+$/);
    expect(embed.fields).toContainEqual({ name: 'Participants', value: '1', inline: true });
    expect(embed.fields.find((f: any) => f.name === 'Top answers').value).toMatch(/^\*\*1\.\*\* Anonymous candidate · \d+$/);
    expect(summary.body.allowed_mentions).toEqual({ parse: [] });

    const late = await interact(bot.fake, submitModal({ id: '600000000000000020', name: 'Late' }, answerId.replace('answer', 'modal'), 'A late answer: 99.9% uptime on 4 cores.'));
    const edit = await edited(bot.fake, late.token);
    expect(edit.body.embeds[0].description).toContain('The daily round had closed, so this counted as practice.');
  });
});
