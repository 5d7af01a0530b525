/**
 * Follow-up answers against their grades: npx tsx test/scoring/eval-follow-ups.ts [--heldout] [kind]
 * The tuning set is graded/followups-f1.jsonl; --heldout reads heldout/followups-h1.jsonl (other entries,
 * written by a session that never saw the scorer), for reporting only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../../src/bank/load.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { CONTENT } from '../helpers/paths.ts';
import { followUpAttacksFor } from './attacks.ts';
import { pairwiseAgreement, spearman } from './ranking.ts';

type Row = { id: string; question: string; followUp: number; kind: string; grade: number; text: string };
export const followUpRows = (set: 'tuning' | 'heldout' = 'tuning'): Row[] =>
  readFileSync(join(import.meta.dirname, ...(set === 'tuning' ? ['graded', 'followups-f1.jsonl'] : ['heldout', 'followups-h1.jsonl'])), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

if (import.meta.url === `file://${process.argv[1]}`) {
  const bank = loadBank(CONTENT);
  const scorer = createScorer(bank);
  const heldout = process.argv.includes('--heldout');
  const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const scored = followUpRows(heldout ? 'heldout' : 'tuning').map((r) => {
    const rep = scorer.scoreFollowUp(bank.entries.find((e) => e.id === r.question)!, r.followUp, r.text);
    // Pairs are judged within one follow-up of one question.
    return { ...r, question: `${r.question}#${r.followUp}`, total: rep.total, flags: rep.flags };
  });
  console.log(`follow-ups${heldout ? ' (held out)' : ''}: ρ=${spearman(scored.map((r) => r.total), scored.map((r) => r.grade)).toFixed(3)} pairwise=${(100 * pairwiseAgreement(scored)).toFixed(1)}% n=${scored.length}`);
  const kinds = [...new Set(scored.map((r) => r.kind))];
  for (const k of kinds) {
    const rs = scored.filter((r) => r.kind === k);
    const t = rs.map((r) => r.total);
    console.log(`${k.padEnd(22)} grade×10 ${(10 * rs.reduce((s, r) => s + r.grade, 0) / rs.length).toFixed(0).padStart(3)}  mean ${(t.reduce((a, b) => a + b, 0) / t.length).toFixed(1).padStart(5)} [${Math.min(...t)}–${Math.max(...t)}]  flagged ${rs.filter((r) => r.flags.length > 0).length}`);
  }
  const tricks = new Map<string, number[]>();
  for (const entry of bank.entries) {
    (entry.followUps ?? []).forEach((f, i) => {
      for (const a of [{ kind: 'pasted-model', text: f.answer }, ...followUpAttacksFor(entry, i + 1)]) {
        tricks.set(a.kind, [...(tricks.get(a.kind) ?? []), scorer.scoreFollowUp(entry, i + 1, a.text).total]);
      }
    });
  }
  console.log('generated tricks over every follow-up (max / mean / over 30):');
  for (const [kind, t] of tricks) console.log(`  ${kind.padEnd(18)} max ${Math.max(...t)}  mean ${(t.reduce((a, b) => a + b, 0) / t.length).toFixed(1)}  ${t.filter((x) => x > 30).length}/${t.length}`);
  if (only) for (const r of scored.filter((x) => x.kind === only)) console.log(r.id, r.total, r.flags.join(','));
}
