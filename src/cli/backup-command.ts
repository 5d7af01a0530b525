/** `backup <file> [--force]`: SQLite's online backup, safe while bots keep writing. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { CliError, EXIT_USAGE } from './errors.ts';
import type { Io } from './io.ts';
import { openSqlite } from '../store/index.ts';

export async function backupCommand(file: string, options: { force?: boolean }, io: Io): Promise<number> {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    throw new CliError('postgres-backup', 'The database is PostgreSQL (DATABASE_URL): back it up with its own tools, e.g. `pg_dump --format=custom --file coach.dump "$DATABASE_URL"` (restore with pg_restore). See the README, "Deploying".', EXIT_USAGE);
  }
  const source = resolve(config.DATABASE_PATH);
  if (!existsSync(source)) throw new CliError('no-database', `There is no database at ${config.DATABASE_PATH} yet; nothing to back up.`);
  if (resolve(file) === source) throw new CliError('same-file', 'The backup must go to another file than the database itself.', EXIT_USAGE);
  if (existsSync(file) && !options.force) throw new CliError('file-exists', `${file} exists already; choose another name or add --force to overwrite it.`);
  const store = openSqlite(config.DATABASE_PATH);
  try {
    const { totalPages } = await store.backup(file);
    io.out(`Backed up ${config.DATABASE_PATH} to ${file} (${totalPages} pages).`);
    return 0;
  } finally {
    store.close();
  }
}
