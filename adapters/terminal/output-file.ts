/**
 * Writing a file at a path the person chose (a chart, an export). A path that cannot be written is theirs
 * to fix, so the error names the path and the reason; it is not "something went wrong on our side".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
};

export class OutputFileError extends Error {
  override name = 'OutputFileError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

/**
 * `createFolder` only for our own default paths (./data/…): a folder the person named and mistyped is
 * reported, not created.
 */
export function writeOutputFile(path: string, data: string | Uint8Array, options: { createFolder?: boolean } = {}): void {
  try {
    if (options.createFolder) mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!code) throw err;
    throw new OutputFileError(path, REASONS[code] ?? `the system says ${code}`);
  }
}
