/** Custom ids: every id the bot makes reads back as itself; anything else is refused as stale or forged. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CustomIdError, encodeCustomId, parseCustomId, type CustomId } from '../../../adapters/discord/custom-id.ts';
import { DIFFICULTIES, PHASES, STAKEHOLDER_ROLES } from '../../../src/bank/schema.ts';

const filters = fc.record(
  { difficulty: fc.constantFrom(...DIFFICULTIES), phase: fc.constantFrom(...PHASES), stakeholder: fc.constantFrom(...STAKEHOLDER_ROLES) },
  { requiredKeys: [] },
);
const questionId = fc.integer({ min: 1, max: 9999 }).map((n) => `Q${n}`);
const roundId = fc.option(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { nil: null });
const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }).map(String);

const anyId: fc.Arbitrary<CustomId> = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), questionId, roundId, filters }),
  fc.record({ kind: fc.constant('modal' as const), questionId, roundId, filters }),
  fc.record({ kind: fc.constant('next' as const), filters }),
  fc.record({ kind: fc.constant('model' as const), questionId }),
  fc.record({ kind: fc.constant('model' as const), questionId, followUp: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ kind: fc.constant('forget' as const), confirm: fc.boolean(), userId: snowflake }),
  ...(['mock', 'mockmodal'] as const).map((kind) =>
    fc.record({ kind: fc.constant(kind), mockId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), index: fc.integer({ min: 1, max: 99 }), stage: fc.constantFrom('question' as const, 'followUp' as const), questionId, followUp: fc.integer({ min: 0, max: 99 }) }),
  ),
  fc.record({ kind: fc.constant('fu' as const), questionId }),
  fc.record({ kind: fc.constant('fu' as const), questionId, followUp: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ kind: fc.constant('fumodal' as const), questionId, followUp: fc.integer({ min: 1, max: 99 }) }),
);

const reason = (text: string) => {
  try {
    parseCustomId(text);
    return 'accepted';
  } catch (err) {
    expect(err).toBeInstanceOf(CustomIdError);
    return (err as CustomIdError).reason;
  }
};

describe('custom ids', () => {
  it('given a mock step or follow-up id with a part out of shape then it is refused as forged (issue 14)', () => {
    expect(parseCustomId('cc1:mock:12:2:f:Q7:1')).toEqual({ kind: 'mock', mockId: 12, index: 2, stage: 'followUp', questionId: 'Q7', followUp: 1 });
    expect(parseCustomId('cc1:fu:Q7:2')).toEqual({ kind: 'fu', questionId: 'Q7', followUp: 2 });
    expect(parseCustomId('cc1:fu:Q7')).toEqual({ kind: 'fu', questionId: 'Q7' });
    for (const text of ['cc1:mock:0:1:q:Q7:0', 'cc1:mock:1:1:x:Q7:0', 'cc1:mock:1:1:q:Q7', 'cc1:mock:-1:1:q:Q7:0', 'cc1:mockmodal:1:100:q:Q7:0', 'cc1:fumodal:Q7:0', 'cc1:fu:Q7:0', 'cc1:fu:Q7:1:2', 'cc1:model:Q7:x', 'cc1:fumodal:Q7:1e3']) {
      expect(reason(text), text).toBe('forged');
    }
  });

  it('round-trip within 100 characters', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        const text = encodeCustomId(id);
        expect(text.length).toBeLessThanOrEqual(100);
        expect(parseCustomId(text)).toEqual(id);
      }),
    );
  });

  it('refuse ids of an older version as stale', () => {
    expect(reason('cc0:answer:Q7:-:-:-:-')).toBe('stale');
    expect(reason('cc2:answer:Q7')).toBe('stale');
  });

  it.each([
    '',
    'hello',
    'cc1',
    'cc1:answer',
    'cc1:answer:Q7',
    'cc1:answer:Q0:-:-:-:-',
    'cc1:answer:q7:-:-:-:-',
    'cc1:answer:Q7:r0:-:-:-',
    'cc1:answer:Q7:r99999999999999999:-:-:-',
    'cc1:answer:Q7:42:-:-:-',
    'cc1:answer:Q7:-:Z:-:-',
    'cc1:answer:Q7:-:-:Requirement:-',
    'cc1:answer:Q7:-:-:-:-:extra',
    'cc1:next:A:-',
    'cc1:model:Q7:more',
    'cc1:forget:maybe:600000000000000001',
    'cc1:forget:yes:@everyone',
    'cc1:delete:Q7',
  ])('refuses %j as forged', (text) => {
    expect(reason(text)).toBe('forged');
  });

  it('never throws anything but a CustomIdError, whatever arrives', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), (junk, parts) => {
        reason(junk);
        reason(['cc1', ...parts].join(':'));
      }),
    );
  });
});
