/**
 * What our buttons and modals carry through Slack and back: action ids, button values and the answer
 * modal's private_metadata. All of it is read back with zod, because a payload from an older version of
 * this app, or one somebody built by hand, must end in a polite message and not in a crash.
 */
import { z } from 'zod';
import type { Lang } from '../../src/i18n/index.ts';
import { LIMITS } from './limits.ts';

export const ACTIONS = {
  answer: 'coach.answer',
  next: 'coach.next',
  modelAnswer: 'coach.model-answer',
  practiseNow: 'coach.practise-now',
  forgetConfirm: 'coach.forget.confirm',
  forgetCancel: 'coach.forget.cancel',
  mockAnswer: 'coach.mock-answer',
  followUp: 'coach.follow-up',
} as const;

export const ANSWER_VIEW = 'coach.answer-view';
export const ANSWER_BLOCK = 'answer';
export const ANSWER_INPUT = 'answer-text';
/** The modals of a mock step and of a practice follow-up: same input, their own callbacks. */
export const MOCK_VIEW = 'coach.mock-view';
export const FOLLOW_UP_VIEW = 'coach.follow-up-view';

/** Bumped when the shapes below change, so old buttons are told apart from forged ones. */
const VERSION = 1;

const questionId = z.string().regex(/^Q[1-9]\d{0,3}$/);
const channelId = z.string().regex(/^[CGD][A-Z0-9]{2,20}$/);

/** Button value for Answer, Next question and Show model answer. */
const QuestionRefSchema = z
  .object({ v: z.literal(VERSION), q: questionId, r: z.number().int().positive().nullable().default(null), f: z.number().int().min(1).max(99).optional() })
  .strict();
/** `followUp`: under a follow-up's score, which follow-up ("Show model answer" shows its model answer). */
export type QuestionRef = { questionId: string; roundId: number | null; followUp?: number };

const AnswerMetadataSchema = z
  .object({ v: z.literal(VERSION), q: questionId, r: z.number().int().positive().nullable(), c: channelId.nullable() })
  .strict();
/** Where an answer belongs: the question, the daily round if any, and the channel to reply in (null: the App Home, reply by DM). */
export type AnswerMetadata = { questionId: string; roundId: number | null; channelId: string | null };

export class PayloadError extends Error {
  override name = 'PayloadError';
  constructor(readonly reason: 'stale' | 'forged') {
    super(reason === 'stale' ? 'payload from an older version' : 'payload not built by this app');
  }
}

function decode<T>(raw: string | undefined, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(raw ?? '');
  } catch {
    throw new PayloadError('forged');
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const version = (json as { v?: unknown } | null)?.v;
  throw new PayloadError(typeof version === 'number' && version !== VERSION ? 'stale' : 'forged');
}

export const encodeQuestionRef = (ref: QuestionRef): string =>
  JSON.stringify({ v: VERSION, q: ref.questionId, r: ref.roundId, ...(ref.followUp === undefined ? {} : { f: ref.followUp }) });

export function decodeQuestionRef(raw: string | undefined): QuestionRef {
  const { q, r, f } = decode(raw, QuestionRefSchema);
  return f === undefined ? { questionId: q, roundId: r } : { questionId: q, roundId: r, followUp: f };
}

export function encodeAnswerMetadata(m: AnswerMetadata): string {
  const text = JSON.stringify({ v: VERSION, q: m.questionId, r: m.roundId, c: m.channelId });
  // Ids are short; this can only trip if the shape above grows carelessly.
  if (text.length > LIMITS.privateMetadata) throw new Error('private_metadata over Slack limit');
  return text;
}

export function decodeAnswerMetadata(raw: string | undefined): AnswerMetadata {
  const { q, r, c } = decode(raw, AnswerMetadataSchema);
  return { questionId: q, roundId: r, channelId: c };
}

/** A mock step: which mock, which question of it, the first answer or the follow-up, and (for the modal) the twist's number. */
export type MockStepRef = { mockId: number; index: number; stage: 'question' | 'followUp'; questionId: string; followUp: number };

const MockStepSchema = z
  .object({ v: z.literal(VERSION), m: z.number().int().positive(), i: z.number().int().min(1).max(99), s: z.enum(['q', 'f']), q: questionId, f: z.number().int().min(0).max(99) })
  .strict();
const MockMetadataSchema = MockStepSchema.extend({ c: channelId.nullable() }).strict();

const stepFields = (r: MockStepRef) => ({ v: VERSION, m: r.mockId, i: r.index, s: r.stage === 'question' ? 'q' : 'f', q: r.questionId, f: r.followUp });
const stepOf = (d: z.infer<typeof MockStepSchema>): MockStepRef => ({ mockId: d.m, index: d.i, stage: d.s === 'q' ? 'question' : 'followUp', questionId: d.q, followUp: d.f });

/** The Answer button also carries the language its step was shown in, so the modal opens in the same one. */
const MockButtonSchema = MockStepSchema.extend({ l: z.enum(['en', 'zh']).optional() }).strict();
export const encodeMockStep = (r: MockStepRef, lang: Lang): string => JSON.stringify({ ...stepFields(r), l: lang });
export function decodeMockStep(raw: string | undefined): MockStepRef & { lang: Lang | null } {
  const d = decode(raw, MockButtonSchema);
  return { ...stepOf(d), lang: d.l ?? null };
}
export const encodeMockMetadata = (r: MockStepRef, channel: string | null): string => JSON.stringify({ ...stepFields(r), c: channel });
export function decodeMockMetadata(raw: string | undefined): MockStepRef & { channelId: string | null } {
  const d = decode(raw, MockMetadataSchema);
  return { ...stepOf(d), channelId: d.c };
}

const FollowUpMetadataSchema = z.object({ v: z.literal(VERSION), q: questionId, n: z.number().int().min(1).max(99), c: channelId.nullable() }).strict();
export type FollowUpMetadata = { questionId: string; followUp: number; channelId: string | null };
export const encodeFollowUpMetadata = (m: FollowUpMetadata): string => JSON.stringify({ v: VERSION, q: m.questionId, n: m.followUp, c: m.channelId });
export function decodeFollowUpMetadata(raw: string | undefined): FollowUpMetadata {
  const d = decode(raw, FollowUpMetadataSchema);
  return { questionId: d.q, followUp: d.n, channelId: d.c };
}
