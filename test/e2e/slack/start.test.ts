/** Starting and stopping the real Bolt app: a refused token is a clean config message, stop frees the port. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../src/app.ts';
import { ConfigError, parseConfig } from '../../../src/config.ts';
import { startSlack } from '../../../adapters/slack/index.ts';
import { CONTENT, tempDir } from '../../helpers/paths.ts';
import { FakeSlack, form, postToApp } from './fake-slack.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const TOKEN = 'xoxb-secret-token-123456';
const fake = new FakeSlack();
const logs: string[] = [];

const newApp = () =>
  openApp(parseConfig({ DATABASE_PATH: join(tempDir('coach-slack-start-'), 'coach.db'), BANK_PATH: CONTENT, SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, DEFAULT_TIME_ZONE: 'UTC' }), {
    logLevel: 'info',
    logDestination: { write: (line: string) => void logs.push(line) },
    longRunning: false,
  });

beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('startSlack', () => {
  it('turns a token Slack refuses into a config message that does not show the token', async () => {
    fake.answer('auth.test', () => ({ json: { ok: false, error: 'invalid_auth' } }));
    const app = await newApp();
    try {
      const err = await startSlack(app, { slackApiUrl: fake.apiUrl, port: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual(["SLACK_BOT_TOKEN: Slack refused it (invalid_auth); copy it again from the app's settings"]);
    } finally {
      await app.close();
      fake.reset();
    }
  });

  it('stops gracefully: the port is closed afterwards, a second stop is harmless, and no log line holds a secret', async () => {
    const app = await newApp();
    const slack = await startSlack(app, { slackApiUrl: fake.apiUrl, port: 0 });
    const port = (slack.server!.address() as { port: number }).port;
    expect((await postToApp(port, SECRET, form({ command: '/coach', text: 'help', user_id: 'U1', team_id: 'T1', channel_id: 'C1', response_url: fake.responseUrl('s') }), 'application/x-www-form-urlencoded')).status).toBe(200);
    await Promise.all([slack.stop(), slack.stop()]);
    await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: 'x' })).rejects.toThrow();
    await app.close();
    expect(logs.join('\n')).toContain('slack-stopped');
    expect(logs.join('\n')).not.toContain(TOKEN);
    expect(logs.join('\n')).not.toContain(SECRET);
  });
});
