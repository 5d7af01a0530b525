import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED = join(ROOT, 'seed/000_718dacbe94462c4d.txt');
export const CONTENT = join(ROOT, 'content');

export function tempDir(prefix = 'coach-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A writable copy of content/ to break on purpose. */
export function contentCopy(): string {
  const dir = join(tempDir(), 'content');
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}
