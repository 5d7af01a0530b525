import { describe, expect, it } from 'vitest';
import { FilterSyntaxError, parseFilterLine } from '../../../adapters/terminal/filters.ts';
import { renderReport } from '../../../adapters/terminal/render.ts';
import { bar, sparkline } from '../../../adapters/shared/text-chart.ts';
import { colourWanted, createStyle } from '../../../adapters/terminal/style.ts';
import { fixtureBank, steeredReport } from '../../helpers/practice.ts';

describe('terminal rendering', () => {
  it('sparklines use a fixed 0–100 scale and bars fill in proportion', () => {
    expect(sparkline([0, 12.5, 50, 99, 100])).toBe('▁▂▅██');
    expect(bar(50, 10)).toBe('█████░░░░░');
    expect(bar(140, 4)).toBe('████');
  });

  it('parses short and long filter names and rejects anything else', () => {
    expect(parseFilterLine('d=A phase=Ops s=SRE dim=Data')).toEqual({ difficulty: 'A', phase: 'Ops', stakeholder: 'SRE', dimension: 'Data' });
    expect(() => parseFilterLine('d=A colour=red')).toThrow(FilterSyntaxError);
    expect(() => parseFilterLine('d=')).toThrow(/"d=" is not a filter/);
  });

  it('colour follows NO_COLOR, FORCE_COLOR and the TTY', () => {
    expect(colourWanted({ isTTY: true }, {})).toBe(true);
    expect(colourWanted({ isTTY: false }, {})).toBe(false);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourWanted({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('a report shows every dimension with its score, and long lists are cut with a count', () => {
    const report = { ...steeredReport(fixtureBank().entries[0]!, 'total=80 metrics=25'), missed: Array.from({ length: 11 }, (_, i) => `item ${i}`) };
    const plain = renderReport(report, createStyle(false));
    expect(plain).toContain('Score 80/100');
    expect(plain).toMatch(/Quantified metrics +█{4}░{12} +5\/20/);
    expect(plain).toContain('item 7');
    expect(plain).not.toContain('item 8');
    expect(plain).toContain('… and 3 more');
    expect(renderReport(report, createStyle(true))).toContain('\u001b[');
  });
});
