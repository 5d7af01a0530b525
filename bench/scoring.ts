/** Scoring throughput (300-word answers, and follow-up answers), p99 latency for 4,000-character answers, rubric compile for the bank. */
import { readFileSync } from 'node:fs';
import { loadBank } from '../src/bank/load.ts';
import { countWords } from '../src/bank/text.ts';
import { createScorer } from '../src/scoring/index.ts';
import { fmt, percentile, samples, type Figure } from './harness.ts';

type Graded = { question: string; text: string };

export function benchScoring(): Figure[] {
  const bank = loadBank('content');
  const first = performance.now();
  createScorer(bank);
  const coldCompile = performance.now() - first;
  const compile = samples(20, () => createScorer(bank));
  const scorer = createScorer(bank);
  const entry = new Map(bank.entries.map((e) => [e.id, e]));

  // 300-word answers: the graded set's answers, cut or repeated to 300 words.
  const graded: Graded[] = ['set-a', 'set-b', 'set-c', 'set-d1', 'set-d2', 'set-d3'].flatMap((f) =>
    readFileSync(`test/scoring/graded/${f}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Graded),
  );
  // Chinese answers count a whole clause as one whitespace "word": they go to the 4,000-character set only.
  const words300 = graded.filter((g) => !/\p{Script=Han}{8}/u.test(g.text)).map((g) => {
    const words = g.text.split(/\s+/);
    const padded = Array.from({ length: Math.ceil(300 / words.length) }, () => words).flat().slice(0, 300);
    return { entry: entry.get(g.question)!, text: padded.join(' ') };
  });
  const meanWords = words300.reduce((n, a) => n + countWords(a.text), 0) / words300.length;
  // A bot scores for days: the figure is the steady state after the JIT has settled (3 s of warm-up), not the first seconds.
  const warm = performance.now();
  for (let k = 0; performance.now() - warm < 3000; k++) scorer.score(words300[k % words300.length]!.entry, words300[k % words300.length]!.text);
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < 3000) {
    const a = words300[done % words300.length]!;
    scorer.score(a.entry, a.text);
    done++;
  }
  const perSecond = done / ((performance.now() - start) / 1000);

  const chars4000 = graded.map((g) => ({ entry: entry.get(g.question)!, text: `${g.text} `.repeat(Math.ceil(4000 / (g.text.length + 1))).slice(0, 4000) }));
  let i = 0;
  const long = samples(2000, () => {
    const a = chars4000[i++ % chars4000.length]!;
    scorer.score(a.entry, a.text);
  });
  const compileMedian = percentile(compile, 50);

  // Follow-up answers (issue 14): the graded follow-ups, each against its follow-up's own rubric.
  const followUps = readFileSync('test/scoring/graded/followups-f1.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Graded & { followUp: number });
  for (const f of followUps) scorer.scoreFollowUp(entry.get(f.question)!, f.followUp, f.text);
  let followUpsDone = 0;
  const followUpStart = performance.now();
  while (performance.now() - followUpStart < 2000) {
    const f = followUps[followUpsDone % followUps.length]!;
    scorer.scoreFollowUp(entry.get(f.question)!, f.followUp, f.text);
    followUpsDone++;
  }
  const followUpsPerSecond = followUpsDone / ((performance.now() - followUpStart) / 1000);
  const followUpWords = followUps.reduce((n, f) => n + countWords(f.text), 0) / followUps.length;
  return [
    // The goals with a part-of-speech tagger in the loop (issue 12): 500 answers/s and p99 < 10 ms (1,000/s and 5 ms without one).
    { name: `throughput, ${Math.round(meanWords)}-word answers, one core`, value: `${Math.round(perSecond).toLocaleString('en')} answers/s`, goal: '≥ 500/s with a tagger (1,000/s without)', ok: perSecond >= 500 },
    { name: '4,000-character answers: median / p99', value: `${fmt(percentile(long, 50))} / ${fmt(percentile(long, 99))}`, goal: 'p99 < 10 ms with a tagger (5 ms without)', ok: percentile(long, 99) < 10 },
    { name: `follow-up answers (${Math.round(followUpWords)} words on average), one core`, value: `${Math.round(followUpsPerSecond).toLocaleString('en')} answers/s` },
    { name: `rubric compile, whole bank (${bank.entries.length} entries): first in process / median of 20`, value: `${fmt(coldCompile)} / ${fmt(compileMedian)}`, goal: '< 50 ms', ok: compileMedian < 50 },
  ];
}
