/**
 * The Slack adapter's own cost per request, without scoring: reading `/coach` text, rendering Block Kit,
 * checking a modal's private_metadata, and the whole ack path through the real Bolt HTTPReceiver
 * (signature check included) against a local fake Web API. Slack's budget for an ack is 3 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../src/app.ts';
import type { Entry } from '../src/bank/schema.ts';
import { parseConfig } from '../src/config.ts';
import { checkAnswer } from '../src/practice/submit-answer.ts';
import { computeProgress } from '../src/practice/progress.ts';
import { createScorer } from '../src/scoring/index.ts';
import { DIMENSIONS } from '../src/scoring/report.ts';
import { parseCoachText } from '../adapters/slack/command-text.ts';
import { ANSWER_VIEW, decodeAnswerMetadata, encodeAnswerMetadata } from '../adapters/slack/ids.ts';
import { startSlack } from '../adapters/slack/index.ts';
import { answerModal } from '../adapters/slack/render/answer-modal.ts';
import { homeView } from '../adapters/slack/render/home.ts';
import { questionMessage } from '../adapters/slack/render/question.ts';
import { scoreMessage } from '../adapters/slack/render/score.ts';
import { FakeSlack, postToApp } from '../test/e2e/slack/fake-slack.ts';
import { slashCommand, viewSubmission } from '../test/e2e/slack/payloads.ts';
import { fmt, percentile, samples, samplesAsync, type Figure } from './harness.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';

const per = (label: string, sorted: number[], goalMs: number): Figure => ({
  name: label,
  value: `p50 ${fmt(percentile(sorted, 50))}, p99 ${fmt(percentile(sorted, 99))}`,
  goal: `p99 < ${fmt(goalMs)}`,
  ok: percentile(sorted, 99) < goalMs,
});

export async function benchSlack(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'coach-bench-slack-'));
  const fake = new FakeSlack();
  await fake.start();
  const config = parseConfig({ DATABASE_PATH: join(dir, 'coach.db'), BANK_PATH: 'content', SLACK_BOT_TOKEN: 'xoxb-bench-000000000', SLACK_SIGNING_SECRET: SECRET, DEFAULT_TIME_ZONE: 'UTC' });
  const app = await openApp(config, { logLevel: 'silent' });
  const slack = await startSlack(app, { slackApiUrl: fake.apiUrl, port: 0, schedules: null });
  const port = (slack.server!.address() as { port: number }).port;
  try {
    const bank = app.practice.bank;
    const size = (e: Entry) => JSON.stringify(e).length;
    const longest = [...bank.entries].sort((a, b) => size(b) - size(a))[0]!;
    const report = createScorer(bank).score(longest, longest.answer ?? longest.keyInsight);
    const history = Array.from({ length: 500 }, (_, i) => ({
      questionId: bank.entries[i % bank.entries.length]!.id,
      total: (i * 37) % 101,
      createdAt: Date.UTC(2025, 0, 1) + i * 3_600_000,
      dimensions: Object.fromEntries(DIMENSIONS.map((d, j) => [d, (i * (j + 3)) % 101])) as Record<(typeof DIMENSIONS)[number], number>,
      copied: false,
    }));
    const progress = computeProgress(history, bank, 'UTC', Date.UTC(2025, 2, 1));
    const texts = ['practice A Ops SRE', 'schedule set 09:00 Asia/Shanghai mon-fri difficulty:A', 'leaderboard all', 'question Q12', 'nonsense words here'];
    const meta = encodeAnswerMetadata({ questionId: longest.id, roundId: 12, channelId: 'C0PRACTICE' });
    const answer = (longest.answer ?? longest.keyInsight).slice(0, 3000);

    const figures: Figure[] = [
      per('parse /coach text (5 kinds, each)', samples(5000, () => texts.forEach(parseCoachText)).map((ms) => ms / texts.length), 0.05),
      per(`render question message (longest entry, ${longest.id})`, samples(5000, () => questionMessage(longest)), 0.5),
      per('render answer modal', samples(5000, () => answerModal(longest, { questionId: longest.id, roundId: 12, channelId: 'C0PRACTICE' })), 0.5),
      per('view_submission checks before the ack (metadata + answer)', samples(5000, () => {
        decodeAnswerMetadata(meta);
        checkAnswer(answer, 3000);
      }), 0.5),
      per('render score message (report given)', samples(5000, () => scoreMessage(longest, report, {}, answer)), 1),
      per('render App Home (500 attempts)', samples(2000, () => homeView(progress)), 2),
    ];

    // Warm-up: the first requests load Bolt's code paths.
    for (let i = 0; i < 50; i++) await postToApp(port, SECRET, slashCommand('help', { id: 'UBENCH', name: 'bench' }, fake.responseUrl('w')), FORM);
    const helpAck = await samplesAsync(300, () => postToApp(port, SECRET, slashCommand('help', { id: 'UBENCH', name: 'bench' }, fake.responseUrl('b')), FORM));
    const errorAck = await samplesAsync(300, () => postToApp(port, SECRET, viewSubmission(ANSWER_VIEW, meta, '  ', { id: 'UBENCH', name: 'bench' }), FORM));
    figures.push(
      per('signed /coach request → ack (HTTP round trip on 127.0.0.1, signature check included)', helpAck, 100),
      per('signed view_submission → ack with input errors (no scoring)', errorAck, 100),
    );
    return figures;
  } finally {
    await slack.stop();
    await app.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printFigures } = await import('./harness.ts');
  printFigures('Slack adapter (overhead per request, scoring excluded)', await benchSlack());
}
