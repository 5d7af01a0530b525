/**
 * One bot process of the multi-process rounds bench: the real scheduler on the shared PostgreSQL
 * database, posting through a minimal HTTP poster to the bench's rate-limited fake, paced at a quarter
 * of 50 requests/s as a process running one of four shards is. Usage: round-worker.ts <url> <post base> <share>
 */
import { loadBank } from '../src/bank/load.ts';
import { seededRandom, systemClock } from '../src/practice/index.ts';
import { createScheduler, RoundPostError, sharedPostsPerSecond, type RoundPoster } from '../src/schedule/index.ts';
import { openStore } from '../src/store/index.ts';

const [url, postBase, share] = process.argv.slice(2);
const bank = loadBank('content');
const store = await openStore(url!, { poolSize: 4 });
let posted = 0;
let waited = 0;
/** As discord.js's REST queue does for the Discord poster: a short 429 is waited out and sent again. */
const post = async (channelId: string) => {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${postBase}/channels/${channelId}/messages`, { method: 'POST', body: '{}' });
    const retryAfter = Number(res.headers.get('retry-after') ?? 1);
    if (res.status === 429 && attempt < 4) {
      waited++;
      await new Promise((r) => setTimeout(r, retryAfter * 1000));
      continue;
    }
    if (res.status === 429) throw new RoundPostError('rate limited', true, retryAfter);
    if (!res.ok) throw new RoundPostError(`HTTP ${res.status}`, res.status >= 500);
    posted++;
    return;
  }
};
const poster: RoundPoster = { postQuestion: (r) => post(r.channel.channelId), postSummary: async () => {} };
const scheduler = createScheduler({ store, bank: () => bank, clock: systemClock, random: seededRandom(process.pid), posters: { discord: poster }, postsPerSecond: { discord: sharedPostsPerSecond('discord', Number(share)) } });
process.stdout.write('ready\n');
await new Promise((go) => process.stdin.once('data', go));
const stopAt = Date.now() + 90_000;
let stop = false;
process.stdin.once('end', () => (stop = true));
while (!stop && Date.now() < stopAt) {
  await scheduler.tick();
  await new Promise((r) => setTimeout(r, 250));
}
process.stdout.write(`${JSON.stringify({ posted, waited })}\n`);
await store.close();
