/**
 * Turns a Grade into what a strict senior interviewer would say: the cap and why, the design the answer
 * argues for, each claim of the key insight it did not state (quoted in the key insight's words), wrong
 * numbers, constraints never addressed, what to weigh, whom to name, and what to read. An item is never
 * listed as missed in a dimension that has full marks.
 */
import type { Entry, FollowUp, References } from '../bank/schema.ts';
import type { Grade } from './grade.ts';
import { DIMENSION_LABELS, DIMENSIONS, type Flag, type ScoreReport } from './report.ts';
import type { Rubric } from './rubric.ts';

const FLAG_ADVICE: Partial<Record<Flag, string>> = {
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
  truncated: 'Only the first 20,000 characters were read.',
  'model-answer-copy':
    'Most of this is the model answer, pasted, so it is not scored as yours and stays off the leaderboard and your streak. Close it and write the design from memory: recalling it in your own words is exactly the practice.',
  'insight-copy': 'The key insight copied word for word earns nothing: say it in your own words, tied to these constraints.',
  'word-salad': 'The words are in no order, so no sentence argues anything: write sentences that say what you would build and why.',
  filler: 'The key phrases sit in sentences that argue nothing ("…stays on everyone\'s mind"): say what each one decides and what it costs.',
  'wrong-numbers': 'Some of your numbers break the constraints (see "Numbers to check"): an interviewer stops trusting the rest of the design there.',
  'kept-design': 'You kept the design the twist rules out: say what the new value forces you to change, and show the arithmetic that proves the change fits.',
  'wrong-direction': 'You adapted the wrong way: the twist asks you to move the other way — re-read what changed and which constraint now binds.',
};

const readable = (label: string) => label.replace(/\s+/g, ' ').trim();

