import { describe, expect, it } from 'vitest';
import { progressChartSvg } from '../../src/practice/chart.ts';
import { renderPng } from '../../src/practice/chart-png.ts';
import { testPractice, user } from '../helpers/practice.ts';

const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('progress chart', () => {
  it('draws axes, a legend with every dimension and one line per dimension', async () => {
    const t = testPractice();
    for (const total of [30, 50, 70]) await t.practice.submitAnswer(user(), 'Q1', `total=${total}`, { scope: 'terminal' });
    const svg = progressChartSvg((await t.practice.progress(user())).history, { title: 'Progress of Ada', timeZone: 'UTC' });
    for (const label of ['Key insight', 'Constraints', 'Quantified metrics', 'Trade-offs', 'Stakeholders', 'Progress of Ada', '2025-01-06', '100']) expect(svg).toContain(label);
    expect(svg.match(/<polyline/g)).toHaveLength(5);
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
