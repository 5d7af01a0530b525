/**
 * The interactive terminal session: the whole product with no tokens. It reads what the person types,
 * calls the practice use cases and prints what they return; every decision is made in src/practice.
 */
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { findEntry } from '../../src/bank/query.ts';
import { messages, viewLang } from '../../src/i18n/index.ts';
import { isPracticeError, MAX_ANSWER_CHARS, parseLangSetting, TERMINAL_SCOPE, type Practice, type PracticeUser, type QuestionFilters } from '../../src/practice/index.ts';
import { describeFilterLine, FilterSyntaxError, parseFilterLine } from './filters.ts';
import type { LineSource } from './lines.ts';
import { OutputFileError, writeOutputFile } from './output-file.ts';
import { ANSWER_HINT, followUpCommand, mockCommand, type Collected, type MockSessionContext } from './mock-session.ts';
import { renderLeaderboard, renderModelAnswer, renderProgress, renderQuestion, renderReport } from './render.ts';
import type { Style } from './style.ts';

export type SessionOptions = {
  practice: Practice;
  user: PracticeUser;
  lines: LineSource;
  output: Writable;
  style: Style;
  width: number;
  /** Where the database lives, shown once so people know where their history is kept; files go beside it. */
  databasePath: string;
  /** Called with an unexpected error: logged by the app, never shown with its stack. */
  onBug?: (err: unknown) => void;
};

/**
 * Text past this is dropped while it is typed (a few hundred KB pasted by mistake), and the core still
 * refuses the answer as too long: 16 × the limit is past what it counts character by character.
 */
const ANSWER_CAP = 16 * MAX_ANSWER_CHARS + 1;

const HELP = `Commands
  Enter              next question picked for you: new ones first, then those due for review,
                     then the ones that train your weakest dimension
  Q7 or 7            question Q7
  d=A p=Ops s=SRE    filter by difficulty (F, I, A), phase, stakeholder or dim=<dimension>;
                     Enter keeps using them until you type clear
  clear              drop the filters
  f                  a follow-up on the question you last answered: the interviewer changes a
                     constraint (scored for adaptability, never on the leaderboard)
  mock [d=A …] [N]   a mock interview: N questions (default 3, up to 5), each followed by a
                     follow-up, 8 minutes a question (shown, not enforced), then a report card;
                     mock again resumes one in progress, mock end gives it up
  card [file.png]    the report card of your last mock as a PNG (default: beside the database)
  lang en|zh|auto    the language of feedback and report cards (auto: the language of each answer)
  m [Q7]             the model answer of the question you last answered (or of one you have answered)
  p                  your progress          l / l week     leaderboard (all time / this week)
  chart [file.png]   your progress chart as a PNG (default: beside the database)
  name on | name off show or hide your name on leaderboards
  export [file]      everything stored about you, as a JSON file (default: beside the database)
  forget             delete everything stored about you
  h                  this help              q or Ctrl-D    quit

Answering: type or paste, blank lines and all. Finish with a line holding just "." or with Ctrl-D;
"skip" as the first line goes back. A pasted answer stays whole, whatever it contains.`;


