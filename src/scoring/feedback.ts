/** Turns a Grade into what a senior interviewer would say: what to add, what was wrong, what to read. */
import type { Entry, References } from '../bank/schema.ts';
import type { Grade } from './grade.ts';
import { DIMENSION_LABELS, DIMENSIONS, type Flag, type ScoreReport } from './report.ts';

const FLAG_ADVICE: Record<Flag, string> = {
  empty: 'The answer is empty: write your design in a few sentences, with numbers.',
  'dont-know': 'Not knowing is fine in practice: start from the constraints — what do the cores, memory, team and SLA rule out?',
  'too-short': 'Too short to show your reasoning: name the design, tie it to the constraint values, and say what it costs.',
  'keyword-list': 'This reads as a list of terms: interviewers score reasoning. Connect each choice to a constraint ("because…", "so…", "at the cost of…").',
  'question-copy': 'Much of this repeats the question: the interviewer knows it; spend the words on your design.',
  'constraints-copy': 'Restating the constraints line is not addressing it: say what each value forces you to decide.',
  padding: 'Long but generic: cut the best-practice talk and make concrete decisions with numbers.',
  'off-topic': 'This does not answer this question: re-read it and its constraints.',
  'no-reasoning': 'Claims without reasons: add why each choice fits the constraints ("because", "so", "which means").',
  boilerplate: 'Interview phrases ("trade-off", "stakeholder impact", "risk") without the substance behind them: name the numbers, the alternative and who pays.',
  'rejected-approach': 'Your design is the alternative this question is meant to move you away from: compare it with the approach that fits these constraints.',
  truncated: 'Only the first 20,000 characters were read.',
};

export function buildFeedback(entry: Entry, grade: Grade, references: References): Pick<ScoreReport, 'covered' | 'missed' | 'feedback' | 'readNext'> {
  const feedback: string[] = [];
  for (const flag of grade.flags) feedback.push(FLAG_ADVICE[flag]);
  const weakest = [...DIMENSIONS].sort((a, b) => grade.dimensions[a].score / grade.dimensions[a].max - grade.dimensions[b].score / grade.dimensions[b].max)[0]!;

  const reversed = grade.missedConcepts.filter((c) => c.reversed);
  for (const c of reversed) feedback.push(`Check the direction: the key point is to ${c.label}, and your answer says the opposite.`);
  const missedIdeas = grade.missedConcepts.filter((c) => !c.reversed).slice(0, 4).map((c) => c.label);
  if (missedIdeas.length > 0 && grade.dimensions.keyInsight.score < grade.dimensions.keyInsight.max * 0.8) {
    feedback.push(`Key insight: you did not get to ${missedIdeas.join(', ')}.`);
  }
  for (const w of grade.wrongNumbers) feedback.push(`You said ${w.said}; the entry needs ${w.expected} — ${w.why}.`);
  const missedConstraints = grade.missedAtoms.slice(0, 5).map((a) => a.label);
  if (missedConstraints.length > 0) feedback.push(`Constraints you never addressed: ${missedConstraints.join('; ')}.`);
  for (const d of ['metrics', 'tradeOffs', 'stakeholders'] as const) {
    const dim = grade.dimensions[d];
    if (dim.score < dim.max * 0.6 && dim.missed.length > 0) {
      const what = d === 'stakeholders' ? `say what ${dim.missed.join(', ')} gain or give up` : dim.missed.join('; ');
      feedback.push(`${DIMENSION_LABELS[d]}: ${what}.`);
    }
  }
  if (grade.total >= 80 && grade.flags.length === 0) feedback.unshift('Strong answer: constraint-aware, quantified and weighed.');
  feedback.push(`Weakest dimension: ${DIMENSION_LABELS[weakest]}.`);

  const readNext: ScoreReport['readNext'] = [];
  const seen = new Set<string>();
  for (const c of grade.missedConcepts) {
    if (!c.glossaryId || seen.has(c.glossaryId)) continue;
    const g = references.glossary.find((x) => x.id === c.glossaryId);
    if (g) readNext.push({ id: g.id, title: g.name, because: `the key insight rests on it: ${g.definition}` });
    seen.add(c.glossaryId);
  }
  if (grade.total < 80) {
    for (const id of entry.refs.citations.slice(0, 2)) {
      const c = references.citations.find((x) => x.id === id);
      if (c) readNext.push({ id: c.id, title: c.text, because: 'the model answer builds on it' });
    }
  }
  // One constraint category at most: "G1 Technical Constraint" helps only when nothing more specific does.
  const category = grade.missedAtoms.find((a) => a.glossaryId && !seen.has(a.glossaryId));
  const g = category && references.glossary.find((x) => x.id === category.glossaryId);
  if (g && readNext.length < 3) readNext.push({ id: g.id, title: g.name, because: `you missed ${category!.label}` });

  const covered = DIMENSIONS.flatMap((d) => grade.dimensions[d].covered.map((c) => `${DIMENSION_LABELS[d]}: ${c}`));
  const missed = DIMENSIONS.flatMap((d) => grade.dimensions[d].missed.map((c) => `${DIMENSION_LABELS[d]}: ${c}`));
  return { covered, missed, feedback, readNext: readNext.slice(0, 5) };
}
