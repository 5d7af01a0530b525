/**
 * WAL checkpoints copy committed pages into the main file and fsync it: ~10 ms on a multi-GB file.
 * SQLite's auto-checkpoint runs them inside the commit that crosses the threshold, so every ~100th
 * submit would pay for it. A worker thread with its own connection checkpoints instead, PASSIVE so it
 * never waits for (or blocks) a writer; the auto-checkpoint stays on at a higher mark as a safety net.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS, so the worker needs no TypeScript loader.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* the next tick tries again */ }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export type Checkpointer = { stop(): void };

export function startCheckpointer(path: string, intervalMs = 100): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { path, driver, intervalMs } });
  worker.unref();
  // A failing checkpointer only means the commit-time auto-checkpoint does the work again.
  worker.on('error', () => {});
  return { stop: () => worker.postMessage('stop') };
}
