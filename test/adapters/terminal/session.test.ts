import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { attemptsIn } from '../../helpers/attempts.ts';
import { cleanEnv, startChild } from '../../helpers/child.ts';
import { tempDir } from '../../helpers/paths.ts';

const ANSI = /\u001b\[/;

function session(extraEnv: Record<string, string> = {}, args: string[] = ['--user', 'ada']) {
  const db = join(tempDir('coach-term-'), 'data', 'coach.db');
  const child = startChild(['src/main.ts', ...args], cleanEnv({ DATABASE_PATH: db, ...extraEnv }));
  return { child, db, attempts: () => attemptsIn(db) };
}

describe('terminal session, driven through stdin like a person', () => {
  it('asks a question, takes a multi-line answer, scores it, shows progress and quits', async () => {
    const { child, attempts } = session();
    await child.waitFor('> ');
    child.type('\n');
    const question = await child.waitFor('Type or paste your answer');
    expect(question).toMatch(/Q\d+ · (Foundational|Intermediate|Advanced)/);
    expect(question).toContain('Constraints');
    child.type('Hexagonal ports and adapters.\nWe budget 8 cores and 32GB, 99.95% uptime.\n.\n');
    const scored = await child.waitFor(/> $/);
    expect(scored).toMatch(/Score \d+\/100/);
    for (const label of ['Key insight', 'Constraints', 'Quantified metrics', 'Trade-offs', 'Stakeholders']) expect(scored).toContain(label);
    expect(scored).toContain('Saved.');
    child.type('p\n');
    const progress = await child.waitFor(/> $/);
    expect(progress).toMatch(/Progress · 1 attempt · streak 1 day/);
    expect(progress).toMatch(/Key insight +\d/);
    const png = join(tempDir(), 'chart.png');
    child.type(`chart ${png}\n`);
    expect(await child.waitFor(/> $/)).toContain(`Wrote your progress chart to ${png}.`);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    child.type('q\n');
    expect((await child.exited).code).toBe(0);
    expect(child.output()).toContain('Bye.');
    expect(child.output()).not.toMatch(ANSI);
    expect(attempts()).toEqual([{ q: expect.stringMatching(/^Q\d+$/), answer: 'Hexagonal ports and adapters.\nWe budget 8 cores and 32GB, 99.95% uptime.' }]);
    expect(child.errors()).toBe('');
  });

  it('refuses empty and over-long answers with a clear message, stores neither, and lets the person retry', async () => {
    const { child, attempts } = session();
    await child.waitFor('> ');
    child.type('Q1\n');
    await child.waitFor('Type or paste your answer');
    child.type('.\n');
    expect(await child.waitFor('Type or paste your answer')).toContain('Your answer is empty.');
    child.type(`${'x'.repeat(4001)}\n.\n`);
    expect(await child.waitFor('Type or paste your answer')).toContain('Your answer is 4,001 characters; the limit is 4,000.');
    expect(attempts()).toEqual([]);
    child.type('Now a real answer.\n.\n');
    await child.waitFor('Saved.');
    child.type('q\n');
    await child.exited;
    expect(attempts()).toEqual([{ q: 'Q1', answer: 'Now a real answer.' }]);
  });

  it('names an unknown question id and an unknown filter value', async () => {
    const { child } = session();
    await child.waitFor('> ');
    child.type('Q99\n');
    expect(await child.waitFor(/> $/)).toContain('There is no question "Q99". Questions run from Q1 to Q');
    child.type('phase=Launch\n');
    expect(await child.waitFor(/> $/)).toContain('There is no phase "Launch". Try one of: Requirements');
    child.type('colour=blue\n');
    expect(await child.waitFor(/> $/)).toContain('"colour=blue" is not a filter.');
    child.type('q\n');
    expect((await child.exited).code).toBe(0);
  });

  it('applies filters and keeps them for the next Enter', async () => {
    const { child } = session();
    await child.waitFor('> ');
    child.type('d=A s=SRE\n');
    expect(await child.waitFor('Type or paste your answer')).toMatch(/Q\d+ · Advanced · .*stakeholders .*SRE/);
    child.type('skip\n');
    expect(await child.waitFor(/> $/)).toContain('[difficulty=A stakeholder=SRE]');
    child.type('\n');
    expect(await child.waitFor('Type or paste your answer')).toMatch(/Q\d+ · Advanced · .*stakeholders .*SRE/);
    child.type('skip\nq\n');
    expect((await child.exited).code).toBe(0);
  });

  it('with everything piped at once, ends at end of input without hanging; Ctrl-D ends an answer', async () => {
    const { child, attempts } = session();
    child.process.stdin.end('\nfirst line of my answer\nsecond line, then end of input');
    const { code } = await child.exited;
    expect(code).toBe(0);
    expect(child.output()).toMatch(/Score \d+\/100/);
    expect(attempts().map((a) => a.answer)).toEqual(['first line of my answer\nsecond line, then end of input']);
  });

  it('colours only when asked: FORCE_COLOR paints, NO_COLOR wins', async () => {
    const coloured = session({ FORCE_COLOR: '1' });
    coloured.child.process.stdin.end('l\nq\n');
    await coloured.child.exited;
    expect(coloured.child.output()).toMatch(ANSI);
    const plain = session({ FORCE_COLOR: '1', NO_COLOR: '1' });
    plain.child.process.stdin.end('l\nq\n');
    await plain.child.exited;
    expect(plain.child.output()).not.toMatch(ANSI);
    expect(plain.child.output()).toContain('Leaderboard · all time');
  });

  it('a blank line inside an answer is part of it, not its end, and never starts a second attempt (issue 13)', async () => {
    const { child, attempts } = session();
    await child.waitFor('> ');
    child.type('Q7\n');
    await child.waitFor('Type or paste your answer');
    child.type('Failover is a circuit breaker per provider.\n\nIt trips after 5 failures in 30s.\n\n\nThe cost is 30ms per call.\n.\n');
    const scored = await child.waitFor('Saved.');
    expect(scored).toContain('(Blank lines stay in your answer.');
    child.type('q\n');
    await child.exited;
    expect(child.output()).not.toContain("I don't know");
    expect(attempts()).toEqual([{ q: 'Q7', answer: 'Failover is a circuit breaker per provider.\n\nIt trips after 5 failures in 30s.\n\n\nThe cost is 30ms per call.' }]);
  });

  it('the model answer after an attempt, not before (issue 13)', async () => {
    const { child } = session();
    await child.waitFor('> ');
    child.type('m\n');
    expect(await child.waitFor(/> $/)).toContain('Answer a question first; then m shows its model answer.');
    child.type('m Q7\n');
    expect(await child.waitFor(/> $/)).toContain('Answer Q7 first (type Q7)');
    child.type('Q7\nA circuit breaker.\n.\n');
    await child.waitFor(/Saved\.[^]*> $/);
    child.type('m\n');
    const model = await child.waitFor(/> $/);
    expect(model).toContain('Model answer · Q7');
    expect(model).toContain('Key insight');
    expect(model).toContain('RpcCircuitBreaker');
    child.type('q\n');
    expect((await child.exited).code).toBe(0);
  });

  it('chart and export write files beside the database by default, or where asked; a path that cannot be written is named with the reason (issue 13)', async () => {
    const { child, db } = session();
    await child.waitFor('> ');
    child.type('Q1\nAn answer.\n.\n');
    await child.waitFor(/Saved\.[^]*> $/);
    child.type('chart\n');
    const chart = join(dirname(db), 'progress-ada.png');
    expect(await child.waitFor(/> $/)).toContain(`Wrote your progress chart to ${chart}.`);
    expect(readFileSync(chart).subarray(1, 4).toString()).toBe('PNG');
    child.type('chart /nonexistent/dir/x.png\n');
    const refused = await child.waitFor(/> $/);
    expect(refused).toContain('cannot write /nonexistent/dir/x.png: its folder does not exist. Choose another path.');
    expect(refused).not.toContain('went wrong on our side');
    expect(existsSync('/nonexistent/dir')).toBe(false);
    const file = join(tempDir(), 'me.json');
    child.type(`export ${file}\n`);
    expect(await child.waitFor(/> $/)).toContain(`Wrote everything stored about you (1 attempt) to ${file}.`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ user: { platformUserId: 'ada' }, attempts: [{ questionId: 'Q1', answer: 'An answer.' }] });
    child.type('export\n');
    expect(await child.waitFor(/> $/)).toContain(`to ${join(dirname(db), 'export-ada.json')}.`);
    child.type('q\n');
    await child.exited;
    expect(child.output().split('\n').length).toBeLessThan(200);
  });

  it('the progress view says what avg and trend mean (issue 13)', async () => {
    const { child } = session();
    await child.waitFor('> ');
    child.type('Q1\nFirst.\n.\n');
    await child.waitFor(/Saved\.[^]*> $/);
    child.type('Q2\nSecond, with 8 cores and 99.95% uptime.\n.\n');
    await child.waitFor(/Saved\.[^]*> $/);
    child.type('p\n');
    const progress = await child.waitFor(/> $/);
    expect(progress).toMatch(/avg: your mean score \(% of the dimension\) over your last 2 attempts\. trend: how many points the newer half of/);
    expect(progress).toContain('those attempts scored above (+, ↑) or below (−, ↓) the older half');
    child.type('q\n');
    await child.exited;
  });

  it('a Chinese answer gets Chinese feedback; f asks a follow-up, scored as one and shown as adaptability; lang sets the language (issue 14)', async () => {
    const { child, db } = session();
    await child.waitFor('> ');
    child.type('Q7\n每个 RPC provider 前面放一个熔断器：30 秒滑动窗口内失败 5 次就打开，60 秒后半开。错误率从 5% 降到 0.5%，故障切换 180ms，低于 500ms 目标。代价是每次调用多 30ms。SRE 负责告警。\n.\n');
    const scored = await child.waitFor(/Saved\.[^]*> $/);
    expect(scored).toMatch(/得分 \d+\/100/);
    expect(scored).toContain('核心洞见');
    expect(scored).toContain('反馈');
    child.type('f\n');
    const twist = await child.waitFor('Type or paste your answer');
    expect(twist).toContain('Follow-up on Q7: the interviewer changes a constraint.');
    child.type('Down to two providers now: I keep a breaker per provider and shorten the open period to 15s; 0.005 × 0.005 = 0.000025 both down.\n.\n');
    const followUp = await child.waitFor(/> $/);
    expect(followUp).toMatch(/Score \(follow-up 1\) \d+\/100/);
    expect(followUp).toContain('not the leaderboard');
    child.type('p\n');
    expect(await child.waitFor(/> $/)).toMatch(/Progress · 1 attempt[^]*Adaptability +\d+\.\d +— .* 1 follow-up/);
    child.type('lang fr\n');
    expect(await child.waitFor(/> $/)).toContain('There is no language "fr": choose en, zh or auto.');
    child.type('lang zh\n');
    expect(await child.waitFor(/> $/)).toContain('反馈和成绩单现在使用中文。');
    child.type('Q1\nA monolith with 8 cores.\n.\n');
    expect(await child.waitFor(/Saved\.[^]*> $/)).toMatch(/得分 \d+\/100/);
    child.type('q\n');
    expect((await child.exited).code).toBe(0);
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT question_id, follow_up FROM attempts ORDER BY id').raw().all()).toEqual([['Q7', null], ['Q7', 1], ['Q1', null]]);
    expect(check.prepare('SELECT lang FROM users').pluck().get()).toBe('zh');
    check.close();
  });
});
