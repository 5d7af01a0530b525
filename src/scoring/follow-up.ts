/**
 * Grading an answer to an interviewer's follow-up with the same claim engine and the same honesty.
 *
 * A follow-up is compiled into a rubric of its own, built from the entry as the twist leaves it: the
 * twisted constraint carries its new value (or the added one joins the list), the design change the twist
 * forces is the insight to state, the model follow-up is the model answer (so a paste of it is a copy), and
 * the roles it affects are the stakeholders. On top of the usual grade, two readings of the follow-up itself:
 * - the answer kept the design the twist rules out: it states none of the change (fewer than two of the
 *   words the adaptation brings that the first design lacked) and says the design still holds, or only
 *   restates the first design;
 * - the answer adapted the wrong way: it proposes what the follow-up names as the wrong way (two or more of
 *   its distinctive words, outside sentences that turn it down), or a number that breaks the new value.
 */
import type { Entry, FollowUp, References } from '../bank/schema.ts';
import { constraintValues } from '../bank/text.ts';
import { messages, type Lang } from '../i18n/index.ts';
import { AnswerView } from './answer.ts';
import { gradeAnswer, type Grade } from './grade.ts';
import type { Term } from './match.ts';
import { normalizeText, tokenize } from './normalize.ts';
import { compileRubric, type BankVocabulary, type Rubric } from './rubric.ts';

export type FollowUpRubric = {
  /** The entry as the twist leaves it: the new value in its constraints, the adaptation as its key insight. */
  twisted: Entry;
  rubric: Rubric;
  followUp: FollowUp;
  /** Words the adaptation brings that the first design lacks: an adapted answer uses some of them. */
  change: Term[];
  /** Distinctive words of the wrong way to adapt. */
  wrongWay: Term[];
  /** Words of the first design: an unchanged answer is made of these. */
  firstDesign: Term[];
  /** Distinctive words of what the twist rules out: naming what is dropped weighs the change. */
  givenUp: Term[];
};

/** Words any follow-up answer uses, adapted or not ("the plan still holds", "keep", "design"). */
const GENERIC = new Set(
  `still stay stays holds hold keep keeps kept plan design same change changes unchanged nothing already need needs size report
  instead current existing first fine noted good great make makes made work works lot rather whole full part point`
    .split(/\s+/)
    .map((w) => tokenize(w)[0]!.stem),
);

const stemsOf = (text: string) =>
  new Set(
    tokenize(normalizeText(text).text)
      .filter((t) => !t.stop && !t.isNumber && !/\d/.test(t.text) && t.text.length >= 4 && !GENERIC.has(t.stem))
      .map((t) => t.stem),
  );
const termsOf = (stems: Iterable<string>): Term[] => [...stems].map((s) => ({ stems: [s] }));

/** The entry as the twist leaves it, in the shape the rubric compiler reads. */
function twistedEntry(entry: Entry, f: FollowUp): Entry {
  const { category, from, to } = f.changes;
  const constraints = from
    ? entry.constraints.map((c) => (c.category === category ? { ...c, text: constraintValues(c.text).map((v) => (v === from ? to : v)).join(', ') } : c))
    : [...entry.constraints, { category, text: to }];
  return {
    ...entry,
    question: f.twist,
    keyInsight: f.adaptation.approach,
    constraints,
    answer: f.answer,
    metrics: f.adaptation.arithmetic,
    stakeholders: f.adaptation.affected,
    stakeholderNotes: [],
    keyInsightAliases: [],
    // The first design is what the twist weighs the change against.
    tradeOffs: [
      { approach: f.adaptation.approach.split(/[,;:]/)[0]!, pros: f.changes.to, cons: f.adaptation.rulesOut, hardware: '-', budget: '-', business: '-', tag: '[Follow-up]' },
    ],
    followUps: [],
  };
}

export function compileFollowUp(entry: Entry, f: FollowUp, references: References, vocabulary: BankVocabulary): FollowUpRubric {
  const twisted = twistedEntry(entry, f);
  const compiled = compileRubric(twisted, references, vocabulary);
  // "Keep durability before ack, but move the replica to the same AZ": in an adaptation, what follows "but" is
  // the change itself, not a price paid, so it is an effect to state, tied to the adaptation like any other.
  const rubric = { ...compiled, claims: compiled.claims.map((c) => (c.kind === 'cost' ? { ...c, kind: 'effect' as const } : c)) };
  const first = stemsOf(`${entry.keyInsight} ${entry.answer ?? ''} ${entry.tradeOffs.map((t) => `${t.approach} ${t.pros} ${t.cons}`).join(' ')}`);
  const adapted = stemsOf(`${f.adaptation.approach} ${f.answer}`);
  const twistWords = stemsOf(f.twist);
  const change = [...adapted].filter((s) => !first.has(s) && !twistWords.has(s));
  // The wrong way may well be the first design's rejected alternative (a big-bang cut-over): its words stay.
  const wrong = [...stemsOf(f.adaptation.wrongWay)].filter((s) => !adapted.has(s) && !twistWords.has(s));
  const firstDesign = [...first].filter((s) => !adapted.has(s));
  const givenUp = [...stemsOf(f.adaptation.rulesOut)].filter((s) => !twistWords.has(s));
  return { twisted, rubric, followUp: f, change: termsOf(change), wrongWay: termsOf(wrong), firstDesign: termsOf(firstDesign), givenUp: termsOf(givenUp) };
}

