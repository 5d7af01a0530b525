/**
 * Two bots on one file (say Discord and Slack) contend for SQLite's single writer lock. busy_timeout
 * makes SQLite wait inside the call; this retries the rare SQLITE_BUSY that still escapes (a checkpoint
 * or WAL recovery in the other process) so a user never sees one.
 */
const BUSY = /^SQLITE_BUSY/;

export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && BUSY.test(code);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** better-sqlite3 is synchronous, so the back-off is too: a blocked writer has nothing else to do. */
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

export function retryBusy<T>(fn: () => T, attempts = 5, backoffMs = 25): T {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err) || i >= attempts) throw err;
      sleep(backoffMs * i);
    }
  }
}
