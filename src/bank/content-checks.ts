/** Checks of the content itself beyond the schema and the seed's claims (filled in as the bank is completed). */
import type { EntryCheck } from './validate.ts';

export const contentChecks: EntryCheck[] = [];
