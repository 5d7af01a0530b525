/** Fails only when `exit-code.test.ts` runs it, to prove a failed run exits non-zero. */
import { expect, it } from 'vitest';

it.runIf(process.env.COACH_FAIL_ON_PURPOSE === '1')('fails on purpose', () => {
  expect('this run').toBe('a failed run');
});
