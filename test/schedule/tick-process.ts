/**
 * A scheduler process for the two-process test: opens the database file given, ticks at the instants
 * given, and prints one line per question it posted. Two of these run at once against one file.
 */
import { seededRandom } from '../../src/practice/index.ts';
import { createScheduler } from '../../src/schedule/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fixtureBank } from '../helpers/practice.ts';

const [dbPath, fromArg, toArg, seed] = process.argv.slice(2);
const store = await openStore(dbPath!);
const bank = fixtureBank();
let now = Number(fromArg);
const scheduler = createScheduler({
  store,
  bank: () => bank,
  clock: { now: () => now },
  random: seededRandom(Number(seed)),
  postsPerSecond: { discord: Infinity },
  posters: {
    discord: {
      async postQuestion(round) {
        process.stdout.write(`posted ${round.roundId} ${round.channel.channelId} ${round.localDate}\n`);
      },
      async postSummary() {},
    },
  },
});
process.stdout.write('ready\n');
// Both processes wait for the same wall-clock start so their ticks overlap.
const go = Number(process.env.GO_AT ?? 0);
while (Date.now() < go) await new Promise((r) => setTimeout(r, 1));
for (; now <= Number(toArg); now += 1000) await scheduler.tick(now);
await store.close();
process.stdout.write('done\n');
