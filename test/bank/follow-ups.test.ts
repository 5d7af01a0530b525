/** Follow-ups as content (issue 14): the schema and `validate` keep twists honest. */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { validatePath } from '../../src/bank/validate.ts';
import { edit, lineOf, problemsOf } from '../helpers/bank.ts';
import { CONTENT, contentCopy } from '../helpers/paths.ts';


describe('follow-ups', () => {
  it('given the shipped bank then every entry has 2–3 follow-ups and validate finds nothing', () => {
    const bank = loadBank(CONTENT);
    for (const e of bank.entries) expect(e.followUps?.length ?? 0, e.id).toBeGreaterThanOrEqual(2);
    const report = validatePath(CONTENT);
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => w.field.startsWith('followUps'))).toEqual([]);
  });

  it('given a twist to the same value then the load fails at that line', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q07.yaml', (t) => t.replace('to: 2 RPC providers', 'to: 3 RPC providers'));
    const line = lineOf(dir, 'questions/Q07.yaml', 'to: 3 RPC providers');
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(new RegExp(`questions/Q07\\.yaml:${line}: followUps\\.0\\.changes\\.to: the new value must differ from the one it twists \\("3 RPC providers"\\)$`)));
  });

  it('given a twist of a value the entry does not state then the load fails naming the real values', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q07.yaml', (t) => t.replace('from: 3 RPC providers', 'from: 4 RPC providers'));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/Q07\.yaml:\d+: followUps\.0\.changes\.from: "4 RPC providers" is not a Ecosystem value of this entry \(Solana v1\.18, 3 RPC providers\)/));
  });

  it('given a model follow-up whose sum is wrong, or a single follow-up, then validate warns', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q07.yaml', (t) => t.replace('50ms hedge delay + 70ms warm retry = 120ms', '50ms hedge delay + 70ms warm retry = 150ms').replaceAll('= 0.000025', '= 0.00025'));
    // Keep only the first of Q10's follow-ups (they are the file's last key).
    edit(dir, 'questions/Q10.yaml', (t) => t.slice(0, t.indexOf('\n  - twist:', t.indexOf('followUps:\n  - twist:') + 20) + 1));
    const report = validatePath(dir);
    const messages = report.warnings.map((w) => `${w.id}: ${w.field}: ${w.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^Q7: followUps\.0\.answer: ".*0\.005 × 0\.005 = 0\.00025" does not add up: it comes to 0/));
    expect(messages).toContainEqual('Q7: followUps.1.adaptation.arithmetic: "50ms hedge delay + 70ms warm retry = 150ms" does not add up: it comes to 120');
    expect(messages).toContain('Q10: followUps: 1 follow-up; a mock interview needs at least 2');
  });
});
