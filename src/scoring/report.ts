import { z } from 'zod';
import { en } from '../i18n/en.ts';

export { DIMENSIONS, FLAGS, type DimensionName, type Flag } from './names.ts';
import { FLAGS, type DimensionName, type Flag } from './names.ts';
/** English labels (the catalogue's); views in another language read `messages(lang).dimension`. */
export const DIMENSION_LABELS: Record<DimensionName, string> = en.dimension;

/** Flags that keep an attempt off leaderboards and streaks: the text is not the candidate's own. */
const COPY_FLAGS: readonly Flag[] = ['model-answer-copy', 'word-salad'];

export function isCopied(report: Pick<ScoreReport, 'flags'>): boolean {
  return report.flags.some((f) => COPY_FLAGS.includes(f));
}

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
  /** The language of the feedback, flags' labels and views: the answer's, or the user's setting. */
  lang: z.enum(['en', 'zh']).default('en'),
  /** For the answer to an interviewer's follow-up: which one (1-based); null for a first answer. */
  followUp: z.number().int().positive().nullable().default(null),
  /** The ceiling a flag put on the total, and why; the dimension scores are scaled down to it. */
  cap: z.object({ limit: z.number(), reason: z.string() }).nullable().default(null),
  feedback: z.array(z.string()),
  readNext: z.array(ReadNextSchema),
  wordCount: z.number().int().nonnegative(),
});
export type ScoreReport = z.infer<typeof ScoreReportSchema>;
