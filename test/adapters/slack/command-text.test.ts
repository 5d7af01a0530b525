import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoachText, readWeekdays } from '../../../adapters/slack/command-text.ts';

describe('parseCoachText', () => {
  it('reads practice filters by position, by name and with skips', () => {
    expect(parseCoachText('practice A Ops SRE')).toEqual({ kind: 'practice', filters: { difficulty: 'A', phase: 'Ops', stakeholder: 'SRE' } });
    expect(parseCoachText('practice phase:Ops s=SRE')).toEqual({ kind: 'practice', filters: { phase: 'Ops', stakeholder: 'SRE' } });
    expect(parseCoachText('practice - - QA')).toEqual({ kind: 'practice', filters: { stakeholder: 'QA' } });
    expect(parseCoachText('practice Q7')).toEqual({ kind: 'practice', filters: { id: 'Q7' } });
    expect(parseCoachText('  PRACTICE   i  ')).toEqual({ kind: 'practice', filters: { difficulty: 'i' } });
    expect(parseCoachText('practice dim:Structural')).toEqual({ kind: 'practice', filters: { dimension: 'Structural' } });
  });

  it('reads /coach mock with filters and a count, mock end, and lang (issue 14)', () => {
    expect(parseCoachText('mock')).toEqual({ kind: 'mock', filters: {} });
    expect(parseCoachText('mock A Ops 2')).toEqual({ kind: 'mock', filters: { difficulty: 'A', phase: 'Ops' }, count: 2 });
    expect(parseCoachText('mock count:4 dim:Data')).toEqual({ kind: 'mock', filters: { dimension: 'Data' }, count: 4 });
    expect(parseCoachText('mock end')).toEqual({ kind: 'mock-end' });
    expect(parseCoachText('mock 2 3')).toMatchObject({ kind: 'help', problem: expect.stringContaining('one number of questions') });
    expect(parseCoachText('mock count:two')).toMatchObject({ kind: 'help', problem: expect.stringContaining('not a number of questions') });
    expect(parseCoachText('lang zh')).toEqual({ kind: 'lang', setting: 'zh' });
    expect(parseCoachText('lang')).toEqual({ kind: 'lang' });
    expect(parseCoachText('lang en zh')).toMatchObject({ kind: 'help' });
  });

  it('passes wrong values through for the core to name', () => {
    expect(parseCoachText('practice Z')).toEqual({ kind: 'practice', filters: { difficulty: 'Z' } });
  });

  it('turns unreadable input into help with the problem named', () => {
    expect(parseCoachText('practice A Ops SRE extra')).toMatchObject({ kind: 'help', problem: expect.stringContaining('"extra" is one value too many') });
    expect(parseCoachText('practice colour:red')).toMatchObject({ kind: 'help', problem: expect.stringContaining('"colour:red" is not a filter') });
    expect(parseCoachText('practice Q1 Q2')).toMatchObject({ kind: 'help', problem: expect.stringContaining('one question at a time') });
    expect(parseCoachText('dance')).toEqual({ kind: 'help', problem: 'I don\'t know "dance".' });
    expect(parseCoachText('question')).toMatchObject({ kind: 'help', problem: expect.stringContaining('Which question') });
    expect(parseCoachText('leaderboard month')).toMatchObject({ kind: 'help', problem: expect.stringContaining('week') });
    expect(parseCoachText('schedule')).toMatchObject({ kind: 'help', problem: expect.stringContaining('schedule set 09:00') });
    expect(parseCoachText('schedule set 09:00')).toMatchObject({ kind: 'help', problem: expect.stringContaining('time zone') });
  });

  it('reads the simple subcommands', () => {
    expect(parseCoachText('')).toEqual({ kind: 'help' });
    expect(parseCoachText('help')).toEqual({ kind: 'help' });
    expect(parseCoachText('question q3')).toEqual({ kind: 'question', id: 'q3' });
    expect(parseCoachText('progress')).toEqual({ kind: 'progress' });
    expect(parseCoachText('leaderboard')).toEqual({ kind: 'leaderboard', period: 'week' });
    expect(parseCoachText('leaderboard ALL')).toEqual({ kind: 'leaderboard', period: 'all' });
    expect(parseCoachText('leaderboard all name:on')).toEqual({ kind: 'leaderboard', period: 'all', showName: true });
    expect(parseCoachText('leaderboard name:off')).toEqual({ kind: 'leaderboard', period: 'week', showName: false });
    expect(parseCoachText('leaderboard name:maybe')).toMatchObject({ kind: 'help', problem: expect.stringContaining('name:on') });
    expect(parseCoachText('forget-me')).toEqual({ kind: 'forget-me' });
    expect(parseCoachText('export')).toEqual({ kind: 'export' });
    expect(parseCoachText('schedule pause')).toEqual({ kind: 'schedule-pause' });
    expect(parseCoachText('schedule resume')).toEqual({ kind: 'schedule-resume' });
    expect(parseCoachText('schedule list')).toEqual({ kind: 'schedule-list' });
    expect(parseCoachText('schedule delete')).toEqual({ kind: 'schedule-delete' });
  });

  it('reads a schedule with days, filters and a window', () => {
    expect(parseCoachText('schedule set 09:00 Asia/Shanghai mon-fri A phase:Ops window:6')).toEqual({
      kind: 'schedule-set',
      input: { time: '09:00', timeZone: 'Asia/Shanghai', weekdays: [1, 2, 3, 4, 5], filters: { difficulty: 'A', phase: 'Ops' }, windowHours: 6 },
    });
    expect(parseCoachText('schedule set 7:30 UTC')).toEqual({ kind: 'schedule-set', input: { time: '7:30', timeZone: 'UTC' } });
    expect(parseCoachText('schedule set 09:00 UTC daily - Dev')).toEqual({ kind: 'schedule-set', input: { time: '09:00', timeZone: 'UTC', filters: { phase: 'Dev' } } });
    expect(parseCoachText('schedule set 09:00 UTC window:soon')).toMatchObject({ kind: 'help', problem: expect.stringContaining('window:8') });
  });

  it('reads the text Slack sends, with its three characters escaped', () => {
    expect(parseCoachText('practice &lt;Q1&gt;')).toMatchObject({ kind: 'practice', filters: { difficulty: '<Q1>' } });
  });

  it('reads weekdays, wrapping over the week end', () => {
    expect(readWeekdays('mon,wed,fri')).toEqual([1, 3, 5]);
    expect(readWeekdays('fri-mon')).toEqual([0, 1, 5, 6]);
    expect(readWeekdays('weekends')).toEqual([0, 6]);
    expect(readWeekdays('daily')).toBeUndefined();
    expect(() => readWeekdays('mo-fr')).toThrow(/could not read the days/);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const command = parseCoachText(text);
        expect(typeof command.kind).toBe('string');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('practice', 'schedule', 'set', 'A', 'Ops', 'mon-fri', 'x:y', 'Q1', '09:00', 'UTC', 'window:3', 'help', '-'), { maxLength: 8 }), (words) => {
        expect(() => parseCoachText(words.join(' '))).not.toThrow();
      }),
    );
  });
});
