/**
 * A candidate's path through the real discord.js client against a local fake Discord: /practice →
 * question with an Answer button → modal → private score equal to the real scorer's; autocomplete;
 * forged and stale buttons; the per-user answer limit; progress, export, forget-me; no mentions.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEntry } from '../../../src/bank/query.ts';
import { createScorer } from '../../../src/scoring/index.ts';
import { DIMENSION_LABELS, DIMENSIONS } from '../../../src/scoring/report.ts';
import { shippedBank } from '../../helpers/practice.ts';
import { ADA, autocomplete, bool, click, command, edited, interact, sentBodies, str, submitModal, type Bot, startBot, type Person } from './bot.ts';
import { GUILD_ID } from './fake-discord.ts';

const EPHEMERAL = 64;
const GRACE: Person = { id: '600000000000000002', name: 'Grace' };
const LINUS: Person = { id: '600000000000000003', name: 'Linus' };

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ answerIntervalMs: 60_000 });
});
afterAll(async () => {
  await bot?.stop();
});

const answerButtonOf = (body: any): string => body.components[0].components.find((c: any) => c.label === 'Answer').custom_id;

async function practise(person: Person, options = [str('difficulty', 'A')]) {
  const { callback } = await interact(bot.fake, command(person, 'practice', options));
  return callback;
}

describe('/practice → Answer → modal → private score', () => {
  let questionId: string;
  let modalId: string;

  it('answers /practice with a private question embed, its constraints and an Answer button', async () => {
    const callback = await practise(ADA);
    expect(callback.body.type).toBe(4);
    const data = callback.body.data;
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const embed = data.embeds[0];
    expect(embed.title).toMatch(/^Q\d+ · Advanced · /);
    questionId = embed.title.split(' ')[0];
    const entry = findEntry(shippedBank(), questionId)!;
    expect(entry.difficulty).toBe('A');
    expect(embed.description).toContain(entry.question);
    for (const c of entry.constraints) expect(embed.fields).toContainEqual(expect.objectContaining({ name: c.category, value: c.text }));
    expect(answerButtonOf(data)).toBe(`cc1:answer:${questionId}:-:A:-:-`);
  });

  it('opens the answer modal (4,000-character paragraph) when Answer is pressed', async () => {
    const { callback } = await interact(bot.fake, click(ADA, `cc1:answer:${questionId}:-:A:-:-`));
    expect(callback.body.type).toBe(9);
    const modal = callback.body.data;
    modalId = modal.custom_id;
    expect(modalId).toBe(`cc1:modal:${questionId}:-:A:-:-`);
    expect(modal.title.length).toBeLessThanOrEqual(45);
    const label = modal.components.find((c: any) => c.type === 18);
    expect(label.label.length).toBeLessThanOrEqual(45);
    expect(label.component).toMatchObject({ type: 4, style: 2, custom_id: 'answer', max_length: 4000, required: true });
  });

  it('scores the submitted answer privately, exactly as the real scorer does', async () => {
    const entry = findEntry(shippedBank(), questionId)!;
    const text = `${entry.keyInsight} Within ${entry.constraints.map((c) => c.text).join(' and ')}, the trade-off is cost against latency; the SRE and the PM sign off.`;
    const { token, callback } = await interact(bot.fake, submitModal(ADA, modalId, text));
    expect(callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await edited(bot.fake, token);
    const expected = createScorer(shippedBank()).score(entry, text);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe(`${questionId} · ${expected.total}/100`);
    for (const d of DIMENSIONS) {
      const field = embed.fields.find((f: any) => f.name === DIMENSION_LABELS[d]);
      const [, score, max] = /([\d.]+)\/(\d+)$/.exec(field.value)!;
      expect(Number(score)).toBeCloseTo(expected.dimensions[d].score, 1);
      expect(Number(max)).toBe(expected.dimensions[d].max);
    }
    const missed = embed.fields.find((f: any) => f.name.startsWith('Missed constraints'));
    expect(missed.name).toBe(`Missed constraints (${expected.dimensions.constraints.missed.length})`);
    const labels = edit.body.components[0].components.map((c: any) => c.label);
    expect(labels).toEqual(['Next question', 'Show model answer', 'Answer again', 'Follow-up']);
    expect(edit.body.components[0].components[0].custom_id).toBe('cc1:next:A:-:-');
    // Recorded for this server's leaderboard, with the same total.
    const db = new Database(bot.dbPath, { readonly: true });
    const row = db.prepare("SELECT a.total, a.scope FROM attempts a JOIN users u ON u.id = a.user_id WHERE u.platform = 'discord' AND u.platform_user_id = ?").get(ADA.id) as { total: number; scope: string };
    db.close();
    expect(row).toEqual({ total: expected.total, scope: `discord:${GUILD_ID}` });
  });

  it('refuses a second answer inside the interval, hands the text back and keeps it for the modal', async () => {
    const text = 'A second answer, sent too soon: 4 cores, $2K/mo.';
    const { callback } = await interact(bot.fake, submitModal(ADA, modalId, text));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toMatch(/One answer every 60 seconds, please: try again in \d+ s/);
    expect(callback.files[0]).toMatchObject({ filename: 'your-answer.txt' });
    expect(callback.files[0]!.data.toString('utf8')).toBe(text);
    const again = await interact(bot.fake, click(ADA, callback.body.data.components[0].components[0].custom_id));
    expect(again.callback.body.type).toBe(9);
    expect(again.callback.body.data.components.find((c: any) => c.type === 18).component.value).toBe(text);
  });

  it('shows the model answer and a next question within the same filters', async () => {
    const model = await interact(bot.fake, click(ADA, `cc1:model:${questionId}`));
    expect(model.callback.body.data.embeds[0].title).toBe(`Model answer · ${questionId}`);
    const next = await interact(bot.fake, click(ADA, 'cc1:next:A:-:-'));
    const title: string = next.callback.body.data.embeds[0].title;
    expect(title).toMatch(/^Q\d+ · Advanced/);
    expect(title.split(' ')[0]).not.toBe(questionId);
  });
});

describe('autocomplete', () => {
  it('suggests at most 25 questions by id and title, at once (callback type 8)', async () => {
    const { callback } = await interact(bot.fake, autocomplete(GRACE, 'practice', [str('question', 'circuit breaker', true)]));
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.name).toMatch(/^Q\d+ · .*circuit breaker/i);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    const empty = await interact(bot.fake, autocomplete(GRACE, 'question', [str('id', '', true)]));
    expect(empty.callback.body.data.choices).toHaveLength(25);
  });

  it('suggests time zones for /schedule set', async () => {
    const { callback } = await interact(bot.fake, autocomplete(GRACE, 'schedule', [{ name: 'set', type: 1, options: [str('time', '09:00'), str('timezone', 'shang', true)] } as any]));
    expect(callback.body.data.choices).toContainEqual({ name: 'Asia/Shanghai', value: 'Asia/Shanghai' });
  });
});

describe('bad input gets a polite private answer', () => {
  it('rejects a forged custom id', async () => {
    const { callback } = await interact(bot.fake, click(GRACE, 'cc1:answer:Q7; DROP TABLE users:-:-:-:-'));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toBe('That button did not come from me, so I ignored it. Run /practice to start again.');
  });

  it('rejects a stale custom id from an older version, and a forged modal', async () => {
    const stale = await interact(bot.fake, click(GRACE, 'cc0:answer:Q7'));
    expect(stale.callback.body.data.content).toMatch(/older version/);
    const modal = await interact(bot.fake, submitModal(GRACE, 'cc1:modal:Q99999:-:Z:-:-', 'text'));
    expect(modal.callback.body.data.content).toMatch(/did not come from me/);
    const noField = submitModal(GRACE, 'cc1:modal:Q7:-:-:-:-', 'text');
    (noField.data as any).components = [];
    const empty = await interact(bot.fake, noField);
    expect(empty.callback.body.data.content).toMatch(/did not come from me/);
  });

  it('names an unknown question and a filter combination with no questions', async () => {
    const unknown = await interact(bot.fake, command(GRACE, 'question', [str('id', 'Q999')]));
    expect(unknown.callback.body.data.content).toMatch(/There is no question "Q999"/);
    const none = await interact(bot.fake, command(GRACE, 'practice', [str('phase', 'Requirements')]));
    expect(none.callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(none.callback.body.data.content).not.toMatch(/wrong on my side/);
  });

  it('refuses /schedule changes to a member without Manage Server', async () => {
    const { callback } = await interact(bot.fake, command(GRACE, 'schedule', [{ name: 'set', type: 1, options: [str('time', '09:00')] } as any]));
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toMatch(/Manage Server|not switched on/);
  });
});

describe('progress, leaderboard, export, forget-me', () => {
  it('sends the progress chart as a PNG with streak and weakest dimension, privately', async () => {
    const { token, callback } = await interact(bot.fake, command(ADA, 'progress'));
    expect(callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await edited(bot.fake, token);
    expect(edit.files[0]!.filename).toBe('progress.png');
    expect(edit.files[0]!.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(edit.body.embeds[0].description).toMatch(/Streak \*\*1 day\*\*/);
    expect(edit.body.embeds[0].description).toMatch(/Weakest dimension: \*\*/);
    expect(edit.body.embeds[0].image.url).toBe('attachment://progress.png');
  });

  it("shows this server's board, with the viewer's choice to be named", async () => {
    const { callback } = await interact(bot.fake, command(ADA, 'leaderboard', [str('period', 'all'), bool('show_my_name', true)]));
    const embed = callback.body.data.embeds[0];
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embed.title).toBe('Leaderboard · all time');
    expect(embed.description).toMatch(/\*\*1\.\*\* Ada · [\d.]+ · 1 question ← you/);
  });

  it('exports everything as a JSON file, privately', async () => {
    const { token } = await interact(bot.fake, command(ADA, 'export'));
    const edit = await edited(bot.fake, token);
    expect(edit.files[0]!.filename).toBe('constraint-coach-export.json');
    const data = JSON.parse(edit.files[0]!.data.toString('utf8'));
    expect(data.attempts).toHaveLength(1);
    expect(data.user.platformUserId).toBe(ADA.id);
  });

  it('forgets a user only after they confirm, and only for themselves', async () => {
    const ask = await interact(bot.fake, command(ADA, 'forget-me'));
    const [yes] = ask.callback.body.data.components[0].components;
    expect(yes.custom_id).toBe(`cc1:forget:yes:${ADA.id}`);
    const someoneElse = await interact(bot.fake, click(LINUS, yes.custom_id));
    expect(someoneElse.callback.body.data.content).toMatch(/belongs to someone else/);
    const done = await interact(bot.fake, click(ADA, yes.custom_id));
    expect(done.callback.body.type).toBe(7);
    expect(done.callback.body.data.content).toMatch(/everything stored about you is deleted/);
    const db = new Database(bot.dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM users WHERE platform = 'discord' AND platform_user_id = ?").pluck().get(ADA.id)).toBe(0);
    db.close();
  });
});

describe('mentions', () => {
  it('never lets a message resolve mentions, even with @everyone in an answer', async () => {
    const callback = await practise(LINUS, []);
    const modalId = answerButtonOf(callback.body.data).replace('answer', 'modal');
    const { token } = await interact(bot.fake, submitModal(LINUS, modalId, '@everyone <@&123456789012345678> ping: we said 99.5% uptime for $3K/mo'));
    await edited(bot.fake, token);
    const bodies = sentBodies(bot.fake);
    expect(bodies.length).toBeGreaterThan(10);
    for (const b of bodies) expect(b.body.allowed_mentions, b.path).toEqual({ parse: [] });
  });
});
