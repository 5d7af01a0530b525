/**
 * A whole /mock of two questions through the real discord.js client against the local fake Discord
 * (issue 14): each step with its time budget and an Answer button, the modal, the score, the follow-up,
 * and the report card as a PNG; a Chinese answer gets Chinese feedback; Follow-up under a practice
 * score; /settings lang.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADA, bool, click, command, edited, int, interact, str, submitModal, startBot, type Bot, type Person } from './bot.ts';
import { APP_ID, type Recorded } from './fake-discord.ts';

const EPHEMERAL = 64;
const GRACE: Person = { id: '600000000000000002', name: 'Grace' };
const CHINESE =
  '每个 RPC provider 前面放一个熔断器：30 秒滑动窗口内失败 5 次就打开，60 秒后半开放一个探测请求。错误率从 5% 降到 0.5%，故障切换 180ms，低于 500ms 目标。4 核 16GB 机器足够。代价是每次调用多 30ms。SRE 负责告警，Dev 实现，Lead 审批预算。';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ answerIntervalMs: 0 });
});
afterAll(async () => {
  await bot?.stop();
});

/** The messages the bot sent for one interaction after its deferral: the edit, then follow-ups. */
async function afterDeferral(token: string, count: number): Promise<Recorded[]> {
  const first = await edited(bot.fake, token);
  const rest: Recorded[] = [];
  for (let k = 1; k < count; k++) {
    rest.push(await bot.fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${token}` && !rest.includes(r)));
  }
  return [first, ...rest];
}

const answerButton = (body: any) => body.components[0].components[0];

describe('/mock in Discord', () => {
  it('runs two questions, each with a follow-up, to a report card sent as a PNG; a Chinese answer gets Chinese feedback', async () => {
    const start = await interact(bot.fake, command(ADA, 'mock', [str('difficulty', 'F'), int('count', 2)]));
    let body = start.callback.body.data;
    expect(body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.embeds[0].title).toMatch(/^Question 1 of 2 · Q\d+ · Foundational$/);
    expect(body.embeds[0].description).toContain('Mock interview: 2 questions');
    expect(body.embeds[0].description).toContain('time budget 8 min (shown, never enforced)');
    const steps: string[] = [];
    const answers = [CHINESE, 'I keep the breaker per provider but shorten the open period to 15s: 2 providers, 0.005 × 0.005 = 0.000025.', 'A circuit breaker per provider, 5 failures in 30s, 4 cores, $2.5K/mo, SRE alerts.', 'With the new value I change the design and keep 99.9% uptime.'];
    for (const [k, text] of answers.entries()) {
      if (k === 2) {
        // An old Answer button (the first step's) is refused: nothing recorded, the text handed back, the current step shown.
        const old = await interact(bot.fake, submitModal(ADA, steps[0]!.replace(':mock:', ':mockmodal:'), 'an answer to a step already answered'));
        const [refusal, current] = await afterDeferral(old.token, 2);
        expect(refusal!.body.content).toMatch(/^That step of your mock is already answered; you are at question 2 of 2 now\./);
        expect(refusal!.body.components).toBeUndefined();
        expect(refusal!.files[0]!.data.toString('utf8')).toBe('an answer to a step already answered');
        expect(current!.body.embeds[0].title).toMatch(/^Question 2 of 2 · Q\d+/);
      }
      const button = answerButton(body);
      expect(button.label).toBe(k === 1 ? '作答' : 'Answer');
      steps.push(button.custom_id);
      const opened = await interact(bot.fake, click(ADA, button.custom_id));
      expect(opened.callback.body.type).toBe(9);
      const modal = opened.callback.body.data;
      expect(modal.custom_id).toBe(button.custom_id.replace(':mock:', ':mockmodal:'));
      if (k % 2 === 1) expect(modal.components[0].content).toContain('The interviewer changes a constraint:');
      const submitted = await interact(bot.fake, submitModal(ADA, modal.custom_id, text));
      expect(submitted.callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
      const [score, next] = await afterDeferral(submitted.token, 2);
      const embed = score!.body.embeds[0];
      if (k === 0) {
        // Chinese answer, Chinese feedback: the labels and feedback, numbers and terms as written.
        expect(embed.fields.map((f: any) => f.name)).toContain('核心洞见');
        expect(embed.fields.find((f: any) => f.name === '反馈').value).toMatch(/[\p{Script=Han}]/u);
        expect(embed.footer.text).toMatch(/^仅你可见/);
      }
      if (k % 2 === 1) expect(embed.title).toMatch(/· follow-up \d · \d+\/100$/);
      body = next!.body;
      if (k < 3) {
        // The mock's own texts follow the language the candidate answers in (the setting is auto):
        // Chinese after the Chinese answer, English again once most answers are English.
        const title = body.embeds[0].title;
        expect(title).toMatch([/^第 1 题，共 2 题 · 追问 · Q\d+/, /^Question 2 of 2 · Q\d+/, /^Question 2 of 2 · follow-up · Q\d+/][k]!);
        expect(body.embeds[0].description).toMatch(k === 0 ? /用时 [\d.]+ \/ 8 分钟/ : /Time: [\d.]+ of 8 min/);
      } else {
        expect(body.content).toBe('Your mock interview is finished. Here is your report card.');
        expect(body.embeds[0].title).toMatch(/^Mock interview — report card · [\d.]+\/100$/);
        expect(body.embeds[0].image.url).toBe('attachment://report-card.png');
        expect(next!.files[0]!.filename).toBe('report-card.png');
        expect(next!.files[0]!.data.subarray(1, 4).toString('latin1')).toBe('PNG');
      }
    }
    // An Answer button of a step already answered is refused politely and records nothing.
    const stale = await interact(bot.fake, click(ADA, steps[0]!));
    const again = await interact(bot.fake, submitModal(ADA, stale.callback.body.data.custom_id, 'late answer'));
    const refusal = await edited(bot.fake, again.token);
    expect(refusal.body.content).toMatch(/You have no mock interview in progress/);
    expect(refusal.body.components).toBeUndefined();
    const db = new Database(bot.dbPath, { readonly: true });
    expect(db.prepare('SELECT follow_up FROM attempts ORDER BY id').pluck().all()).toEqual([null, expect.any(Number), null, expect.any(Number)]);
    expect(db.prepare('SELECT status FROM mocks').pluck().all()).toEqual(['finished']);
    db.close();
  });

  it('continues a mock in progress instead of starting a second one, and ends it on request', async () => {
    const first = await interact(bot.fake, command(GRACE, 'mock', []));
    expect(first.callback.body.data.embeds[0].title).toMatch(/^Question 1 of 3/);
    const again = await interact(bot.fake, command(GRACE, 'mock', [int('count', 1)]));
    expect(again.callback.body.data.embeds[0].description).toContain('Resuming your mock interview at question 1 of 3.');
    const end = await interact(bot.fake, command(GRACE, 'mock', [bool('end', true)]));
    expect(end.callback.body.data.content).toBe('Mock ended. Start a new one whenever you like.');
    const dims = await interact(bot.fake, { ...command(GRACE, 'mock', [str('dimension', 'dat', true)]), type: 4 });
    expect(dims.callback.body.data.choices.map((c: any) => c.value)).toContain('Data');
  });

  it('offers Follow-up under a practice score: the twist in a modal, scored as a follow-up; /settings lang:zh turns the views Chinese', async () => {
    const practice = await interact(bot.fake, command(GRACE, 'practice', [str('question', 'Q7')]));
    const modalId = practice.callback.body.data.components[0].components[0].custom_id.replace('answer', 'modal');
    const scored = await interact(bot.fake, submitModal(GRACE, modalId, 'A circuit breaker per provider: 5 failures in 30s trips it; errors fall from 5% to 0.5%.'));
    const score = await edited(bot.fake, scored.token);
    const followUp = score.body.components[0].components.find((c: any) => c.label === 'Follow-up');
    expect(followUp.custom_id).toBe('cc1:fu:Q7');
    const settings = await interact(bot.fake, command(GRACE, 'settings', [str('lang', 'zh')]));
    expect(settings.callback.body.data.content).toBe('反馈和成绩单现在使用中文。');
    const opened = await interact(bot.fake, click(GRACE, followUp.custom_id));
    expect(opened.callback.body.type).toBe(9);
    expect(opened.callback.body.data.custom_id).toBe('cc1:fumodal:Q7:1');
    expect(opened.callback.body.data.components[0].content).toContain('Q7 的追问');
    const answered = await interact(bot.fake, submitModal(GRACE, 'cc1:fumodal:Q7:1', 'Two providers now: I keep the breakers and shorten the open period to 15s.'));
    const followUpScore = await edited(bot.fake, answered.token);
    expect(followUpScore.body.embeds[0].title).toMatch(/^Q7 · 追问 1 · \d+\/100$/);
    // Under a follow-up's score, "Answer again" reopens that follow-up (not the least answered, not the base question) and the model answer is the follow-up's.
    const buttons = followUpScore.body.components[0].components;
    expect(buttons.find((c: any) => c.label === 'Answer again').custom_id).toBe('cc1:fu:Q7:1');
    const modelButton = buttons.find((c: any) => c.label === 'Show model follow-up');
    expect(modelButton.custom_id).toBe('cc1:model:Q7:1');
    const again = await interact(bot.fake, click(GRACE, 'cc1:fu:Q7:1'));
    expect(again.callback.body.data.custom_id).toBe('cc1:fumodal:Q7:1');
    const model = await interact(bot.fake, click(GRACE, modelButton.custom_id));
    const shown = model.callback.body.type === 4 ? model.callback.body.data : (await edited(bot.fake, model.token)).body;
    expect(shown.embeds[0].title).toBe('Model follow-up · Q7 · follow-up 1');
    // A language the person set wins over a Chinese client: `en` on a zh-CN client gets the twist in English.
    await interact(bot.fake, command(GRACE, 'settings', [str('lang', 'en')]));
    const onChineseClient = await interact(bot.fake, { ...click(GRACE, followUp.custom_id), locale: 'zh-CN' });
    expect(onChineseClient.callback.body.data.components[0].content).toContain('Follow-up on Q7');
    const db = new Database(bot.dbPath, { readonly: true });
    expect(db.prepare("SELECT a.follow_up FROM attempts a JOIN users u ON u.id = a.user_id WHERE u.platform_user_id = ? ORDER BY a.id").pluck().all(GRACE.id)).toEqual([null, 1]);
    expect(db.prepare('SELECT count(*) FROM question_bests qb JOIN users u ON u.id = qb.user_id WHERE u.platform_user_id = ?').pluck().get(GRACE.id)).toBe(2);
    db.close();
  });
});
