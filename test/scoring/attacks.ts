/**
 * Gaming answers generated from a bank entry, the way a cheater builds them from what the bot shows:
 * the model answer shuffled or pasted, the key insight and the constraints line followed by platitudes,
 * key phrases spliced into filler, a keyword list. Deterministic for a seed.
 */
import type { Entry } from '../../src/bank/schema.ts';

export type Attack = { kind: string; text: string };

/** mulberry32: a small seeded PRNG, so every attack is reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const PLATITUDES = [
  'Observability matters, so we would add dashboards and alerts.',
  'Keep stakeholders informed at every step of the way.',
  'We iterate quickly and learn from production.',
  'Security is everyone’s responsibility and we take it seriously.',
  'Good communication across teams is the key to success here.',
  'We should document the decision and review it regularly.',
  'Testing is important, so we would write plenty of tests.',
  'Scalability and reliability are both first-class concerns for us.',
];

const FILLER = [
  (p: string) => `Alignment matters, so ${p} stays on everyone's mind.`,
  (p: string) => `In my experience, ${p} is something the whole team should talk about early.`,
  (p: string) => `We always keep ${p} in view during planning meetings.`,
  (p: string) => `It is worth remembering ${p} when we think about the bigger picture.`,
  (p: string) => `Leadership cares about ${p}, and so should everyone else.`,
  (p: string) => `A good culture puts ${p} at the heart of every conversation.`,
];

/** The key insight cut at its commas and conjunctions: the phrases a cheater would splice. */
export function keyPhrases(entry: Entry): string[] {
  return entry.keyInsight
    .replace(/`/g, '')
    .split(/,\s*|\s+but\s+|\s+and\s+|\s+while\s+/)
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter((p) => p.split(/\s+/).length >= 2);
}

export function constraintsLine(entry: Entry): string {
  return entry.constraints.map((c) => `${c.category}: ${c.text}`).join(' | ');
}

export function constraintValuesOf(entry: Entry): string[] {
  return entry.constraints.flatMap((c) => c.text.split(/,\s*(?![^(]*\))/)).map((v) => v.trim());
}

export function attacksFor(entry: Entry, seed = 1): Attack[] {
  const random = seeded(seed);
  const model = entry.answer ?? '';
  const words = model.split(/\s+/).filter(Boolean);
  const phrases = keyPhrases(entry);
  const values = constraintValuesOf(entry);
  const platitudes = shuffle(PLATITUDES, random).slice(0, 5);
  const spliced = [...phrases, ...values.slice(0, 5)].map((p, i) => FILLER[i % FILLER.length]!(p));
  return [
    { kind: 'shuffled', text: shuffle(words, random).join(' ') },
    { kind: 'pasted-model', text: model },
    { kind: 'pasted-model-intro', text: `Here is how I would do it. ${model}` },
    { kind: 'insight-platitudes', text: `${entry.keyInsight} ${constraintsLine(entry)}. ${platitudes.join(' ')}` },
    { kind: 'spliced-filler', text: shuffle(spliced, random).join(' ') },
    { kind: 'keyword-list', text: [...phrases, ...values].join(', ') },
    { kind: 'question-copy', text: `${entry.question} ${constraintsLine(entry)}. So the question is ${entry.question.toLowerCase()} We need to consider all of this.` },
    ...rejectedDesign(entry),
  ];
}

/** The trade-off table's first rejected row argued for, fluently, in the table's and the constraints' own words. */
export function rejectedDesign(entry: Entry): Attack[] {
  const [chosen, alt] = entry.tradeOffs;
  if (!chosen || !alt) return [];
  const values = constraintValuesOf(entry);
  return [
    {
      kind: 'rejected-design-over-approach',
      text: `${chosen.approach} is the textbook answer, but for this team I'd build ${alt.approach}: ${alt.pros}, and ${values.slice(0, 3).join(', ')} all hold. The cost is ${alt.cons}, which we accept. ${alt.budget} fits.`,
    },
    {
      kind: 'rejected-design-alone',
      text: `For this team I'd build ${alt.approach}: ${alt.pros}. It runs at ${alt.hardware} within ${alt.budget}, and ${values.slice(0, 4).join(', ')} all hold. We accept ${alt.cons}, because the team is small and the deadline is fixed.`,
    },
  ];
}

/** The same tricks against a follow-up: its new value, the adaptation's phrases and its arithmetic spliced, shuffled or listed. */
export function followUpAttacksFor(entry: Entry, n: number, seed = 1): Attack[] {
  const random = seeded(seed);
  const f = entry.followUps![n - 1]!;
  const phrases = [f.changes.to, ...f.adaptation.approach.split(/,\s*|\s+and\s+|:\s*/), f.adaptation.arithmetic]
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter((p) => p.split(/\s+/).length >= 2 || /\d/.test(p));
  const spliced = phrases.map((p, i) => FILLER[i % FILLER.length]!(p));
  return [
    { kind: 'shuffled', text: shuffle(f.answer.split(/\s+/), random).join(' ') },
    { kind: 'spliced-filler', text: shuffle(spliced, random).join(' ') },
    { kind: 'twist-platitudes', text: `${f.twist} ${shuffle(PLATITUDES, random).slice(0, 4).join(' ')}` },
    { kind: 'keyword-list', text: phrases.join(', ') },
  ];
}
