/** How the terminal shows questions, reports, progress and boards: text only, no decisions. */
import { DIFFICULTY_NAMES, type Entry } from '../../src/bank/schema.ts';
import type { Leaderboard, Progress, QuestionPick, Stat } from '../../src/practice/index.ts';
import { DIMENSION_LABELS, DIMENSIONS, type DimensionName, type ScoreReport } from '../../src/scoring/report.ts';
import { bar, round1, sparkline } from '../shared/text-chart.ts';
import { capLine, claimLines } from '../shared/claims.ts';
import { messages } from '../../src/i18n/index.ts';
import { byScore, type Style } from './style.ts';

export function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width - indent.length) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

const WHY: Record<QuestionPick['reason'], (p: QuestionPick) => string> = {
  chosen: () => 'the question you asked for',
  new: (p) => (p.weakestDimension ? `new to you, with room to practise ${DIMENSION_LABELS[p.weakestDimension].toLowerCase()}` : 'new to you'),
  due: () => 'due for review (spaced repetition)',
  weakest: (p) => `targets your weakest dimension: ${DIMENSION_LABELS[p.weakestDimension ?? 'keyInsight'].toLowerCase()}`,
};

export function renderQuestion(pick: QuestionPick, style: Style, width: number): string {
  const e: Entry = pick.entry;
  const head = `${style.bold(e.id)} · ${DIFFICULTY_NAMES[e.difficulty]} · ${e.dimension} · phases ${e.phases.join(', ')} · stakeholders ${e.stakeholders.join(', ')}`;
  const pad = Math.max(...e.constraints.map((c) => c.category.length));
  return [
    '',
    head,
    style.dim(`(${WHY[pick.reason](pick)}${pick.matching > 1 ? `; picked from ${pick.matching} questions` : ''})`),
    '',
    style.bold(wrap(e.question, width)),
    '',
    'Constraints',
    ...e.constraints.map((c) => `  ${style.cyan(c.category.padEnd(pad))}  ${c.text}`),
    '',
  ].join('\n');
}

