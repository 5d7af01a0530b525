/** A fresh, empty PostgreSQL database on the run's test server (test/setup/postgres.ts) per call. */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export function adminUrl(): string {
  return inject('postgresAdminUrl');
}

/** Creates `coach_test_<random>` and returns its URL; the server and every database go at the end of the run. */
export async function freshPostgresUrl(): Promise<string> {
  const admin = adminUrl();
  const name = `coach_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
