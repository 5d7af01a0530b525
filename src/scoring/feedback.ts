/**
 * Turns a Grade into what a strict senior interviewer would say: the cap and why, the design the answer
 * argues for, each claim of the key insight it did not state (quoted in the key insight's words), wrong
 * numbers, constraints never addressed, what to weigh, whom to name, and what to read. An item is never
 * listed as missed in a dimension that has full marks.
 */
import type { Entry, FollowUp, References } from '../bank/schema.ts';
import type { Grade } from './grade.ts';
import { messages, type Lang } from '../i18n/index.ts';
import { DIMENSIONS, type ScoreReport } from './report.ts';
import type { Rubric } from './rubric.ts';

const readable = (label: string) => label.replace(/\s+/g, ' ').trim();

/** `followUp`: the follow-up answered, whose feedback speaks of the change, the new value and what is dropped. */
export function buildFeedback(entry: Entry, grade: Grade, rubric: Rubric, references: References, lang: Lang, followUp?: FollowUp): Pick<ScoreReport, 'covered' | 'missed' | 'feedback' | 'readNext'> {
  const m = messages(lang);
  const f = m.feedback;
  const feedback: string[] = [];
  const full = (d: (typeof DIMENSIONS)[number]) => grade.dimensions[d].score >= grade.dimensions[d].max - 0.05;
  const stance = grade.stance;
  if (grade.cap) feedback.push(f.capped(grade.cap.limit, grade.cap.reason));
  for (const flag of grade.flags) {
    const advice = m.advice[flag];
    if (advice) feedback.push(advice);
  }
  if (stance?.chosenAlternative) {
    const alt = rubric.alternatives.find((a) => a.label === stance.chosenAlternative!.label);
    feedback.push(f.argueFor(stance.chosenAlternative.label, alt?.cons ? readable(alt.cons) : '', rubric.approach.label));
  } else if (stance?.rejectsApproach) {
    feedback.push(f.turnDown(rubric.approach.label));
  }
  if (grade.total >= 80 && grade.flags.length === 0) feedback.unshift(f.strong);

  if (followUp) {
    if (!full('keyInsight')) feedback.push(f.followUpChange(readable(followUp.adaptation.approach)));
    const newValue = grade.atoms.find((a) => a.atom.value === followUp.changes.to);
    if (newValue && newValue.status !== 'addressed' && newValue.status !== 'mentioned') feedback.push(f.followUpNewValue(followUp.changes.to));
    if (!grade.atoms.some((a) => a.atom.value !== followUp.changes.to && (a.status === 'addressed' || a.status === 'mentioned'))) {
      feedback.push(f.followUpKeepOne);
    }
    if (!full('metrics')) feedback.push(f.followUpArithmetic(followUp.adaptation.arithmetic));
    if (!full('tradeOffs')) feedback.push(f.followUpDrop(readable(followUp.adaptation.rulesOut)));
  } else if (!full('keyInsight') && !stance?.wrongDesign) {
    for (const c of grade.claims) {
      if (c.kind === 'approach') {
        if (c.status === 'missed') feedback.push(f.neverName(readable(c.label)));
        else if (c.status === 'unquantified') feedback.push(f.nameOnly(readable(c.label)));
        continue;
      }
      if (c.kind !== 'effect') continue;
      if (c.status === 'unquantified') feedback.push(f.unquantified(readable(c.label)));
      else if (c.status === 'unlinked') feedback.push(f.unlinked(readable(c.label)));
      else if (c.status === 'missed') feedback.push(f.missedClaim(readable(c.label)));
      else if (c.status === 'reversed') feedback.push(f.reversed(readable(c.label)));
    }
  }
  for (const w of grade.wrongNumbers) feedback.push(f.wrongNumber(w.said, w.expected, w.why));
  if (!full('constraints') && !followUp) {
    const missedConstraints = grade.atoms.filter((a) => a.status === 'missed').slice(0, 5).map((a) => a.atom.label);
    if (missedConstraints.length > 0) feedback.push(f.constraintsMissed(missedConstraints.join('; ')));
  }
  if (!full('metrics') && !followUp && grade.dimensions.metrics.missed.length > 0) feedback.push(f.metricsShow(grade.dimensions.metrics.missed.join(lang === 'zh' ? '，以及' : ', and ')));
  if (!full('tradeOffs') && !stance?.wrongDesign && !followUp) {
    const weighed = stance?.alternatives.some((a) => a.mentions.some((m) => m.own));
    if (!weighed && rubric.alternatives.length > 0) {
      const alt = rubric.alternatives[0]!;
      feedback.push(f.weighAgainst(alt.label, readable(alt.pros), readable(alt.cons)));
    }
    const cost = grade.claims.find((c) => c.kind === 'cost' && c.status !== 'stated');
    if (cost) feedback.push(f.sayCost(readable(cost.label)));
  }
  if (!full('stakeholders') && grade.dimensions.stakeholders.missed.length > 0) {
    feedback.push(f.stakeholders(grade.dimensions.stakeholders.missed.join(lang === 'zh' ? '、' : ', ')));
  }
  const weakest = [...DIMENSIONS].sort((a, b) => grade.dimensions[a].score / grade.dimensions[a].max - grade.dimensions[b].score / grade.dimensions[b].max)[0]!;
  if (!full(weakest)) feedback.push(f.weakest(m.dimension[weakest]));

  const readNext: ScoreReport['readNext'] = [];
  const seen = new Set<string>();
  const insightMissed = grade.claims.some((c) => c.kind !== 'cost' && c.status !== 'stated');
  if (insightMissed) {
    for (const id of rubric.glossaryIds) {
      const g = references.glossary.find((x) => x.id === id);
      if (g && !seen.has(id)) readNext.push({ id: g.id, title: g.name, because: m.readNext.insight(g.definition) });
      seen.add(id);
    }
  }
  if (grade.total < 80) {
    for (const id of entry.refs.citations.slice(0, 2)) {
      const c = references.citations.find((x) => x.id === id);
      if (c) readNext.push({ id: c.id, title: c.text, because: m.readNext.citation });
    }
  }
  // One constraint category at most: "G1 Technical Constraint" helps only when nothing more specific does.
  const category = grade.atoms.find((a) => a.status !== 'addressed' && a.status !== 'mentioned' && a.atom.glossaryId && !seen.has(a.atom.glossaryId));
  const g = category && references.glossary.find((x) => x.id === category.atom.glossaryId);
  if (g && readNext.length < 3) readNext.push({ id: g.id, title: g.name, because: m.readNext.missed(category!.atom.label) });

  const covered = DIMENSIONS.flatMap((d) => grade.dimensions[d].covered.map((c) => `${m.dimension[d]}: ${c}`));
  const missed = DIMENSIONS.flatMap((d) => grade.dimensions[d].missed.map((c) => `${m.dimension[d]}: ${c}`));
  return { covered, missed, feedback, readNext: readNext.slice(0, 5) };
}