const signed = (n: number | null) => (n === null ? '   —' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`.padStart(5));

export function renderReport(report: ScoreReport, style: Style): string {
  const m = messages(report.lang);
  const colour = byScore(style, report.total);
  const title = report.followUp ? `${m.view.score} (${m.view.followUpTitle(report.followUp)})` : m.view.score;
  const lines = ['', `${style.bold(title)} ${colour(style.bold(`${report.total}/100`))}  ${colour(bar(report.total))}`];
  for (const d of DIMENSIONS) {
    const { score, max } = report.dimensions[d];
    const pct = max > 0 ? (100 * score) / max : 0;
    lines.push(`  ${padEndWide(m.dimension[d], 20)} ${byScore(style, pct)(bar(pct, 16))} ${`${round1(score)}/${max}`.padStart(7)}`);
  }
  const cap = capLine(report);
  if (cap) lines.push(style.yellow(`  ${cap}`));
  const marks = { ok: style.green('✓'), partial: style.yellow('◐'), missed: style.red('✗') };
  const claims = claimLines(report);
  if (claims.length > 0) lines.push('', style.bold(m.view.claims), ...claims.map((c) => `  ${marks[c.mark]} ${c.text}`));
  // Long lists drown the feedback; the summary lines below name what matters and --json has all.
  const list = (title: string, items: string[], paint = (s: string) => s, limit = 8) => {
    if (items.length === 0) return;
    lines.push('', style.bold(title), ...items.slice(0, limit).map((i) => `  • ${paint(i)}`));
    if (items.length > limit) lines.push(style.dim(`  ${m.view.andMore(items.length - limit)}`));
  };
  list(m.view.covered, report.covered, style.green);
  list(m.view.missed, report.missed, style.yellow);
  list(m.view.numbersToCheck, report.wrongNumbers.map((w) => m.view.youSaidExpected(w.said, w.expected, w.why)), style.red);
  if (report.flags.length > 0) lines.push('', `${style.bold(m.view.flags)} ${style.red(report.flags.map((f) => m.flag[f]).join(report.lang === 'zh' ? '，' : ', '))}`);
  list(m.view.feedback, report.feedback);
  list(m.view.readNext, report.readNext.map((r) => `${r.id} ${r.title} — ${r.because}`));
  return `${lines.join('\n')}\n`;
}

/** Pads to a display width: a Chinese character takes two terminal columns. */
export function padEndWide(text: string, width: number): string {
  const columns = [...text].reduce((n, c) => n + (/\p{Script=Han}/u.test(c) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - columns));
}


function statText(name: string, s: Stat, style: Style): string {
  if (s.average === null) return `${name} —`;
  const trend = s.trend === null ? '' : s.trend > 0 ? style.green(` ↑${s.trend}`) : s.trend < 0 ? style.red(` ↓${-s.trend}`) : ' →';
  return `${name} ${byScore(style, s.average)(String(round1(s.average)))}${trend}`;
}

export function renderProgress(p: Progress, style: Style): string {
  if (p.attempts === 0) return '\nNo attempts yet. Answer a question and your progress shows here.\n';
  const recent = p.history.slice(-p.window);
  const weakest: DimensionName | null = p.weakestDimension;
  const lines = [
    '',
    `${style.bold('Progress')} · ${p.attempts} attempt${p.attempts === 1 ? '' : 's'} · streak ${style.bold(String(p.streak.current))} day${p.streak.current === 1 ? '' : 's'} (longest ${p.streak.longest})${p.streak.activeToday ? '' : style.dim(' · answer one today to keep it')}`,
    weakest ? `Weakest dimension: ${style.yellow(DIMENSION_LABELS[weakest])}` : '',
    '',
    style.dim(`${'dimension'.padEnd(20)} ${'avg'.padStart(5)} ${'trend'.padStart(5)}  last ${recent.length}`),
  ];
  for (const d of DIMENSIONS) {
    const s = p.dimensions[d];
    const avg = s.average === null ? '—' : round1(s.average).toFixed(1);
    lines.push(`${DIMENSION_LABELS[d].padEnd(20)} ${byScore(style, s.average ?? 0)(avg.padStart(5))} ${signed(s.trend)}  ${sparkline(recent.map((h) => h.dimensions[d]))}`);
  }
  lines.push(`${'Total'.padEnd(20)} ${''.padStart(5)} ${''.padStart(5)}  ${sparkline(recent.map((h) => h.total))}`);
  if (p.adaptability.attempts > 0) {
    // Follow-up answers: a dimension of their own, over the follow-ups' own window.
    const a = p.adaptability;
    const follows = p.followUps.slice(-p.window);
    lines.push(`${'Adaptability'.padEnd(20)} ${byScore(style, a.average ?? 0)(round1(a.average ?? 0).toFixed(1).padStart(5))} ${signed(a.trend)}  ${sparkline(follows.map((f) => f.total))}  ${style.dim(`${a.attempts} follow-up${a.attempts === 1 ? '' : 's'}`)}`);
  }
  lines.push(
    style.dim(`avg: your mean score (% of the dimension) over your last ${recent.length} attempt${recent.length === 1 ? '' : 's'}. trend: how many points the newer half of`),
    style.dim('those attempts scored above (+, ↑) or below (−, ↓) the older half; — until there are two.'),
  );
  const group = (title: string, stats: Record<string, Stat>) => {
    const shown = Object.entries(stats).filter(([, s]) => s.attempts > 0);
    if (shown.length > 0) lines.push(`${title}: ${shown.map(([k, s]) => statText(k, s, style)).join(' · ')}`);
  };
  lines.push('');
  group('Difficulty', p.difficulty);
  group('Phase', p.phase);
  group('Stakeholder', p.stakeholder);
  lines.push('', style.bold('Questions') + style.dim(' (best / last, attempts)'));
  const cells = p.questions.map((q) => `${q.questionId.padEnd(4)} ${String(q.best).padStart(3)} / ${String(q.last).padStart(3)} ×${q.attempts}`);
  for (let i = 0; i < cells.length; i += 3) lines.push(`  ${cells.slice(i, i + 3).map((c) => c.padEnd(24)).join('')}`.trimEnd());
  return `${lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n')}\n`;
}

/** The bank's model answer, for after an attempt: key insight, answer, code, metrics, trade-offs, stakeholders. */
export function renderModelAnswer(e: Entry, style: Style, width: number): string {
  const lines = ['', `${style.bold(`Model answer · ${e.id}`)}`, '', style.bold('Key insight'), wrap(e.keyInsight, width, '  ')];
  if (e.answer === null) {
    lines.push('', style.dim('This question has no written model answer yet; the key insight above is what the score is built on.'));
    return `${lines.join('\n')}\n`;
  }
  lines.push('', wrap(e.answer, width));
  // Code is shown as written: wrapping would change what it says.
  if (e.code) lines.push('', style.dim(`(${e.code.language})`), ...e.code.source.split('\n').map((l) => `  ${style.cyan(l)}`));
  if (e.metrics) lines.push('', style.bold('Metrics'), wrap(e.metrics, width, '  '));
  if (e.tradeOffs.length > 0) lines.push('', style.bold('Trade-offs'), ...e.tradeOffs.map((t) => wrap(`• ${t.approach}: ${t.pros} / ${t.cons}`, width, '  ')));
  if (e.stakeholderNotes.length > 0) lines.push('', style.bold('Stakeholders'), ...e.stakeholderNotes.map((n) => wrap(`• ${n.role}: ${n.note}`, width, '  ')));
  return `${lines.join('\n')}\n`;
}

export function renderLeaderboard(board: Leaderboard, style: Style): string {
  const title = board.period === 'week' ? `this week (since Monday ${board.since}, UTC)` : 'all time';
  const lines = ['', `${style.bold('Leaderboard')} · ${title} · ${board.participants} candidate${board.participants === 1 ? '' : 's'}`, style.dim(`score = sum of your best score per question ÷ ${board.bankQuestions} questions`)];
  if (board.rows.length === 0) lines.push('  Nobody yet: be the first.');
  for (const r of board.rows) {
    const line = `  ${String(r.rank).padStart(3)}. ${r.name.padEnd(24)} ${r.score.toFixed(1).padStart(5)}  ${r.questions} question${r.questions === 1 ? '' : 's'}`;
    lines.push(r.you ? style.bold(`${line}  ← you`) : line);
  }
  if (board.you && !board.rows.some((r) => r.you)) lines.push(style.bold(`  ${String(board.you.rank).padStart(3)}. ${board.you.name.padEnd(24)} ${board.you.score.toFixed(1).padStart(5)}  ← you`));
  return `${lines.join('\n')}\n`;
}
