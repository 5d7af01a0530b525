import { describe, expect, it } from 'vitest';
import { adaptabilityAt, progressChartSvg } from '../../src/practice/chart.ts';
import { renderPng } from '../../src/practice/chart-png.ts';
import { testPractice, user } from '../helpers/practice.ts';

const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('progress chart', () => {
  it('draws axes, a legend with every dimension and one line per dimension and the total', async () => {
    const t = testPractice();
    for (const total of [30, 50, 70]) await t.practice.submitAnswer(user(), 'Q1', `total=${total}`, { scope: 'terminal' });
    const svg = progressChartSvg((await t.practice.progress(user())).history, { title: 'Progress of Ada', timeZone: 'UTC' });
    for (const label of ['Key insight', 'Constraints', 'Quantified metrics', 'Trade-offs', 'Stakeholders', 'Progress of Ada', '2025-01-06', '100']) expect(svg).toContain(label);
    expect(svg.match(/<polyline/g)).toHaveLength(6);
  });

  it('given follow-up answers then adaptability is a dashed line of its own, each at the first answer it followed', async () => {
    const t = testPractice();
    for (const total of [30, 50, 70]) {
      await t.practice.submitAnswer(user(), 'Q1', `total=${total}`, { scope: 'terminal' });
      t.clock.advance(1000);
    }
    await t.practice.submitFollowUp(user(), 'Q1', 1, 'total=20', { scope: 'terminal' });
    await t.practice.submitFollowUp(user(), 'Q1', 2, 'total=40', { scope: 'terminal' });
    const p = await t.practice.progress(user());
    expect(adaptabilityAt(p.history, p.followUps)).toEqual([[2, 30]]);
    const svg = progressChartSvg(p.history, { title: 'Progress of Ada', timeZone: 'UTC', followUps: p.followUps });
    expect(svg).toContain('Adaptability (follow-ups)');
    expect(svg).toContain('stroke-dasharray');
    expect(svg.match(/<rect [^>]*fill="#56B4E9"/g)).toHaveLength(1);
    expect(progressChartSvg(p.history, { title: 'x', timeZone: 'UTC' })).not.toContain('Adaptability');
  });

  it('renders a PNG whose text comes from the shipped font (text changes the pixels)', async () => {
    const t = testPractice();
    const png = await t.practice.progressChart(user());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(size(png)).toEqual({ width: 900, height: 480 });
    const svg = progressChartSvg([], { title: 'Progress of Ada', timeZone: 'UTC' });
    expect(svg).toContain('No attempts yet');
    expect(renderPng(svg).equals(renderPng(svg.replace(/<text[^>]*>[^<]*<\/text>/g, '')))).toBe(false);
  });

  it('escapes names that look like markup', async () => {
    const svg = progressChartSvg([], { title: 'Progress of <b>&"x"', timeZone: 'UTC' });
    expect(svg).toContain('Progress of &lt;b&gt;&amp;&quot;x&quot;');
    expect(() => renderPng(svg)).not.toThrow();
  });
});

describe('progress chart labels (issue 13)', () => {
  const HOUR = 3_600_000;

  it('attempts on one day are told apart by attempt number, question and time, and the total has its own line', async () => {
    const t = testPractice();
    for (const [q, total] of [['Q1', 30], ['Q2', 50], ['Q1', 70], ['Q4', 60]] as const) {
      await t.practice.submitAnswer(user(), q, `total=${total}`, { scope: 'terminal' });
      t.clock.advance(HOUR);
    }
    const svg = progressChartSvg((await t.practice.progress(user())).history, { title: 'Progress of Ada', timeZone: 'UTC' });
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const label of ['#1 Q1', '#2 Q2', '#3 Q1', '#4 Q4', '09:00', '10:00', '11:00', '12:00', 'Total (of 100)']) expect(labels).toContain(label);
    expect(labels.filter((l) => l === '2025-01-06')).toEqual([]);
    expect(svg).toContain('times on 2025-01-06 in UTC');
    expect(svg.match(/<polyline/g)).toHaveLength(6);
    expect(svg).toMatch(/<polyline points="[^"]+" fill="none" stroke="#1a1a1a" stroke-width="4"/);
  });

  it('attempts on different days show dates; many attempts are labelled evenly, the latest always, numbered from the first ever', async () => {
    const t = testPractice();
    for (let i = 0; i < 60; i++) {
      await t.practice.submitAnswer(user(), `Q${(i % 6) + 1}`, `total=${i}`, { scope: 'terminal' });
      t.clock.advance(25 * HOUR);
    }
    const svg = progressChartSvg((await t.practice.progress(user())).history, { title: 'x', timeZone: 'UTC' });
    const numbers = [...svg.matchAll(/>#(\d+) Q\d</g)].map((m) => Number(m[1]));
    expect(numbers[0]).toBe(11);
    expect(numbers.at(-1)).toBe(60);
    expect(numbers.length).toBeLessThanOrEqual(8);
    expect(svg).toContain('attempts #11–#60');
    expect(svg).toMatch(/>2025-01-\d\d</);
    expect(svg).toContain('dates in UTC');
  });
});
