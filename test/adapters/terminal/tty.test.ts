/**
 * The terminal session on a real pseudo-terminal, as a person uses it: pasting, Ctrl-D, the prompt
 * (issue 13). A terminal emulator wraps a paste in ESC[200~ … ESC[201~ only when the program asks for
 * it, and the test terminal does the same, so these tests also check that the session asks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { attemptsIn } from '../../helpers/attempts.ts';
import { tempDir } from '../../helpers/paths.ts';
import { startTty, type Tty } from '../../helpers/tty.ts';

const PARAGRAPHS = [
  'Failover is a circuit breaker per RPC provider, ordered 1-2-3.',
  'It trips after 5 failures in 30s and probes again after 60s; p99 failover stays under 200ms on 4 cores.',
  'The cost is about 30ms per call, which the SRE and the Lead accept against a 5% error rate.',
];

let tty: Tty | undefined;
afterEach(() => tty?.close());

function open(db = join(tempDir('coach-tty-db-'), 'coach.db')) {
  tty = startTty(['src/main.ts', '--user', 'ada'], { DATABASE_PATH: db, DEFAULT_TIME_ZONE: 'UTC', NO_COLOR: '1', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' });
  return { t: tty, db, attempts: () => attemptsIn(db) };
}

/** Opens a question the way a person does, and waits until the session takes the answer. */
async function openQuestion(t: Tty, id: string): Promise<void> {
  await t.waitFor('h for help, q to quit.');
  t.type(id);
  t.key('Enter');
  await t.waitFor('Type or paste your answer');
}

/** Ends the answer with a "." line and quits once it is saved; resolves with the exit code. */
async function finishAndQuit(t: Tty): Promise<number> {
  t.type('.');
  t.key('Enter');
  await t.waitFor('Saved.');
  t.type('q');
  t.key('Enter');
  return t.exited();
}

describe('the terminal session on a real terminal', () => {
  it('a bracketed paste with blank lines is one answer, whatever it holds, even a line with just "."', async () => {
    const { t, attempts } = open();
    await openQuestion(t, 'Q7');
    const pasted = [PARAGRAPHS[0], '', PARAGRAPHS[1], '', '.', '', PARAGRAPHS[2]].join('\n');
    t.paste(pasted);
    await t.waitFor(PARAGRAPHS[2]!);
    expect(await finishAndQuit(t)).toBe(0);
    expect(attempts()).toEqual([{ q: 'Q7', answer: pasted }]);
    expect(t.screen()).not.toContain("I don't know");
  });

  it('Ctrl-D while answering finishes the answer (what is typed on the line too) and the session goes on; Ctrl-D at the prompt quits', async () => {
    const { t, attempts } = open();
    await openQuestion(t, 'Q7');
    t.type(PARAGRAPHS[0]!);
    t.key('Enter', 'Enter');
    t.type(PARAGRAPHS[1]!);
    t.key('C-d');
    await t.waitFor(/Saved\.[^]*>/);
    t.type('p');
    t.key('Enter');
    await t.waitFor('Progress · 1 attempt');
    t.key('C-d');
    await t.waitFor('Bye. Keep practising!');
    expect(await t.exited()).toBe(0);
    expect(attempts()).toEqual([{ q: 'Q7', answer: `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}` }]);
  });

  it('a paste whose blank lines arrive as plain key presses (no bracketed paste) still stays one answer until "."', async () => {
    const { t, attempts } = open();
    await openQuestion(t, 'Q7');
    // send-keys -l: the text typed key by key, newlines as Enter — what a terminal without bracketed paste sends.
    t.type(`${PARAGRAPHS.join('\n\n')}\n`);
    await t.waitFor(PARAGRAPHS[2]!);
    expect(await finishAndQuit(t)).toBe(0);
    expect(attempts()).toEqual([{ q: 'Q7', answer: PARAGRAPHS.join('\n\n') }]);
  });

  it('a multi-line paste at the prompt, with no question open, is not read as commands', async () => {
    const { t, attempts } = open();
    await t.waitFor('h for help, q to quit.');
    t.paste(PARAGRAPHS.join('\n\n'));
    await t.waitFor('That looks like an answer, but no question is open.');
    t.type('q');
    t.key('Enter');
    expect(await t.exited()).toBe(0);
    expect(attempts()).toEqual([]);
    expect(t.screen()).not.toMatch(/I don't know|Q\d+ · (Foundational|Intermediate|Advanced)/);
  });

  it('Ctrl-C while answering quits without scoring the unfinished answer', async () => {
    const { t, attempts } = open();
    await openQuestion(t, 'Q7');
    t.type(PARAGRAPHS[0]!);
    t.key('Enter');
    t.type('half a sentence');
    t.key('C-c');
    await t.waitFor('Your unfinished answer was not saved.');
    expect(await t.exited()).toBe(0);
    expect(attempts()).toEqual([]);
  });

  it('a mock interview through a real terminal, paused, resumed by a new process on the same database, and finished with its report card as a PNG (issue 14)', async () => {
    const first = open();
    await first.t.waitFor('h for help, q to quit.');
    first.t.type('mock 2');
    first.t.key('Enter');
    await first.t.waitFor('Mock interview: 2 questions');
    await first.t.waitFor(/Question 1 of 2 · Q\d+ · \w+ · time budget 8 min/);
    first.t.paste(PARAGRAPHS.join('\n\n'));
    first.t.type('.');
    first.t.key('Enter');
    await first.t.waitFor(/Score \d+\/100/);
    await first.t.waitFor('Question 1 of 2 · follow-up');
    await first.t.waitFor('The interviewer changes a constraint:');
    first.t.type('skip');
    first.t.key('Enter');
    await first.t.waitFor('Mock paused where you are');
    first.t.type('q');
    first.t.key('Enter');
    expect(await first.t.exited()).toBe(0);
    first.t.close();

    // The bot restarted: a new process on the same file finds the mock at its follow-up.
    const { t, db, attempts } = open(first.db);
    await t.waitFor('h for help, q to quit.');
    t.type('mock');
    t.key('Enter');
    await t.waitFor('Resuming your mock interview at question 1 of 2.');
    await t.waitFor('Question 1 of 2 · follow-up');
    for (const [k, next] of [[0, 'Question 2 of 2 ·'], [1, 'Question 2 of 2 · follow-up'], [2, 'Mock interview — report card']] as const) {
      t.paste(`${PARAGRAPHS[k]} With the new value the design changes: 2 × 99.9% uptime providers.`);
      t.type('.');
      t.key('Enter');
      await t.waitFor(/Score \(follow-up \d\) \d+\/100|Score \d+\/100/);
      await t.waitFor(next);
    }
    await t.waitFor('Adaptability (follow-ups)');
    await t.waitFor('Type card to save the report card');
    t.type('card');
    t.key('Enter');
    const written = await t.waitFor(/Wrote your report card to \S+\.png\./);
    const png = /Wrote your report card to (\S+\.png)\./.exec(written)![1]!;
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    t.type('q');
    t.key('Enter');
    expect(await t.exited()).toBe(0);
    expect(attempts()).toHaveLength(4);
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT follow_up FROM attempts ORDER BY id').pluck().all()).toEqual([null, expect.any(Number), null, expect.any(Number)]);
    expect(check.prepare('SELECT status FROM mocks').pluck().all()).toEqual(['finished']);
    check.close();
  });
});
