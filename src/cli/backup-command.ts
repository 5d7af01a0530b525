/** `backup <file> [--force]`: SQLite's online backup, safe while bots keep writing. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { startupFailure } from '../run/startup-failure.ts';
import { openStore } from '../store/index.ts';

export async function backupTo(file: string, io: { out: (text: string) => void; err: (text: string) => void }, force = false): Promise<number> {
  try {
    const config = loadConfig();
    const source = resolve(config.DATABASE_PATH);
    if (!existsSync(source)) {
      io.err(`There is no database at ${config.DATABASE_PATH} yet; nothing to back up.`);
      return 1;
    }
    if (resolve(file) === source) {
      io.err('The backup must go to another file than the database itself.');
      return 2;
    }
    if (existsSync(file) && !force) {
      io.err(`${file} exists already; choose another name or add --force to overwrite it.`);
      return 1;
    }
    const store = openStore(config.DATABASE_PATH);
    try {
      const { totalPages } = await store.backup(file);
      io.out(`Backed up ${config.DATABASE_PATH} to ${file} (${totalPages} pages).`);
      return 0;
    } finally {
      store.close();
    }
  } catch (err) {
    return startupFailure(err, io);
  }
}
