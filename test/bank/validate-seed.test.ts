import { describe, expect, it } from 'vitest';
import { validatePath } from '../../src/bank/validate.ts';
import { SEED } from '../helpers/paths.ts';

const report = validatePath(SEED);
const messages = (id: string) => report.warnings.filter((w) => w.id === id).map((w) => `${w.field}: ${w.message}`);
const claim = (name: string) => report.stats.claims.find((c) => c.claim.startsWith(name))!;

describe('the validator tells the truth about the seed', () => {
  it('loads it without schema errors', () => {
    expect(report.errors).toEqual([]);
    expect(report.entries).toBe(28);
  });

  it('counts difficulty 8 F / 11 I / 9 A against the claimed 6 / 11 / 11', () => {
    expect(report.stats.difficulty).toEqual({ F: 8, I: 11, A: 9 });
    expect(claim('difficulty')).toMatchObject({ claimed: '6/11/11', actual: '8/11/9', ok: false });
  });

  it('reports stakeholder notes about roles the question does not list (issue 12)', () => {
    expect(messages('Q1')).toContain("stakeholderNotes.0.role: PM is not among the question's stakeholders (Arch, Dev, SRE)");
    expect(messages('Q10').filter((m) => m.includes('not among'))).toHaveLength(2);
    expect(messages('Q7').filter((m) => m.includes('not among'))).toEqual([]);
  });

  it('lists Q14–Q28 as incomplete', () => {
    expect(report.stats.incomplete).toEqual(Array.from({ length: 15 }, (_, i) => `Q${i + 14}`));
  });

  it('finds that stated word counts are not the real ones', () => {
    expect(report.stats.statedWordCounts.Q1).toBe(210);
    expect(report.stats.wordCounts.Q1).toBeLessThan(150);
    const real = Object.values(report.stats.wordCounts);
    expect(real.filter((n) => n >= 50 && n <= 150).length).toBeGreaterThanOrEqual(9);
    for (const id of ['Q1', 'Q7', 'Q10', 'Q13']) expect(messages(id).join('\n')).toMatch(/statedWordCount: states \d+ words; the answer has \d+/);
    expect(claim('answers of 150–300 words').ok).toBe(false);
  });

  it('finds that Q10 and Q11 cite nothing and that only 2 of 15 citations are Chinese', () => {
    expect(messages('Q10').join('\n')).toContain('cites nothing');
    expect(messages('Q11').join('\n')).toContain('cites nothing');
    expect(report.stats.zhCitationShare).toBeCloseTo(2 / 15, 3);
    expect(claim('Chinese citations')).toMatchObject({ ok: false });
  });

  it('finds the Requirements phase unused although all 8 are claimed', () => {
    expect(report.stats.phases.Requirements).toBe(0);
    expect(claim('phases covered')).toMatchObject({ claimed: '8', actual: '7 of 8', ok: false });
  });

  it('finds tool references that point at the wrong tool', () => {
    expect(messages('Q2').join('\n')).toMatch(/Kafka \(T5\).*T5 is Prometheus/);
    expect(messages('Q9').join('\n')).toMatch(/Kubernetes clusters \(T4\).*T4 is Lighthouse/);
    expect(messages('Q12').join('\n')).toMatch(/feature flags \(T1\).*T1 is Foundry/);
    expect(messages('Q1').join('\n')).not.toMatch(/T5 is Prometheus/);
  });

  it('finds Q19 using a category outside G1–G8', () => {
    expect(messages('Q19').join('\n')).toMatch(/category "Security" is not one of the eight/);
  });

  it('recomputes metric arithmetic and finds what does not add up', () => {
    expect(messages('Q12').join('\n')).toMatch(/\$1\.26M \/ \(\$8K \+ \$20K\) = 63mo" does not add up: it comes to 45/);
    expect(messages('Q2').join('\n')).not.toMatch(/does not add up/);
  });

  it('does not agree with the seed\'s "28/28 PASS"', () => {
    expect(claim('status')).toMatchObject({ claimed: '28/28 PASS', ok: false });
    expect(report.warnings.length).toBeGreaterThan(28);
  });
});
