/** `npm start` with both bots configured, when one cannot start (issue 13). */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, startChild } from '../helpers/child.ts';
import { tempDir } from '../helpers/paths.ts';
import { APP_ID, FAKE_TOKEN } from '../e2e/discord/fake-discord.ts';

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('npm start with Discord and Slack, when Discord cannot be reached', () => {
  it('says so as a network failure, not a configuration problem, and exits at once without Slack retrying on screen', async () => {
    const port = await closedPort();
    const env = cleanEnv({
      DATABASE_PATH: join(tempDir('coach-start-'), 'coach.db'),
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APP_ID: APP_ID,
      SLACK_BOT_TOKEN: 'xoxb-test-token-1234567890',
      SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
    });
    const child = startChild(['test/run/start-process.ts', `http://127.0.0.1:${port}/api`, `http://127.0.0.1:${port}/slack/`], env);
    let failedAt = 0;
    child.process.stderr.on('data', () => (failedAt ||= Date.now()));
    const { code } = await child.exited;
    const exitedAt = Date.now();
    expect(code).toBe(1);
    expect(child.errors()).toMatch(/^start-up failed: could not reach Discord to log in \(.+\); check the network and try again\n$/);
    expect(child.errors()).not.toContain('configuration');
    // Slack's start retries auth.test for several seconds; its outcome no longer matters, so the process
    // does not wait for it, and none of its retry warnings is printed after the failure.
    expect(exitedAt - failedAt).toBeLessThan(1000);
    const boltLines = child.output().split('\n').filter((l) => l.includes('"component":"bolt"'));
    for (const line of boltLines) expect(Date.parse(JSON.parse(line).time)).toBeLessThanOrEqual(failedAt);
    expect(child.errors()).not.toContain(FAKE_TOKEN);
  });
});