/** "The design still works", "no change needed": an answer that says the twist changes nothing. */
const UNCHANGED =
  /\b(?:still (?:works|holds|fits|applies|stands|makes sense|the best|go with)|no (?:real )?changes?(?: needed| required)?|unchanged|nothing (?:really )?changes|same (?:design|decomposition|plan|setup)|stays the same|as before|doesn'?t (?:really )?(?:change|care)|keep (?:everything|the (?:same|design)|it as is)|(?:design|plan|approach|architecture|setup|budget) (?:still )?(?:holds|stays|stands)|already (?:covers|handles))\b|不变|不用改|照旧|保持原(?:方案|设计)/i;
const TURNED_DOWN = /\b(?:not|no|never|without|avoid|instead|rather|won'?t|wouldn'?t|don'?t|rule[sd]? out|too)\b|不|避免|而不是/;

export type FollowUpReading = { keptDesign: boolean; wrongDirection: boolean; changeWords: number };

export function readFollowUp(fu: FollowUpRubric, view: AnswerView, grade: Grade): FollowUpReading {
  const distinct = (terms: Term[], outsideTurnDowns = false) =>
    new Set(
      view
        .mentions(terms)
        .filter((m) => !m.negated && !(outsideTurnDowns && TURNED_DOWN.test(view.sentenceText(m.sentence))))
        .map((m) => view.index.content[m.position]!.stem),
    ).size;
  const changeWords = distinct(fu.change);
  const wrongWords = distinct(fu.wrongWay, true);
  const firstWords = distinct(fu.firstDesign);
  const breaksNewValue = grade.atoms.some((a) => a.status === 'wrong' && a.atom.value === fu.followUp.changes.to);
  const wrongDirection = wrongWords >= 2 || breaksNewValue;
  const saysUnchanged = UNCHANGED.test(view.index.text);
  // Saying so ("I'd keep the design") outweighs a few of the change's words used to defend it.
  // Two of the change's words in an answer built of the first design's is a nod to the twist, not a change
  // (graded follow-ups: answers that adapt use 8 on average, those that keep or reverse the design 1–2).
  const keptDesign = !wrongDirection && ((saysUnchanged && changeWords < 4) || (changeWords <= 2 && firstWords >= 4));
  return { keptDesign, wrongDirection, changeWords };
}

/** Caps for a follow-up that did not adapt: a strict interviewer grades both about 2 out of 10. */
export const KEPT_DESIGN_CAP = 25;
export const WRONG_DIRECTION_CAP = 25;

export function gradeFollowUp(fu: FollowUpRubric, text: string, context: { domain?: Set<string>; lang?: Lang } = {}): Grade & { reading: FollowUpReading } {
  const lang = context.lang ?? 'en';
  const view = new AnswerView(text, fu.rubric);
  const grade = gradeAnswer(fu.rubric, text, { ...context, view, twisted: fu.followUp.changes.to, followUp: { change: fu.change, givenUp: fu.givenUp } });
  if (grade.flags.includes('empty') || grade.flags.includes('dont-know')) return { ...grade, reading: { keptDesign: false, wrongDirection: false, changeWords: 0 } };
  const reading = readFollowUp(fu, view, grade);
  const m = messages(lang).cap;
  const cap = reading.wrongDirection
    ? { limit: WRONG_DIRECTION_CAP, reason: m.wrongWay(fu.followUp.adaptation.wrongWay.replace(/\.$/, '')) }
    : reading.keptDesign
      ? { limit: KEPT_DESIGN_CAP, reason: m.keptDesign(fu.followUp.adaptation.rulesOut.replace(/\.$/, '')) }
      : null;
  const flags = [...grade.flags, ...(reading.wrongDirection ? (['wrong-direction'] as const) : []), ...(reading.keptDesign ? (['kept-design'] as const) : [])];
  if (!cap || grade.total <= cap.limit * (0.55 + grade.total / 220)) return { ...grade, flags, reading };
  const ceiling = cap.limit * (0.55 + grade.total / 220);
  const scale = ceiling / Math.max(1e-9, grade.total);
  const dimensions = Object.fromEntries(Object.entries(grade.dimensions).map(([d, v]) => [d, { ...v, score: Math.round(v.score * scale * 10) / 10 }])) as Grade['dimensions'];
  return { ...grade, total: Math.round(ceiling), dimensions, flags, cap, reading };
}
