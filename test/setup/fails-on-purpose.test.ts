/**
 * Fails only when `exit-code.test.ts` runs it, to prove a failed run exits non-zero; it also leaves a
 * temporary folder behind, named in COACH_TEMP_WITNESS, to prove the run's teardown removes it.
 */
import { writeFileSync } from 'node:fs';
import { it, expect } from 'vitest';
import { tempDir } from '../helpers/paths.ts';

it.runIf(process.env.COACH_FAIL_ON_PURPOSE === '1')('fails on purpose', () => {
  const witness = process.env.COACH_TEMP_WITNESS;
  if (witness) writeFileSync(witness, tempDir());
  expect('this run').toBe('a failed run');
});
