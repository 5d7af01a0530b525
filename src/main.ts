/** `npm start`: until the practice session lands (issue 6), prints the bank summary. */
import { loadBank } from './bank/load.ts';
import { validateBank } from './bank/validate.ts';

const bank = loadBank('content');
const report = validateBank(bank);
const complete = bank.entries.filter((e) => e.status === 'complete').length;
console.log(`constraint-coach — bank ${bank.version}: ${bank.entries.length} questions (${complete} complete)`);
console.log(`difficulty F ${report.stats.difficulty.F} / I ${report.stats.difficulty.I} / A ${report.stats.difficulty.A}; ${report.warnings.length} validator warnings (npm run cli -- validate)`);
console.log('The practice session is not built yet; this prints the bank summary.');
