/**
 * The interactive terminal session: the whole product with no tokens. It reads lines, calls the
 * practice use cases and prints what they return; every decision is made in src/practice.
 */
import { writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { isPracticeError, TERMINAL_SCOPE, type Practice, type PracticeUser, type QuestionFilters } from '../../src/practice/index.ts';
import { describeFilterLine, FilterSyntaxError, parseFilterLine } from './filters.ts';
import type { LineSource } from './lines.ts';
import { renderLeaderboard, renderProgress, renderQuestion, renderReport } from './render.ts';
import type { Style } from './style.ts';

export type SessionOptions = {
  practice: Practice;
  user: PracticeUser;
  lines: LineSource;
  output: Writable;
  style: Style;
  width: number;
  /** Where the database lives, shown once so people know where their history is kept. */
  databasePath: string;
  /** Called with an unexpected error: logged by the app, never shown with its stack. */
  onBug?: (err: unknown) => void;
};

const HELP = `Commands
  Enter              next question picked for you: new ones first, then those due for review,
                     then the ones that train your weakest dimension
  Q7 or 7            question Q7
  d=A p=Ops s=SRE    filter by difficulty (F, I, A), phase, stakeholder or dim=<dimension>;
                     Enter keeps using them until you type clear
  clear              drop the filters
  p                  your progress          l / l week     leaderboard (all time / this week)
  chart [file.png]   your progress chart as a PNG (default progress.png)
  name on | name off show or hide your name on leaderboards
  export             everything stored about you, as JSON
  forget             delete everything stored about you
  h                  this help              q              quit`;

export async function runSession(o: SessionOptions): Promise<void> {
  const { practice, user, lines, style } = o;
  const say = (text: string) => o.output.write(text.endsWith('\n') ? text : `${text}\n`);
  let filters: QuestionFilters = {};

  async function answer(filtersToUse: QuestionFilters): Promise<boolean> {
    const pick = await practice.nextQuestion(user, filtersToUse);
    say(renderQuestion(pick, style, o.width));
    for (;;) {
      say(style.dim('Type your answer. Finish with an empty line (or Ctrl-D); "skip" as the first line goes back.'));
      const collected: string[] = [];
      let ended = false;
      for (let line = await lines.next(); ; line = await lines.next()) {
        if (line === null) {
          ended = true;
          break;
        }
        if (line.trim() === '') break;
        if (collected.length === 0 && line.trim().toLowerCase() === 'skip') return true;
        collected.push(line);
      }
      const text = collected.join('\n');
      if (ended && text.trim() === '') return false;
      try {
        say(renderReport(await practice.submitAnswer(user, pick.entry.id, text, { scope: TERMINAL_SCOPE }), style));
        say(style.dim(`Saved. Enter for the next question, p for progress, q to quit.`));
        return !ended;
      } catch (err) {
        if (!isPracticeError(err)) throw err;
        say(style.yellow(err.userMessage));
        if (ended) return false;
      }
    }
  }

  async function forget(): Promise<boolean> {
    const reply = await lines.ask(`This deletes every answer, score and review of ${user.displayName}. Type yes to confirm: `);
    if (reply?.trim().toLowerCase() === 'yes') {
      const { forgotten } = await practice.forgetUser(user);
      say(forgotten ? 'Done: nothing about you is stored any more.' : 'Nothing was stored about you.');
    } else say('Kept everything.');
    return reply !== null;
  }

  /** Runs one command; false when input has ended or the user quits. */
  async function command(cmd: string): Promise<boolean> {
    const lower = cmd.toLowerCase();
    if (cmd === '') return answer(filters);
    if (/^(q|quit|exit)$/.test(lower)) return false;
    if (/^(h|help|\?)$/.test(lower)) return say(HELP), true;
    if (/^(p|progress)$/.test(lower)) return say(renderProgress(await practice.progress(user), style)), true;
    const board = /^(?:l|leaderboard)(?:\s+(week|all))?$/.exec(lower);
    if (board) return say(renderLeaderboard(await practice.leaderboard(TERMINAL_SCOPE, board[1] === 'week' ? 'week' : 'all', { viewer: user }), style)), true;
    if (/^q?\d+$/.test(lower)) return answer({ id: cmd });
    if (/^(clear|f)$/.test(lower)) return (filters = {}), say('Filters cleared: questions come from the whole bank.'), true;
    const name = /^name\s+(on|off)$/.exec(lower);
    if (name) {
      await practice.setShowName(user, name[1] === 'on');
      return say(name[1] === 'on' ? `Leaderboards now show "${user.displayName}".` : 'Leaderboards now show you as "Anonymous candidate".'), true;
    }
    const chart = /^chart(?:\s+(.+))?$/i.exec(cmd);
    if (chart) {
      const file = chart[1]?.trim() || 'progress.png';
      writeFileSync(file, await practice.progressChart(user));
      return say(`Wrote your progress chart to ${file}.`), true;
    }
    if (lower === 'export') return say(JSON.stringify(await practice.exportUser(user), null, 2)), true;
    if (lower === 'forget') return forget();
    if (cmd.includes('=')) {
      const next = parseFilterLine(cmd);
      const ok = await answer(next);
      filters = next;
      return ok;
    }
    say(`I don't know "${cmd}". Type h for the commands.`);
    return true;
  }

  const bank = practice.bank;
  say(`${style.bold('constraint-coach')} — ${bank.entries.length} questions. Practising as ${user.displayName} (${user.timeZone}); history in ${o.databasePath}.`);
  say(style.dim('Press Enter for a question, h for help, q to quit.'));
  for (;;) {
    const shown = describeFilterLine(filters);
    const line = await lines.ask(`\n${shown ? style.dim(`[${shown}] `) : ''}> `);
    if (line === null) break;
    try {
      if (!(await command(line.trim()))) break;
    } catch (err) {
      if (isPracticeError(err)) say(style.yellow(err.userMessage));
      else if (err instanceof FilterSyntaxError) say(style.yellow(err.message));
      else {
        o.onBug?.(err);
        say(style.red('Sorry, something went wrong on our side. Your saved answers are safe; try again.'));
      }
    }
  }
  say('\nBye. Keep practising!');
  lines.close();
}
