/** `backup <file> [--force]`: SQLite's online backup, safe while bots keep writing. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { CliError, EXIT_USAGE } from './errors.ts';
import type { Io } from './io.ts';
import { openStore } from '../store/index.ts';

export async function backupCommand(file: string, options: { force?: boolean }, io: Io): Promise<number> {
  const config = loadConfig();
  const source = resolve(config.DATABASE_PATH);
  if (!existsSync(source)) throw new CliError('no-database', `There is no database at ${config.DATABASE_PATH} yet; nothing to back up.`);
  if (resolve(file) === source) throw new CliError('same-file', 'The backup must go to another file than the database itself.', EXIT_USAGE);
  if (existsSync(file) && !options.force) throw new CliError('file-exists', `${file} exists already; choose another name or add --force to overwrite it.`);
  const store = openStore(config.DATABASE_PATH);
  try {
    const { totalPages } = await store.backup(file);
    io.out(`Backed up ${config.DATABASE_PATH} to ${file} (${totalPages} pages).`);
    return 0;
  } finally {
    store.close();
  }
}
