/** Follow-up answers against their grades: npx tsx test/scoring/eval-follow-ups.ts */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../../src/bank/load.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { CONTENT } from '../helpers/paths.ts';
import { pairwiseAgreement, spearman } from './ranking.ts';

type Row = { id: string; question: string; followUp: number; kind: string; grade: number; text: string };
export const followUpRows = (): Row[] =>
  readFileSync(join(import.meta.dirname, 'graded', 'followups-f1.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

if (import.meta.url === `file://${process.argv[1]}`) {
  const bank = loadBank(CONTENT);
  const scorer = createScorer(bank);
  const scored = followUpRows().map((r) => {
    const rep = scorer.scoreFollowUp(bank.entries.find((e) => e.id === r.question)!, r.followUp, r.text);
    // Pairs are judged within one follow-up of one question.
    return { ...r, question: `${r.question}#${r.followUp}`, total: rep.total, flags: rep.flags };
  });
  console.log(`follow-ups: ρ=${spearman(scored.map((r) => r.total), scored.map((r) => r.grade)).toFixed(3)} pairwise=${(100 * pairwiseAgreement(scored)).toFixed(1)}% n=${scored.length}`);
  const kinds = [...new Set(scored.map((r) => r.kind))];
  for (const k of kinds) {
    const rs = scored.filter((r) => r.kind === k);
    const t = rs.map((r) => r.total);
    console.log(`${k.padEnd(22)} grade×10 ${(10 * rs.reduce((s, r) => s + r.grade, 0) / rs.length).toFixed(0).padStart(3)}  mean ${(t.reduce((a, b) => a + b, 0) / t.length).toFixed(1).padStart(5)} [${Math.min(...t)}–${Math.max(...t)}]  flagged ${rs.filter((r) => r.flags.length > 0).length}`);
  }
  if (process.argv[2]) for (const r of scored.filter((x) => x.kind === process.argv[2])) console.log(r.id, r.total, r.flags.join(','));
}