export async function runSession(o: SessionOptions): Promise<void> {
  const { practice, user, lines, style } = o;
  const say = (text: string) => o.output.write(text.endsWith('\n') ? text : `${text}\n`);
  /** Our own files (a chart, an export) go beside the database unless the person names a path. */
  const besideDatabase = (name: string) => join(dirname(o.databasePath), `${name}-${user.platformUserId.replace(/[^\w.-]+/g, '_')}`);
  let filters: QuestionFilters = {};
  let lastAnswered: string | null = null;

  /** One answer: until "." or Ctrl-D (end of input in a pipe); blank lines and pastes are part of it. */
  async function collect(): Promise<Collected> {
    const parts: string[] = [];
    let size = 0;
    let blanks = 0;
    let reminded = false;
    const add = (text: string) => {
      // Past the cap the rest is dropped unread; what is kept is still over the limit, so the core
      // refuses it with its own message, as it would the whole.
      if (size > ANSWER_CAP) return;
      parts.push(text.slice(0, ANSWER_CAP + 1 - size));
      size += text.length + 1;
    };
    for (;;) {
      const input = await lines.read('', 'answer');
      if (input.kind === 'interrupt') return { kind: 'interrupted', typed: size > 0 };
      if (input.kind === 'end') {
        if (input.text) add(input.text);
        break;
      }
      if (input.kind === 'too-long') {
        add('x'.repeat(ANSWER_CAP)); // a piped line past the bound: its text is gone, its length is not
        continue;
      }
      if (input.kind === 'paste') {
        add(input.text);
        blanks = 0;
        continue;
      }
      const line = input.text.trim();
      if (size === 0 && line.toLowerCase() === 'skip') return { kind: 'skip' };
      if (line === '.') break;
      blanks = line === '' ? blanks + 1 : 0;
      if (blanks === 2 && !reminded) {
        say(style.dim('(Blank lines stay in your answer. Finish it with a line holding just "." or with Ctrl-D.)'));
        reminded = true;
      }
      if (line === '' && size === 0) continue; // blank lines before the answer starts are not part of it
      add(input.text);
    }
    return { kind: 'answer', text: parts.join('\n') };
  }

  /** Serves a question and takes answers until one is saved or skipped; false when input has ended. */
  async function answer(filtersToUse: QuestionFilters): Promise<boolean> {
    const pick = await practice.nextQuestion(user, filtersToUse);
    say(renderQuestion(pick, style, o.width));
    for (;;) {
      say(style.dim(ANSWER_HINT));
      const got = await collect();
      if (got.kind === 'skip') return true;
      if (got.kind === 'interrupted') {
        // Ctrl-C is "stop", not "send": an unfinished answer is not scored behind the person's back.
        if (got.typed) say(style.yellow('\nYour unfinished answer was not saved.'));
        return false;
      }
      if (lines.closed && got.text.trim() === '') return false;
      try {
        say(renderReport(await practice.submitAnswer(user, pick.entry.id, got.text, { scope: TERMINAL_SCOPE }), style));
        lastAnswered = pick.entry.id;
        say(style.dim('Saved. Enter: next question · f: a follow-up (the interviewer changes a constraint) · m: model answer · p: progress · q: quit.'));
        return !lines.closed;
      } catch (err) {
        if (!isPracticeError(err)) throw err;
        say(style.yellow(err.userMessage));
        if (lines.closed) return false;
      }
    }
  }

  /** The model answer, or why not yet: shown after an attempt only, as in the chat bots (reading it first spoils the practice). */
  async function modelAnswer(id: string | undefined): Promise<string> {
    const wanted = id ?? lastAnswered;
    if (!wanted) return 'Answer a question first; then m shows its model answer.';
    const entry = findEntry(practice.bank, wanted);
    if (!entry) return style.yellow(`There is no question "${wanted}".`);
    const tried = entry.id === lastAnswered || (await practice.progress(user)).questions.some((q) => q.questionId === entry.id);
    return tried ? renderModelAnswer(entry, style, o.width) : `Answer ${entry.id} first (type ${entry.id}); its model answer is shown after an attempt.`;
  }

  function writeFile(path: string, data: string | Uint8Array, ours: boolean, done: string): void {
    try {
      writeOutputFile(path, data, { createFolder: ours });
      say(done);
    } catch (err) {
      if (!(err instanceof OutputFileError)) throw err;
      say(style.yellow(`${err.message}. Choose another path.`));
    }
  }

  async function forget(): Promise<boolean> {
    const reply = await lines.read(`This deletes every answer, score and review of ${user.displayName}. Type yes to confirm: `, 'command');
    if (reply.kind === 'line' && reply.text.trim().toLowerCase() === 'yes') {
      const { forgotten } = await practice.forgetUser(user);
      lastAnswered = null;
      say(forgotten ? 'Done: nothing about you is stored any more.' : 'Nothing was stored about you.');
    } else say('Kept everything.');
    return !lines.closed;
  }

  /** Runs one command; false when input has ended or the person quits. */
  async function command(cmd: string): Promise<boolean> {
    const lower = cmd.toLowerCase();
    if (cmd === '') return answer(filters);
    if (/^(q|quit|exit)$/.test(lower)) return false;
    if (/^(h|help|\?)$/.test(lower)) return say(HELP), true;
    if (/^(p|progress)$/.test(lower)) return say(renderProgress(await practice.progress(user), style)), true;
    const board = /^(?:l|leaderboard)(?:\s+(week|all))?$/.exec(lower);
    if (board) return say(renderLeaderboard(await practice.leaderboard(TERMINAL_SCOPE, board[1] === 'week' ? 'week' : 'all', { viewer: user }), style)), true;
    if (/^q?\d+$/.test(lower)) return answer({ id: cmd });
    if (lower === 'clear') return (filters = {}), say('Filters cleared: questions come from the whole bank.'), true;
    if (/^(f|follow-up|followup)$/.test(lower)) return followUpCommand(mockContext, lastAnswered);
    const mock = /^mock(?:\s+(.*))?$/i.exec(cmd);
    if (mock) return mockCommand(mockContext, mock[1] ?? '');
    const lang = /^lang(?:\s+(\S+))?$/i.exec(cmd);
    if (lang) {
      const current = await practice.langSetting(user);
      if (!lang[1]) return say(messages(viewLang(current)).settings.current(current, 'lang en|zh|auto')), true;
      const setting = parseLangSetting(lang[1], viewLang(current));
      await practice.setLang(user, setting);
      return say(messages(viewLang(setting)).settings.lang[setting]), true;
    }
    const card = /^card(?:\s+(.+))?$/i.exec(cmd);
    if (card) {
      const last = await practice.lastReportCard(user);
      if (!last) return say(messages(viewLang(await practice.langSetting(user))).mockRun.noCard), true;
      const file = card[1]?.trim() || `${besideDatabase('report-card')}.png`;
      writeFile(file, await practice.reportCardPng(last.card, last.lang), !card[1], messages(last.lang).mockRun.cardWritten(file));
      return true;
    }
    const model = /^(?:m|model)(?:\s+(q?\d+))?$/.exec(lower);
    if (model) return say(await modelAnswer(model[1])), true;
    const name = /^name\s+(on|off)$/.exec(lower);
    if (name) {
      await practice.setShowName(user, name[1] === 'on');
      return say(name[1] === 'on' ? `Leaderboards now show "${user.displayName}".` : 'Leaderboards now show you as "Anonymous candidate".'), true;
    }
    const chart = /^chart(?:\s+(.+))?$/i.exec(cmd);
    if (chart) {
      const file = chart[1]?.trim() || `${besideDatabase('progress')}.png`;
      writeFile(file, await practice.progressChart(user), !chart[1], `Wrote your progress chart to ${file}.`);
      return true;
    }
    const exported = /^export(?:\s+(.+))?$/i.exec(cmd);
    if (exported) {
      const file = exported[1]?.trim() || `${besideDatabase('export')}.json`;
      const data = await practice.exportUser(user);
      writeFile(file, `${JSON.stringify(data, null, 2)}\n`, !exported[1], `Wrote everything stored about you (${data.attempts.length} attempt${data.attempts.length === 1 ? '' : 's'}) to ${file}.`);
      return true;
    }
    if (lower === 'forget') return forget();
    if (cmd.includes('=')) {
      const next = parseFilterLine(cmd);
      const ok = await answer(next);
      filters = next;
      return ok;
    }
    say(`I don't know "${cmd.length > 60 ? `${cmd.slice(0, 60)}…` : cmd}". Type h for the commands.`);
    return true;
  }

  const mockContext: MockSessionContext = {
    practice,
    user,
    style,
    width: o.width,
    say,
    collect,
    closed: () => lines.closed,
    answered: (id) => void (lastAnswered = id),
  };

  const bank = practice.bank;
  say(`${style.bold('constraint-coach')} — ${bank.entries.length} questions. Practising as ${user.displayName} (${user.timeZone}); history in ${o.databasePath}.`);
  say(style.dim('Press Enter for a question, h for help, q to quit.'));
  for (;;) {
    const shown = describeFilterLine(filters);
    // The blank line is written apart from the prompt: a prompt spanning two rows makes readline move up
    // a row when it redraws, over whatever the session printed after a paste.
    o.output.write('\n');
    const input = await lines.read(`${shown ? style.dim(`[${shown}] `) : ''}> `, 'command');
    if (input.kind === 'end' || input.kind === 'interrupt') break;
    if (input.kind === 'paste') {
      say(style.yellow('That looks like an answer, but no question is open. Press Enter for one (or type Q7), then paste it.'));
      continue;
    }
    if (input.kind === 'too-long') {
      say(style.yellow('That line is far too long to be a command. Type h for the commands.'));
      continue;
    }
    try {
      if (!(await command(input.text.trim()))) break;
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
