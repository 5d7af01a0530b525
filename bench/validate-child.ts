/**
 * Loads and validates one bank in a fresh process, as `npm run cli -- validate` does, and prints the
 * in-process time: the parent's heap (which generated the bank) does not weigh on the figure.
 */
import { prepareContentChecks } from '../src/bank/content-checks.ts';
import { loadBank } from '../src/bank/load.ts';
import { validateBank } from '../src/bank/validate.ts';

const [dir, mode] = process.argv.slice(2);
const checks = mode === 'all' ? await prepareContentChecks(dir) : [];
const runs: number[] = [];
for (let i = 0; i < 2; i++) {
  const start = performance.now();
  validateBank(loadBank(dir!), checks);
  runs.push(performance.now() - start);
}
process.stdout.write(JSON.stringify({ ms: Math.min(...runs) }));
