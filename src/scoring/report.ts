import { z } from 'zod';

/** The five dimensions a senior interviewer grades, in the order reports show them. */
export const DIMENSIONS = ['keyInsight', 'constraints', 'metrics', 'tradeOffs', 'stakeholders'] as const;
export type DimensionName = (typeof DIMENSIONS)[number];
export const DIMENSION_LABELS: Record<DimensionName, string> = {
  keyInsight: 'Key insight',
  constraints: 'Constraints',
  metrics: 'Quantified metrics',
  tradeOffs: 'Trade-offs',
  stakeholders: 'Stakeholders',
};

export const FLAGS = [
  'empty',
  'dont-know',
  'too-short',
  'keyword-list',
  'question-copy',
  'constraints-copy',
  'padding',
  'off-topic',
  'no-reasoning',
  'boilerplate',
  'rejected-approach',
  'truncated',
  'model-answer-copy',
  'insight-copy',
  'word-salad',
  'filler',
  'wrong-design',
  'wrong-numbers',
  'kept-design',
  'wrong-direction',
] as const;
export type Flag = (typeof FLAGS)[number];
/** How each flag reads in a short list under a score. */
export const FLAG_LABELS: Record<Flag, string> = {
  empty: 'empty answer',
  'dont-know': '"I don\'t know"',
  'too-short': 'too short to judge',
  'keyword-list': 'a list of keywords',
  'question-copy': 'copies the question',
  'constraints-copy': 'copies the constraints',
  padding: 'padded',
  'off-topic': 'off topic',
  'no-reasoning': 'no reasoning',
  boilerplate: 'boilerplate',
  'rejected-approach': 'picks an approach the question rules out',
  truncated: 'cut off',
  'model-answer-copy': 'copies the model answer',
  'insight-copy': 'copies the key insight',
  'word-salad': 'words in no order',
  filler: 'key phrases in filler',
  'wrong-design': 'argues a design the constraints rule out',
  'wrong-numbers': 'numbers that break the constraints',
  'kept-design': 'keeps the design the twist rules out',
  'wrong-direction': 'adapts the wrong way',
};

/** Flags that keep an attempt off leaderboards and streaks: the text is not the candidate's own. */
export const COPY_FLAGS: readonly Flag[] = ['model-answer-copy', 'word-salad'];

export const DimensionScoreSchema = z.object({
  score: z.number(),
  max: z.number(),
  covered: z.array(z.string()),
  missed: z.array(z.string()),
});
export type DimensionScore = z.infer<typeof DimensionScoreSchema>;

export const WrongNumberSchema = z.object({
  /** What the candidate wrote, e.g. `99.5% uptime`. */
  said: z.string(),
  /** What the entry requires, e.g. `99.95% uptime`. */
  expected: z.string(),
  /** Why it matters, e.g. `4.4 h/yr vs 43.8 h/yr of downtime`. */
  why: z.string(),
});
export type WrongNumber = z.infer<typeof WrongNumberSchema>;

export const CLAIM_STATUSES = ['stated', 'unquantified', 'unlinked', 'reversed', 'rejected', 'missed'] as const;
export const ClaimResultSchema = z.object({
  /** `approach`, `effect` or `cost`: what part of the key insight the claim is. */
  kind: z.enum(['approach', 'effect', 'cost']),
  /** The claim in the key insight's words: "cutting error rate 90% (5% → 0.5%)". */
  label: z.string(),
  status: z.enum(CLAIM_STATUSES),
});
export type ClaimResult = z.infer<typeof ClaimResultSchema>;

export const ReadNextSchema = z.object({ id: z.string(), title: z.string(), because: z.string() });

/** What a candidate gets back for an answer; stored whole with each attempt. */
export const ScoreReportSchema = z.object({
  questionId: z.string(),
  scorerVersion: z.string(),
  total: z.number().int().min(0).max(100),
  dimensions: z.object({
    keyInsight: DimensionScoreSchema,
    constraints: DimensionScoreSchema,
    metrics: DimensionScoreSchema,
    tradeOffs: DimensionScoreSchema,
    stakeholders: DimensionScoreSchema,
  }),
  covered: z.array(z.string()),
  missed: z.array(z.string()),
  wrongNumbers: z.array(WrongNumberSchema),
  flags: z.array(z.enum(FLAGS)),
  /** The key insight's claims and how the answer stated each (absent in reports of scorer 1.x). */
  claims: z.array(ClaimResultSchema).default([]),
  /** For the answer to an interviewer's follow-up: which one (1-based); null for a first answer. */
  followUp: z.number().int().positive().nullable().default(null),
  /** The ceiling a flag put on the total, and why; the dimension scores are scaled down to it. */
  cap: z.object({ limit: z.number(), reason: z.string() }).nullable().default(null),
  feedback: z.array(z.string()),
  readNext: z.array(ReadNextSchema),
  wordCount: z.number().int().nonnegative(),
});
export type ScoreReport = z.infer<typeof ScoreReportSchema>;
