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
};

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
  feedback: z.array(z.string()),
  readNext: z.array(ReadNextSchema),
  wordCount: z.number().int().nonnegative(),
});
export type ScoreReport = z.infer<typeof ScoreReportSchema>;
