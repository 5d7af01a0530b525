/**
 * The real Bolt app (HTTPReceiver on a free port, signature checks on) started by startSlack against a
 * fake Slack Web API on 127.0.0.1, with requests signed by a test secret. Real content/ bank, real
 * scorer, a temp SQLite file.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sqliteDb } from '../../helpers/practice.ts';
import { findEntry } from '../../../src/bank/query.ts';
import { openApp, type App } from '../../../src/app.ts';
import { parseConfig } from '../../../src/config.ts';
import { createScheduler, createSchedules, RoundPostError, type Scheduler } from '../../../src/schedule/index.ts';
import { createScorer } from '../../../src/scoring/index.ts';
import { DIMENSION_LABELS, DIMENSIONS } from '../../../src/scoring/report.ts';
import { startSlack, type RunningSlack } from '../../../adapters/slack/index.ts';
import { ACTIONS, ANSWER_VIEW, decodeAnswerMetadata, decodeFollowUpMetadata, decodeMockMetadata, decodeQuestionRef, encodeAnswerMetadata, encodeQuestionRef, FOLLOW_UP_VIEW, MOCK_VIEW } from '../../../adapters/slack/ids.ts';
import { CONTENT, tempDir } from '../../helpers/paths.ts';
import { FakeSlack, postToApp, type Call } from './fake-slack.ts';
import { appHomeOpened, buttonClick, CHANNEL, slashCommand, viewSubmission, type Person } from './payloads.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';
const ada: Person = { id: 'UADA', name: 'ada' };
const bob: Person = { id: 'UBOB', name: 'bob' };
const owner: Person = { id: 'UOWNER', name: 'olga' };
/** Answers nothing in this file: "answer first" is checked on her (Bob's Practise now may have drawn Q1). */
const cy: Person = { id: 'UCY', name: 'cy' };

const fake = new FakeSlack();
/** Monday 6 January 2025, 08:00 UTC: the app's clock (practice and daily rounds), moved by the round test. */
const roundClock = { t: Date.UTC(2025, 0, 6, 8), now: () => roundClock.t };
let scheduler: Scheduler;
let app: App;
let slack: RunningSlack;
let port: number;
let dbPath: string;

const send = (body: string, contentType = FORM, options?: Parameters<typeof postToApp>[4]) => postToApp(port, SECRET, body, contentType, options);
const attempts = () => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM attempts').get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const blocksText = (c: Call) => JSON.stringify(c.body.blocks);
const scheduleRows = () => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT channel_id AS channelId, time, time_zone AS timeZone, weekdays, filters, status FROM schedules ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};
let responses = 0;
const responseUrl = () => fake.responseUrl(`r${++responses}`);
const responseTo = (url: string) => fake.waitFor('response_url', (c) => url.endsWith(`/${c.body.id}`));

beforeAll(async () => {
  await fake.start();
  fake.users.set(ada.id, { id: ada.id, name: 'Ada', tz: 'Europe/Berlin' });
  fake.users.set(bob.id, { id: bob.id, name: 'Bob' });
  fake.users.set(cy.id, { id: cy.id, name: 'Cy' });
  fake.users.set(owner.id, { id: owner.id, name: 'Olga', is_owner: true });
  fake.channels.set(CHANNEL, { id: CHANNEL, creator: 'UCREATOR' });
  fake.channels.set('CBOBS', { id: 'CBOBS', creator: bob.id });
  dbPath = join(tempDir('coach-slack-'), 'coach.db');
  const config = parseConfig({ DATABASE_PATH: dbPath, BANK_PATH: CONTENT, SLACK_BOT_TOKEN: 'xoxb-test-000000000', SLACK_SIGNING_SECRET: SECRET, DEFAULT_TIME_ZONE: 'UTC' });
  app = await openApp(config, { logLevel: 'silent', longRunning: false, clock: roundClock });
  // The real daily-rounds use cases and scheduler on the same SQLite file, on a clock the test moves.
  const schedules = createSchedules({ store: app.store, bank: () => app.practice.bank, clock: roundClock });
  slack = await startSlack(app, { slackApiUrl: fake.apiUrl, port: 0, schedules });
  scheduler = createScheduler({ store: app.store, bank: () => app.practice.bank, clock: roundClock, posters: { slack: slack.poster }, sleep: async () => {} });
  port = (slack.server!.address() as { port: number }).port;
});

