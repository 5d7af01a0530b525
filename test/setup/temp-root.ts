/**
 * vitest globalSetup: every temporary file of the run goes under one folder, removed at the end. Tests,
 * the CLIs they spawn and the PostgreSQL setup all ask `os.tmpdir()`, which reads TMPDIR; without this a
 * run left some 20 folders in /tmp (7,000 after a few hundred runs). Runs before the PostgreSQL setup, whose
 * data folder lands inside; the folder is opened for traversal so the `postgres` user can reach it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'coach-test-'));
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
