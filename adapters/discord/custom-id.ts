/**
 * Button and modal custom ids: everything a click needs travels in the id (no server-side session),
 * so ids are versioned and every part is validated. Anyone with a modified client can send any id,
 * and an old message keeps its buttons forever; both end in a polite reply, never in a crash.
 */
import { z } from 'zod';
import { DIFFICULTIES, PHASES, STAKEHOLDER_ROLES } from '../../src/bank/schema.ts';
import { LIMITS } from './limits.ts';

/** Bump when the meaning of an id changes: buttons on old messages are then answered as stale. */
const VERSION = 'cc1';

const questionId = z.string().regex(/^Q[1-9]\d{0,3}$/);
const roundId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable();
const snowflake = z.string().regex(/^\d{17,20}$/);
/** A mock step: which mock, which question of it (1-based), the first answer or the follow-up. */
const mockStep = {
  mockId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  index: z.number().int().min(1).max(99),
  stage: z.enum(['question', 'followUp']),
  questionId,
  /** The follow-up the interviewer asks (0 for a question that has none). */
  followUp: z.number().int().min(0).max(99),
};

/** The filters a user practises with travel from question to answer to "Next question". */
export const PracticeFiltersSchema = z.object({
  difficulty: z.enum(DIFFICULTIES).optional(),
  phase: z.enum(PHASES).optional(),
  stakeholder: z.enum(STAKEHOLDER_ROLES).optional(),
});
export type PracticeFilters = z.infer<typeof PracticeFiltersSchema>;

const followUpNumber = z.number().int().min(1).max(99);

export const CustomIdSchema = z.discriminatedUnion('kind', [
  /** The Answer button: opens the answer modal for a question, inside a daily round or not. */
  z.object({ kind: z.literal('answer'), questionId, roundId, filters: PracticeFiltersSchema }),
  /** The answer modal itself: its submit carries the same question, round and filters. */
  z.object({ kind: z.literal('modal'), questionId, roundId, filters: PracticeFiltersSchema }),
  z.object({ kind: z.literal('next'), filters: PracticeFiltersSchema }),
  /** The model answer; with `followUp`, that follow-up's model answer (under a follow-up's score). */
  z.object({ kind: z.literal('model'), questionId, followUp: followUpNumber.optional() }),
  /** forget-me confirmation, bound to the user who asked so nobody else's click counts. */
  z.object({ kind: z.literal('forget'), confirm: z.boolean(), userId: snowflake }),
  /** A mock step's Answer button, and its modal: an old button cannot answer a newer step. */
  z.object({ kind: z.literal('mock'), ...mockStep }),
  z.object({ kind: z.literal('mockmodal'), ...mockStep }),
  /** "Follow-up" under a practice score (the least-answered one), or "Answer again" under a follow-up's score (`followUp`); its modal carries which follow-up was asked. */
  z.object({ kind: z.literal('fu'), questionId, followUp: followUpNumber.optional() }),
  z.object({ kind: z.literal('fumodal'), questionId, followUp: followUpNumber }),
]);
export type CustomId = z.infer<typeof CustomIdSchema>;
export type CustomIdOf<K extends CustomId['kind']> = Extract<CustomId, { kind: K }>;

/** Why an id was refused: from an older version of the bot, or not one the bot ever made. */
export class CustomIdError extends Error {
  override name = 'CustomIdError';
  constructor(readonly reason: 'stale' | 'forged') {
    super(`custom id refused: ${reason}`);
  }
}

const NONE = '-';
const opt = (v: string | undefined) => (v === undefined || v === NONE ? undefined : v);
const round = (v: string | undefined) => (v === NONE ? null : v !== undefined && /^r\d{1,16}$/.test(v) ? Number(v.slice(1)) : Number.NaN);
const encodeFilters = (f: PracticeFilters) => [f.difficulty ?? NONE, f.phase ?? NONE, f.stakeholder ?? NONE];
const decodeFilters = (parts: string[]) => ({ difficulty: opt(parts[0]), phase: opt(parts[1]), stakeholder: opt(parts[2]) });
const int = (v: string | undefined) => (v !== undefined && /^\d{1,16}$/.test(v) ? Number(v) : Number.NaN);
const STAGE = { q: 'question', f: 'followUp' } as const;
const decodeMock = (kind: string, parts: string[]) =>
  parts.length === 5 ? { kind, mockId: int(parts[0]), index: int(parts[1]), stage: STAGE[parts[2] as keyof typeof STAGE], questionId: parts[3], followUp: int(parts[4]) } : null;

export function encodeCustomId(id: CustomId): string {
  const parts = ((): (string | number)[] => {
    switch (id.kind) {
      case 'answer':
      case 'modal':
        return [id.questionId, id.roundId === null ? NONE : `r${id.roundId}`, ...encodeFilters(id.filters)];
      case 'next':
        return encodeFilters(id.filters);
      case 'model':
      case 'fu':
        return id.followUp === undefined ? [id.questionId] : [id.questionId, id.followUp];
      case 'forget':
        return [id.confirm ? 'yes' : 'no', id.userId];
      case 'mock':
      case 'mockmodal':
        return [id.mockId, id.index, id.stage === 'question' ? 'q' : 'f', id.questionId, id.followUp];
      case 'fumodal':
        return [id.questionId, id.followUp];
    }
  })();
  const text = [VERSION, id.kind, ...parts].join(':');
  // Every part is bounded by the schema; this guards a future kind that forgets to be.
  if (text.length > LIMITS.customId) throw new Error(`custom id longer than ${LIMITS.customId}: ${id.kind}`);
  return text;
}

export function parseCustomId(text: string): CustomId {
  const [version, kind, ...parts] = text.split(':');
  if (version !== VERSION) throw new CustomIdError(/^cc\d+$/.test(version ?? '') ? 'stale' : 'forged');
  const candidate = ((): unknown => {
    switch (kind) {
      case 'answer':
      case 'modal':
        return parts.length === 5 ? { kind, questionId: parts[0], roundId: round(parts[1]), filters: decodeFilters(parts.slice(2)) } : null;
      case 'next':
        return parts.length === 3 ? { kind, filters: decodeFilters(parts) } : null;
      case 'model':
      case 'fu':
        return parts.length === 1 ? { kind, questionId: parts[0] } : parts.length === 2 ? { kind, questionId: parts[0], followUp: int(parts[1]) } : null;
      case 'forget':
        return parts.length === 2 && (parts[0] === 'yes' || parts[0] === 'no') ? { kind, confirm: parts[0] === 'yes', userId: parts[1] } : null;
      case 'mock':
      case 'mockmodal':
        return decodeMock(kind, parts);
      case 'fumodal':
        return parts.length === 2 ? { kind, questionId: parts[0], followUp: int(parts[1]) } : null;
      default:
        return null;
    }
  })();
  const parsed = CustomIdSchema.safeParse(candidate);
  if (!parsed.success) throw new CustomIdError('forged');
  return parsed.data;
}
