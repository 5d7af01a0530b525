/**
 * The scorer against the graded sets and the generated attacks, for whoever tunes it:
 *   npx tsx test/scoring/eval.ts [--sets a,b,c,d1] [--half odd|even] [--heldout] [--worst N] [--kind K]
 * Prints rank agreement (Spearman, pairwise within a question), per-kind means and ranges, and the
 * largest disagreements. --heldout adds the held-out sets E and F, which are for reporting, never for tuning.
 */
import { parseArgs } from 'node:util';
import { loadBank } from '../../src/bank/load.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { CONTENT } from '../helpers/paths.ts';
import { attacksFor } from './attacks.ts';
import { GAMING, HELD_OUT_ROUNDS, loadGraded, loadTranslatedPairs, translationGaps, type Graded } from './graded.ts';
import { pairwiseAgreement, spearman } from './ranking.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string' },
    half: { type: 'string' },
    heldout: { type: 'boolean', default: false },
    worst: { type: 'string', default: '15' },
    kind: { type: 'string' },
    question: { type: 'string' },
  },
});

const bank = loadBank(CONTENT);
const scorer = createScorer(bank);
const entry = (id: string) => bank.entries.find((e) => e.id === id)!;
const inHalf = (q: string) => !values.half || (Number(q.slice(1)) % 2 === 1) === (values.half === 'odd');

let rows: Graded[] = loadGraded({ heldout: values.heldout, sets: values.sets?.split(',') });
rows = rows.filter((r) => inHalf(r.question) && (!values.question || r.question === values.question));
const scored = rows.map((r) => {
  const report = scorer.score(entry(r.question), r.text);
  return { ...r, total: report.total, flags: report.flags, grade10: r.grade };
});

const bySet = new Map<string, typeof scored>();
for (const r of scored) bySet.set(r.set, [...(bySet.get(r.set) ?? []), r]);
const line = (name: string, rs: typeof scored) =>
  console.log(
    `${name.padEnd(10)} n=${String(rs.length).padStart(3)}  ρ=${spearman(rs.map((r) => r.total), rs.map((r) => r.grade)).toFixed(3)}  pairwise=${(100 * pairwiseAgreement(rs)).toFixed(1)}%`,
  );
for (const [set, rs] of bySet) line(set, rs);
line('all', scored);
const heldOutRounds = HELD_OUT_ROUNDS.map((round) => ({ round, rows: scored.filter((r) => r.set.startsWith(round)) })).filter((h) => h.rows.length > 0);
for (const { round, rows: rs } of heldOutRounds) line(`held out ${round.toUpperCase()}`, rs);

const kinds = new Map<string, typeof scored>();
for (const r of scored) kinds.set(r.kind, [...(kinds.get(r.kind) ?? []), r]);
console.log('\nkind                  n  grade×10  score mean  [min–max]');
for (const [kind, rs] of [...kinds].sort((a, b) => b[1].reduce((s, r) => s + r.grade, 0) / b[1].length - a[1].reduce((s, r) => s + r.grade, 0) / a[1].length)) {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const totals = rs.map((r) => r.total);
  console.log(
    `${kind.padEnd(20)} ${String(rs.length).padStart(3)}  ${(10 * mean(rs.map((r) => r.grade))).toFixed(0).padStart(6)}  ${mean(totals).toFixed(1).padStart(10)}  [${Math.min(...totals)}–${Math.max(...totals)}]`,
  );
}

const worst = Number(values.worst);
const show = values.kind ? scored.filter((r) => r.kind === values.kind) : scored;
console.log(`\nlargest disagreements (score − 10×grade):`);
for (const r of [...show].sort((a, b) => Math.abs(b.total - 10 * b.grade) - Math.abs(a.total - 10 * a.grade)).slice(0, worst)) {
  console.log(`  ${r.id.padEnd(14)} ${r.kind.padEnd(20)} grade ${String(r.grade).padStart(4)}  score ${String(r.total).padStart(3)}  ${r.flags.join(',')}`);
}

// Chinese translations of English expert answers: the same content should score within 5 points.
const pairs = [
  { name: 'tuning', rows: loadGraded().filter((r) => r.kind === 'chinese' && r.pairOf) },
  ...(values.heldout ? HELD_OUT_ROUNDS.map((round) => ({ name: `held out ${round.toUpperCase()}`, rows: loadTranslatedPairs().filter((r) => r.id.startsWith(round)) })) : []),
];
console.log('\nChinese translations of English expert answers (Chinese − English):');
for (const { name, rows: zh } of pairs) {
  const gaps = translationGaps(zh.filter((r) => inHalf(r.question)), (r) => scorer.score(entry(r.question), r.text).total);
  const within = (points: number) => gaps.filter((g) => Math.abs(g) <= points).length;
  console.log(`  ${name.padEnd(11)} ${within(5)}/${gaps.length} within 5 points, ${within(10)} within 10; mean gap ${(gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length)).toFixed(1)}, range ${Math.min(...gaps)} to ${Math.max(...gaps)}`);
}

console.log('\ngaming answers over 30, model-quality mean:');
const tuningRows = scored.filter((r) => !HELD_OUT_ROUNDS.some((round) => r.set.startsWith(round)));
for (const { name, rs } of [{ name: 'tuning', rs: tuningRows }, ...heldOutRounds.map((h) => ({ name: `held out ${h.round.toUpperCase()}`, rs: h.rows }))]) {
  const gaming = rs.filter((r) => GAMING.includes(r.kind));
  const models = rs.filter((r) => r.kind === 'model').map((r) => r.total);
  if (rs.length > 0) console.log(`  ${name.padEnd(11)} ${gaming.filter((r) => r.total > 30).length}/${gaming.length} gaming over 30; model-quality mean ${(models.reduce((s, x) => s + x, 0) / Math.max(1, models.length)).toFixed(1)}`);
}

console.log('\ngenerated attacks over the bank (max / mean):');
const attackTotals = new Map<string, number[]>();
for (const e of bank.entries.filter((e) => inHalf(e.id))) {
  for (const a of attacksFor(e)) attackTotals.set(a.kind, [...(attackTotals.get(a.kind) ?? []), scorer.score(e, a.text).total]);
}
for (const [kind, ts] of attackTotals) console.log(`  ${kind.padEnd(20)} max ${Math.max(...ts)}  mean ${(ts.reduce((s, x) => s + x, 0) / ts.length).toFixed(1)}`);