afterAll(async () => {
  await slack?.stop();
  await app?.close();
  await fake.stop();
});

beforeEach(() => fake.reset());

describe('Slack adapter end to end', () => {
  it('/coach practice answers privately with the question as Block Kit and an Answer button', async () => {
    const url = responseUrl();
    const res = await send(slashCommand('practice A Ops', ada, url));
    expect(res.status).toBe(200);
    const reply = await responseTo(url);
    expect(reply.body.response_type).toBe('ephemeral');
    const header = reply.body.blocks[0].text.text as string;
    const entry = findEntry(app.practice.bank, header.split(' ')[0]!)!;
    expect(entry.difficulty).toBe('A');
    expect(entry.phases).toContain('Ops');
    const button = reply.body.blocks.at(-1).elements[0];
    expect(button.action_id).toBe(ACTIONS.answer);
    expect(decodeQuestionRef(button.value)).toEqual({ questionId: entry.id, roundId: null });
  });

  it('a wrong filter value is named, privately', async () => {
    const url = responseUrl();
    await send(slashCommand('practice Z', ada, url));
    const reply = await responseTo(url);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toContain('There is no difficulty "Z"');
  });

  it('/coach leaderboard name:on shows the person\'s name from then on; name:off hides it again', async () => {
    const shown = () => sqliteDb(app.store).prepare("SELECT show_name FROM users WHERE platform = 'slack' AND platform_user_id = ?").pluck().get(ada.id);
    const url = responseUrl();
    await send(slashCommand('leaderboard all name:on', ada, url));
    expect((await responseTo(url)).body.response_type).toBe('ephemeral');
    expect(shown()).toBe(1);
    const url2 = responseUrl();
    await send(slashCommand('leaderboard name:off', ada, url2));
    await responseTo(url2);
    expect(shown()).toBe(0);
  });

  it('unknown input gets the help text, ephemerally, with the input escaped', async () => {
    const url = responseUrl();
    await send(slashCommand('&lt;!channel&gt;', ada, url));
    const reply = await responseTo(url);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(blocksText(reply)).toContain('/coach practice');
    expect(blocksText(reply)).toContain('&lt;!channel&gt;');
    expect(blocksText(reply)).not.toContain('<!channel>');
  });

  it('Answer opens the modal with the trigger_id; the answer is scored exactly as the scorer scores it', async () => {
    const entry = findEntry(app.practice.bank, 'Q1')!;
    await send(buttonClick(ACTIONS.answer, encodeQuestionRef({ questionId: 'Q1', roundId: null }), ada, responseUrl()));
    const open = await fake.waitFor('views.open');
    expect(open.body.trigger_id).toBe(`trigger-${ACTIONS.answer}`);
    expect(open.body.view.callback_id).toBe(ANSWER_VIEW);
    expect(open.body.view.blocks.at(-1).element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 3000 });
    const meta = decodeAnswerMetadata(open.body.view.private_metadata);
    expect(meta).toEqual({ questionId: 'Q1', roundId: null, channelId: CHANNEL });

    const text = entry.answer!;
    const before = attempts();
    const res = await send(viewSubmission(ANSWER_VIEW, open.body.view.private_metadata, text, ada));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const ephemeral = await fake.waitFor('chat.postEphemeral');
    expect(ephemeral.body).toMatchObject({ channel: CHANNEL, user: ada.id });
    const expected = createScorer(app.practice.bank).score(entry, text);
    expect(ephemeral.body.text).toBe(`Q1: ${expected.total}/100`);
    expect(ephemeral.body.blocks[0].text.text).toBe(`Q1 · ${expected.total}/100`);
    const bars = ephemeral.body.blocks[2].text.text as string;
    for (const d of DIMENSIONS) expect(bars).toContain(`${DIMENSION_LABELS[d]} ${Math.round(expected.dimensions[d].score * 10) / 10}/${expected.dimensions[d].max}`);
    expect(ephemeral.body.blocks.at(-1).elements.map((e: { action_id: string }) => e.action_id)).toEqual([ACTIONS.next, ACTIONS.modelAnswer, ACTIONS.followUp]);
    expect(attempts()).toBe(before + 1);
  });

  it('an empty answer keeps the modal open with the message on the input, and stores nothing', async () => {
    const before = attempts();
    const res = await send(viewSubmission(ANSWER_VIEW, encodeAnswerMetadata({ questionId: 'Q2', roundId: null, channelId: CHANNEL }), '   ', ada));
    expect(res.json).toEqual({ response_action: 'errors', errors: { answer: expect.stringContaining('Your answer is empty') } });
    expect(attempts()).toBe(before);
  });

  it('forged or stale private_metadata gets a polite error, not a score', async () => {
    const forged = await send(viewSubmission(ANSWER_VIEW, '{"v":1,"q":"Q1","r":null,"c":"<!channel>"}', 'an answer', ada));
    expect(forged.json.errors.answer).toContain('did not come from one of my messages');
    const stale = await send(viewSubmission(ANSWER_VIEW, '{"v":0,"q":"Q1"}', 'an answer', ada));
    expect(stale.json.errors.answer).toContain('older version');
    const gone = await send(viewSubmission(ANSWER_VIEW, encodeAnswerMetadata({ questionId: 'Q999', roundId: null, channelId: CHANNEL }), 'an answer', ada));
    expect(gone.json.errors.answer).toContain('older version');
    expect(fake.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('an injection attempt in an answer comes back escaped', async () => {
    const attack = '<!channel> <https://evil|click> & co';
    await send(viewSubmission(ANSWER_VIEW, encodeAnswerMetadata({ questionId: 'Q3', roundId: null, channelId: CHANNEL }), attack, ada));
    const ephemeral = await fake.waitFor('chat.postEphemeral');
    const all = JSON.stringify(ephemeral.body);
    expect(all).toContain('&lt;!channel&gt; &lt;https://evil|click&gt; &amp; co');
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<https://evil');
  });

  it('badly signed and stale requests get 401 and store nothing', async () => {
    const before = attempts();
    const body = viewSubmission(ANSWER_VIEW, encodeAnswerMetadata({ questionId: 'Q1', roundId: null, channelId: CHANNEL }), 'Hexagonal ports with 8K TPS on 8 cores.', ada);
    expect((await send(body, FORM, { badSignature: true })).status).toBe(401);
    expect((await send(body, FORM, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect((await send(slashCommand('practice', bob, responseUrl()), FORM, { badSignature: true })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(attempts()).toBe(before);
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM users WHERE platform_user_id = 'UBOB'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('a schedule change is refused for a non-admin who did not create the channel, checked with the Web API', async () => {
    const url = responseUrl();
    await send(slashCommand('schedule set 09:00 Asia/Shanghai mon-fri', bob, url));
    const reply = await responseTo(url);
    expect(reply.body.text).toContain('Only a channel admin');
    expect(fake.callsTo('users.info').some((c) => c.body.user === bob.id)).toBe(true);
    expect(fake.callsTo('conversations.info')[0]!.body.channel).toBe(CHANNEL);
    expect(scheduleRows()).toEqual([]);
  });

  it('workspace owners and the channel creator may change a schedule', async () => {
    const url = responseUrl();
    await send(slashCommand('schedule set 09:00 UTC mon-fri A', owner, url));
    expect((await responseTo(url)).body.text).toBe('Daily round scheduled');
    expect(scheduleRows()).toEqual([{ channelId: CHANNEL, time: '09:00', timeZone: 'UTC', weekdays: 0b0111110, filters: '{"difficulty":"A"}', status: 'active' }]);
    // Bob is no admin but created CBOBS: he gets past the admin check (to "no round yet" there).
    const url2 = responseUrl();
    await send(slashCommand('schedule pause', bob, url2, 'CBOBS'));
    expect((await responseTo(url2)).body.text).toContain('no daily round yet');
    const url3 = responseUrl();
    await send(slashCommand('schedule list', bob, url3));
    expect(blocksText(await responseTo(url3))).toContain('09:00 UTC · Mon, Tue, Wed, Thu, Fri · difficulty A');
  });

  it('a daily round is posted through the adapter\'s RoundPoster; answers count for it; the summary follows', async () => {
    roundClock.t = Date.UTC(2025, 0, 6, 9, 1);
    expect((await scheduler.tick(roundClock.t)).posted).toBe(1);
    const post = await fake.waitFor('chat.postMessage', (c) => String(c.body.text).startsWith('Daily round'));
    expect(post.body.channel).toBe(CHANNEL);
    expect(post.body.blocks[0].text.text).toBe('Daily round · 2025-01-06');
    const ref = decodeQuestionRef(post.body.blocks.at(-1).elements[0].value);
    expect(ref.roundId).toEqual(expect.any(Number));
    expect(findEntry(app.practice.bank, ref.questionId)!.difficulty).toBe('A');
    expect(blocksText(post)).not.toMatch(/<!(channel|here|everyone)>/);

    await send(buttonClick(ACTIONS.answer, post.body.blocks.at(-1).elements[0].value, ada, responseUrl()));
    const open = await fake.waitFor('views.open');
    expect(decodeAnswerMetadata(open.body.view.private_metadata)).toEqual({ questionId: ref.questionId, roundId: ref.roundId, channelId: CHANNEL });
    await send(viewSubmission(ANSWER_VIEW, open.body.view.private_metadata, findEntry(app.practice.bank, ref.questionId)!.answer!, ada));
    expect(blocksText(await fake.waitFor('chat.postEphemeral'))).toContain('Counted for the daily round');
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM attempts WHERE round_id = ?').get(ref.roundId)).toEqual({ n: 1 });
    db.close();

    roundClock.t = Date.UTC(2025, 0, 6, 17, 5);
    expect((await scheduler.tick(roundClock.t)).summarised).toBe(1);
    const summary = await fake.waitFor('chat.postMessage', (c) => String(c.body.text).startsWith('Daily round closed'));
    expect(summary.body.channel).toBe(CHANNEL);
    expect(blocksText(summary)).toContain('1 answer');

    // Too late: the round has closed, so the answer counts as practice.
    fake.reset();
    await send(viewSubmission(ANSWER_VIEW, open.body.view.private_metadata, 'Late answer with 8 cores.', ada));
    expect(blocksText(await fake.waitFor('chat.postEphemeral'))).toContain('had closed');
  });

  it('the RoundPoster maps Slack refusals and rate limits to RoundPostError', async () => {
    const entry = findEntry(app.practice.bank, 'Q4')!;
    const round = { roundId: 4242, channel: { platform: 'slack' as const, scope: 'slack:T1', channelId: CHANNEL }, entry, localDate: '2025-01-06', opensAt: new Date(), closesAt: new Date() };
    await slack.poster.postSummary({ roundId: 4242, channel: round.channel, questionId: 'Q4', question: entry.question, participants: 1, average: 50, top: [{ displayName: '<!channel>', total: 50 }], keyInsight: entry.keyInsight, mostMissedConstraint: null });
    expect(blocksText(await fake.waitFor('chat.postMessage'))).toContain('&lt;!channel&gt;');
    for (const error of ['channel_not_found', 'not_in_channel', 'is_archived', 'missing_scope']) {
      fake.answer('chat.postMessage', () => ({ json: { ok: false, error } }));
      const refused = await slack.poster.postQuestion(round).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(RoundPostError);
      expect(refused).toMatchObject({ retryable: false, message: expect.stringContaining(error) });
    }
    fake.answer('chat.postMessage', () => ({ status: 429, headers: { 'retry-after': '7' }, json: { ok: false, error: 'ratelimited' } }));
    expect(await slack.poster.postQuestion(round).catch((e: unknown) => e)).toMatchObject({ retryable: true, retryAfterSeconds: 7 });
    fake.answer('chat.postMessage', () => ({ json: { ok: false, error: 'ratelimited' } }));
    expect(await slack.poster.postQuestion(round).catch((e: unknown) => e)).toMatchObject({ retryable: true });
  });

  it('publishes the App Home tab on app_home_opened', async () => {
    const res = await send(appHomeOpened(ada.id), 'application/json');
    expect(res.status).toBe(200);
    const publish = await fake.waitFor('views.publish');
    expect(publish.body.user_id).toBe(ada.id);
    expect(publish.body.view.type).toBe('home');
    const text = JSON.stringify(publish.body.view.blocks);
    expect(text).toContain('Practise now');
    expect(text).toMatch(/Streak \*1\* day/);
    expect(text).toContain('Weakest dimension');
    expect(publish.body.view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('exports as a JSON file in the DM, and as messages when uploads are refused', async () => {
    const url = responseUrl();
    await send(slashCommand('export', ada, url));
    await responseTo(url);
    const upload = await fake.waitFor('upload');
    // The upload is multipart: the JSON file sits between the part headers and the boundary.
    const content = upload.body.content as string;
    expect(JSON.parse(content.slice(content.indexOf('{'), content.lastIndexOf('}') + 1)).user.platformUserId).toBe(ada.id);
    const complete = await fake.waitFor('files.completeUploadExternal');
    expect(complete.body.channel_id).toBe('DADA');

    fake.reset();
    fake.answer('files.getUploadURLExternal', () => ({ json: { ok: false, error: 'missing_scope' } }));
    const url2 = responseUrl();
    await send(slashCommand('export', ada, url2));
    expect((await responseTo(url2)).body.text).toContain('as text');
    const dm = fake.callsTo('chat.postMessage').find((c) => String(c.body.text).startsWith('```'))!;
    expect(dm.body.channel).toBe('DADA');
    expect(dm.body.text).not.toContain('<!channel>');
  });

  it('Next question and Show model answer answer privately where the button was', async () => {
    const url = responseUrl();
    await send(buttonClick(ACTIONS.modelAnswer, encodeQuestionRef({ questionId: 'Q1', roundId: null }), ada, url));
    const model = await responseTo(url);
    expect(model.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'Q1: model answer' });
    expect(blocksText(model)).toContain('Key insight');
    const url2 = responseUrl();
    await send(buttonClick(ACTIONS.next, encodeQuestionRef({ questionId: 'Q1', roundId: null }), ada, url2));
    const next = await responseTo(url2);
    expect(next.body.blocks.at(-1).elements[0].action_id).toBe(ACTIONS.answer);
    const url3 = responseUrl();
    await send(buttonClick(ACTIONS.modelAnswer, '{"v":1,"q":"<!channel>"}', ada, url3));
    expect((await responseTo(url3)).body.text).toContain('did not come from one of my messages');
  });

  it('Practise now on the Home tab opens the modal at once, then fills in the question; the score comes by DM', async () => {
    await send(buttonClick(ACTIONS.practiseNow, 'home', bob, '', null));
    const open = await fake.waitFor('views.open');
    expect(open.body.trigger_id).toBe(`trigger-${ACTIONS.practiseNow}`);
    const update = await fake.waitFor('views.update');
    expect(update.body).toMatchObject({ view_id: 'V1', hash: 'h1' });
    const meta = decodeAnswerMetadata(update.body.view.private_metadata);
    expect(meta.channelId).toBeNull();
    await send(viewSubmission(ANSWER_VIEW, update.body.view.private_metadata, 'Shard by account, 8 cores, p99 under 100 ms.', bob));
    const dm = await fake.waitFor('chat.postMessage');
    expect(dm.body.channel).toBe(bob.id);
    expect(dm.body.text).toMatch(new RegExp(`^${meta.questionId}: \\d+/100$`));
  });

  it('a rate-limited reply is retried after Slack\'s Retry-After', async () => {
    let first = true;
    fake.answer('chat.postEphemeral', () => {
      if (!first) return undefined;
      first = false;
      return { status: 429, headers: { 'retry-after': '1' }, json: { ok: false, error: 'ratelimited' } };
    });
    await send(viewSubmission(ANSWER_VIEW, encodeAnswerMetadata({ questionId: 'Q5', roundId: null, channelId: CHANNEL }), 'Cache warm-up with 30% headroom.', ada));
    await fake.waitFor('chat.postEphemeral', () => fake.callsTo('chat.postEphemeral').length === 2, 8000);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('forget-me asks first, then deletes the person from the SQLite file', async () => {
    const url = responseUrl();
    await send(slashCommand('forget-me', ada, url));
    const ask = await responseTo(url);
    expect(ask.body.blocks.at(-1).elements.map((e: { action_id: string }) => e.action_id)).toEqual([ACTIONS.forgetConfirm, ACTIONS.forgetCancel]);
    const url2 = responseUrl();
    await send(buttonClick(ACTIONS.forgetConfirm, 'yes', ada, url2));
    expect((await responseTo(url2)).body).toMatchObject({ replace_original: true, text: expect.stringContaining('deleted') });
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM users WHERE platform_user_id = 'UADA'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('/coach mock F 2 runs two questions, each with a follow-up, to a report card as blocks with the PNG in the DM; a Chinese answer gets Chinese feedback (issue 14)', async () => {
    const chinese = '每个 RPC provider 前面放一个熔断器：30 秒滑动窗口内失败 5 次就打开，60 秒后半开。错误率从 5% 降到 0.5%，故障切换 180ms，低于 500ms 目标。代价是每次调用多 30ms。SRE 负责告警，Dev 实现，Lead 审批预算。';
    const answers = [chinese, 'I keep a breaker per provider and shorten the open period to 15s: 0.005 × 0.005 = 0.000025.', 'A breaker per provider, 5 failures in 30s, 4 cores, $2.5K/mo budget; SRE owns alerts.', 'With the new value the design changes and 99.9% uptime still holds.'];
    const url = responseUrl();
    await send(slashCommand('mock F 2', ada, url));
    let step = (await responseTo(url)).body;
    expect(step.response_type).toBe('ephemeral');
    expect(JSON.stringify(step.blocks)).toContain('Mock interview: 2 questions');
    expect(JSON.stringify(step.blocks)).toContain('time budget 8 min (shown, never enforced)');
    const ephemeral = (n: number) => fake.waitFor('chat.postEphemeral', (c) => fake.callsTo('chat.postEphemeral').indexOf(c) === n);
    for (const [k, text] of answers.entries()) {
      fake.reset();
      const button = step.blocks.at(-1).elements[0];
      expect(button.action_id).toBe(ACTIONS.mockAnswer);
      await send(buttonClick(ACTIONS.mockAnswer, button.value, ada, responseUrl()));
      const open = await fake.waitFor('views.open');
      expect(open.body.view.callback_id).toBe(MOCK_VIEW);
      const meta = decodeMockMetadata(open.body.view.private_metadata);
      expect(meta).toMatchObject({ index: k < 2 ? 1 : 2, stage: k % 2 === 0 ? 'question' : 'followUp', channelId: CHANNEL });
      if (k % 2 === 1) expect(JSON.stringify(open.body.view.blocks)).toContain(app.practice.bank.entries.find((e) => e.id === meta.questionId)!.followUps![meta.followUp - 1]!.twist.slice(0, 30));
      // After the Chinese answer the next step is shown in Chinese (the setting is auto), and its modal opens in the step's language.
      if (k === 1) expect(open.body.view.title.text).toContain('追问');
      expect((await send(viewSubmission(MOCK_VIEW, open.body.view.private_metadata, text, ada))).status).toBe(200);
      const score = await ephemeral(0);
      if (k === 0) {
        expect(blocksText(score)).toContain('核心洞见');
        expect(blocksText(score)).toContain('反馈');
      }
      expect(score.body.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
      step = (await ephemeral(1)).body;
    }
    expect(step.blocks[0].text.text).toMatch(/^Mock interview — report card · [\d.]+\/100$/);
    expect(blocksText({ body: step } as Call)).toContain('Adaptability (follow-ups)');
    expect(blocksText({ body: step } as Call)).toContain('The report card is also in your direct messages with me');
    const upload = await fake.waitFor('upload');
    expect(upload.body.content).toContain('PNG');
    expect((await fake.waitFor('files.completeUploadExternal')).body.channel_id).toBe('DADA');
    const status = sqliteDb(app.store).prepare("SELECT m.status FROM mocks m JOIN users u ON u.id = m.user_id WHERE u.platform = 'slack' AND u.platform_user_id = ?").pluck().all(ada.id);
    expect(status).toEqual(['finished']);
  });

  it('Follow-up under a practice score opens the twist in a modal and scores it as a follow-up; /coach lang sets the language (issue 14)', async () => {
    await send(buttonClick(ACTIONS.followUp, encodeQuestionRef({ questionId: 'Q1', roundId: null }), cy, responseUrl()));
    expect((await fake.waitFor('response_url')).body.text).toContain('Answer Q1 first');
    // Ada answers Q1 (forget-me above may have deleted her earlier answer; the mock picks at random).
    await send(viewSubmission(ANSWER_VIEW, encodeAnswerMetadata({ questionId: 'Q1', roundId: null, channelId: CHANNEL }), 'Hexagonal ports with 8K TPS on 8 cores.', ada));
    await fake.waitFor('chat.postEphemeral');
    fake.reset();
    await send(buttonClick(ACTIONS.followUp, encodeQuestionRef({ questionId: 'Q1', roundId: null }), ada, responseUrl()));
    const open = await fake.waitFor('views.open');
    expect(open.body.view.callback_id).toBe(FOLLOW_UP_VIEW);
    // The follow-up Ada has answered least (her mock may have asked one of Q1's already).
    const meta = decodeFollowUpMetadata(open.body.view.private_metadata);
    expect(meta).toEqual({ questionId: 'Q1', followUp: expect.any(Number), channelId: CHANNEL });
    await send(viewSubmission(FOLLOW_UP_VIEW, open.body.view.private_metadata, 'The budget moved: I drop a component and show 3 + 1 = 4 nodes.', ada));
    const score = await fake.waitFor('chat.postEphemeral');
    expect(score.body.blocks[0].text.text).toMatch(new RegExp(`^Q1 · follow-up ${meta.followUp} · \\d+/100$`));
    // Under a follow-up's score the model answer is the follow-up's own.
    const modelButton = score.body.blocks.at(-1).elements.find((e: { action_id: string }) => e.action_id === ACTIONS.modelAnswer);
    expect(modelButton.text.text).toBe('Show model follow-up');
    const modelUrl = responseUrl();
    await send(buttonClick(ACTIONS.modelAnswer, modelButton.value, ada, modelUrl));
    expect((await responseTo(modelUrl)).body.text).toBe(`Q1 follow-up ${meta.followUp}: model answer`);
    const url = responseUrl();
    await send(slashCommand('lang zh', ada, url));
    expect((await responseTo(url)).body.text).toBe('反馈和成绩单现在使用中文。');
    const url2 = responseUrl();
    await send(slashCommand('lang', ada, url2));
    expect((await responseTo(url2)).body.text).toContain('语言：zh');
    const url3 = responseUrl();
    await send(slashCommand('lang fr', ada, url3));
    expect((await responseTo(url3)).body.text).toContain('There is no language');
    await send(slashCommand('lang auto', ada, responseUrl()));
  });
});
