/** Rebuilds src/scoring/tag-model.json from the bank's model answers: npx tsx test/scoring/train-tag-model.ts */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../../src/bank/load.ts';
import { trainTagModel } from '../../src/scoring/prose.ts';
import { CONTENT, ROOT } from '../helpers/paths.ts';

const bank = loadBank(CONTENT);
const table = trainTagModel(bank.entries.flatMap((e) => (e.answer ? [e.answer] : [])));
const sorted = { bigrams: Object.fromEntries(Object.entries(table.bigrams).sort()), unigrams: Object.fromEntries(Object.entries(table.unigrams).sort()), total: table.total };
writeFileSync(join(ROOT, 'src/scoring/tag-model.json'), `${JSON.stringify(sorted, null, 0)}\n`);
console.log(`tag model: ${table.total} tag pairs from ${bank.entries.length} model answers`);