/** `followUp`: the follow-up answered, whose feedback speaks of the change, the new value and what is dropped. */
export function buildFeedback(entry: Entry, grade: Grade, rubric: Rubric, references: References, followUp?: FollowUp): Pick<ScoreReport, 'covered' | 'missed' | 'feedback' | 'readNext'> {
  const feedback: string[] = [];
  const full = (d: (typeof DIMENSIONS)[number]) => grade.dimensions[d].score >= grade.dimensions[d].max - 0.05;
  const stance = grade.stance;
  if (grade.cap) feedback.push(`Capped at ${grade.cap.limit}: ${grade.cap.reason}.`);
  for (const flag of grade.flags) {
    const advice = FLAG_ADVICE[flag];
    if (advice) feedback.push(advice);
  }
  if (stance?.chosenAlternative) {
    const alt = rubric.alternatives.find((a) => a.label === stance.chosenAlternative!.label);
    feedback.push(`You argue for ${stance.chosenAlternative.label}, but these constraints rule it out${alt?.cons ? ` (${readable(alt.cons)})` : ''}: the design the question is after is ${rubric.approach.label}.`);
  } else if (stance?.rejectsApproach) {
    feedback.push(`You turn down ${rubric.approach.label}, which is the approach these constraints call for: weigh what it costs against what it saves before rejecting it.`);
  }
  if (grade.total >= 80 && grade.flags.length === 0) feedback.unshift('Strong answer: constraint-aware, quantified and weighed.');

  if (followUp) {
    if (!full('keyInsight')) feedback.push(`The change this twist calls for: ${readable(followUp.adaptation.approach)}`);
    const newValue = grade.atoms.find((a) => a.atom.value === followUp.changes.to);
    if (newValue && newValue.status !== 'addressed' && newValue.status !== 'mentioned') feedback.push(`Say the new value and what it forces: ${followUp.changes.to}.`);
    if (!grade.atoms.some((a) => a.atom.value !== followUp.changes.to && (a.status === 'addressed' || a.status === 'mentioned'))) {
      feedback.push('Show that a constraint the twist did not touch still holds, with its value.');
    }
    if (!full('metrics')) feedback.push(`Show the new arithmetic, e.g. ${followUp.adaptation.arithmetic}.`.replace(/\.\.$/, '.'));
    if (!full('tradeOffs')) feedback.push(`Say what of the first design you drop: ${readable(followUp.adaptation.rulesOut)}`);
  } else if (!full('keyInsight') && !stance?.wrongDesign) {
    for (const c of grade.claims) {
      if (c.kind === 'approach') {
        if (c.status === 'missed') feedback.push(`You never name the approach the question is after: ${readable(c.label)}.`);
        else if (c.status === 'unquantified') feedback.push(`You name ${readable(c.label)} but never say what it does here: tie it to an effect and a number in the same sentence.`);
        continue;
      }
      if (c.kind !== 'effect') continue;
      if (c.status === 'unquantified') feedback.push(`You never quantify it: the key claim is "${readable(c.label)}".`);
      else if (c.status === 'unlinked') feedback.push(`You mention it, but not as an effect of your design: the key claim is "${readable(c.label)}".`);
      else if (c.status === 'missed') feedback.push(`You never get to "${readable(c.label)}".`);
      else if (c.status === 'reversed') feedback.push(`Check the direction: the key claim is "${readable(c.label)}", and your answer says the opposite.`);
    }
  }
  for (const w of grade.wrongNumbers) feedback.push(`You said ${w.said}; the question gives ${w.expected} — ${w.why}.`);
  if (!full('constraints') && !followUp) {
    const missedConstraints = grade.atoms.filter((a) => a.status === 'missed').slice(0, 5).map((a) => a.atom.label);
    if (missedConstraints.length > 0) feedback.push(`Constraints you never address: ${missedConstraints.join('; ')}.`);
  }
  if (!full('metrics') && !followUp && grade.dimensions.metrics.missed.length > 0) feedback.push(`Quantified metrics: show ${grade.dimensions.metrics.missed.join(', and ')}.`);
  if (!full('tradeOffs') && !stance?.wrongDesign && !followUp) {
    const weighed = stance?.alternatives.some((a) => a.mentions.length > 0);
    if (!weighed && rubric.alternatives.length > 0) {
      const alt = rubric.alternatives[0]!;
      feedback.push(`Weigh it against ${alt.label}: ${readable(alt.pros)} for it, ${readable(alt.cons)} against it.`);
    }
    const cost = grade.claims.find((c) => c.kind === 'cost' && c.status !== 'stated');
    if (cost) feedback.push(`Say what your design costs, with its number: "${readable(cost.label)}".`);
  }
  if (!full('stakeholders') && grade.dimensions.stakeholders.missed.length > 0) {
    feedback.push(`Stakeholders: say what ${grade.dimensions.stakeholders.missed.join(', ')} gain or give up.`);
  }
  const weakest = [...DIMENSIONS].sort((a, b) => grade.dimensions[a].score / grade.dimensions[a].max - grade.dimensions[b].score / grade.dimensions[b].max)[0]!;
  if (!full(weakest)) feedback.push(`Weakest dimension: ${DIMENSION_LABELS[weakest]}.`);

  const readNext: ScoreReport['readNext'] = [];
  const seen = new Set<string>();
  const insightMissed = grade.claims.some((c) => c.kind !== 'cost' && c.status !== 'stated');
  if (insightMissed) {
    for (const id of rubric.glossaryIds) {
      const g = references.glossary.find((x) => x.id === id);
      if (g && !seen.has(id)) readNext.push({ id: g.id, title: g.name, because: `the key insight rests on it: ${g.definition}` });
      seen.add(id);
    }
  }
  if (grade.total < 80) {
    for (const id of entry.refs.citations.slice(0, 2)) {
      const c = references.citations.find((x) => x.id === id);
      if (c) readNext.push({ id: c.id, title: c.text, because: 'the model answer builds on it' });
    }
  }
  // One constraint category at most: "G1 Technical Constraint" helps only when nothing more specific does.
  const category = grade.atoms.find((a) => a.status !== 'addressed' && a.status !== 'mentioned' && a.atom.glossaryId && !seen.has(a.atom.glossaryId));
  const g = category && references.glossary.find((x) => x.id === category.atom.glossaryId);
  if (g && readNext.length < 3) readNext.push({ id: g.id, title: g.name, because: `you missed ${category!.atom.label}` });

  const covered = DIMENSIONS.flatMap((d) => grade.dimensions[d].covered.map((c) => `${DIMENSION_LABELS[d]}: ${c}`));
  const missed = DIMENSIONS.flatMap((d) => grade.dimensions[d].missed.map((c) => `${DIMENSION_LABELS[d]}: ${c}`));
  return { covered, missed, feedback, readNext: readNext.slice(0, 5) };
}
