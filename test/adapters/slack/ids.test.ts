import { describe, expect, it } from 'vitest';
import { decodeAnswerMetadata, decodeQuestionRef, encodeAnswerMetadata, encodeQuestionRef, PayloadError } from '../../../adapters/slack/ids.ts';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof PayloadError ? err.reason : 'other';
  }
  return 'none';
};

describe('button values and private_metadata', () => {
  it('round-trip', () => {
    expect(decodeQuestionRef(encodeQuestionRef({ questionId: 'Q12', roundId: 7 }))).toEqual({ questionId: 'Q12', roundId: 7 });
    const meta = { questionId: 'Q3', roundId: null, channelId: 'C0123ABC' };
    expect(decodeAnswerMetadata(encodeAnswerMetadata(meta))).toEqual(meta);
    expect(decodeAnswerMetadata(encodeAnswerMetadata({ questionId: 'Q3', roundId: 4, channelId: null }))).toEqual({ questionId: 'Q3', roundId: 4, channelId: null });
  });

  it('tell forged payloads from stale ones', () => {
    expect(reason(() => decodeAnswerMetadata('not json'))).toBe('forged');
    expect(reason(() => decodeAnswerMetadata(undefined))).toBe('forged');
    expect(reason(() => decodeAnswerMetadata('{"v":1,"q":"Q3","r":null,"c":"<!channel>"}'))).toBe('forged');
    expect(reason(() => decodeAnswerMetadata('{"v":1,"q":"DROP TABLE","r":null,"c":null}'))).toBe('forged');
    expect(reason(() => decodeAnswerMetadata('{"v":1,"q":"Q3","r":null,"c":null,"admin":true}'))).toBe('forged');
    expect(reason(() => decodeAnswerMetadata('{"v":0,"q":"Q3","r":null,"c":null}'))).toBe('stale');
    expect(reason(() => decodeQuestionRef('{"v":1,"q":"Q3","r":-1}'))).toBe('forged');
  });
});
