/** The names the reports use — dimensions and flags — apart, so the language catalogues can name them without a cycle. */
/** The five dimensions a senior interviewer grades, in the order reports show them. */
export const DIMENSIONS = ['keyInsight', 'constraints', 'metrics', 'tradeOffs', 'stakeholders'] as const;
export type DimensionName = (typeof DIMENSIONS)[number];

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
  'no-approach',
  'wrong-numbers',
  'kept-design',
  'wrong-direction',
] as const;
export type Flag = (typeof FLAGS)[number];
