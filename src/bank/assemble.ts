/** Turns unvalidated records into a Bank, or fails with every problem located; never half of one. */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { BankValidationError, type BankProblem } from './problems.ts';
import { entryTexts, findRefs } from './refs.ts';
import { BankMetaSchema, EntrySchema, ReferencesSchema, type Bank, type EntryRecord } from './schema.ts';
import type { RawBank } from './seed-format.ts';

/** Where a field of the raw bank came from. Paths are `['meta', …]`, `['references', …]`, `['entries', i, …]`. */
export type Locate = (path: readonly PropertyKey[]) => { file: string; line: number };

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

function collect<T>(
  schema: z.ZodType<T>,
  value: unknown,
  prefix: readonly PropertyKey[],
  locate: Locate,
  problems: BankProblem[],
): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const message = missing ? 'is missing' : issue.message;
    problems.push({ ...locate(path), field: fieldName(issue.path.length ? issue.path : prefix.slice(-1)), message });
  }
  return null;
}

/** A version from the parsed bank, for sources whose text was not hashed as it was read. */
export function bankVersion(bank: Omit<Bank, 'version'>): string {
  // Fed piece by piece: one JSON string of a 10,000-entry bank is tens of megabytes of garbage.
  const hash = createHash('sha256').update(JSON.stringify(bank.meta)).update(JSON.stringify(bank.references));
  for (const entry of bank.entries) hash.update(JSON.stringify(entry));
  return hash.digest('hex').slice(0, 12);
}

/** `version`: a hash of the source text when the loader has one (cheaper than hashing the parsed bank). */
export function assembleBank(raw: RawBank, locate: Locate, version?: string): Bank {
  const problems: BankProblem[] = [];
  const meta = collect(BankMetaSchema, raw.meta, ['meta'], locate, problems);
  const references = collect(ReferencesSchema, raw.references, ['references'], locate, problems);
  const records: { record: EntryRecord; index: number }[] = [];
  raw.entries.forEach((value, index) => {
    const record = collect(EntrySchema, value, ['entries', index], locate, problems);
    if (record) records.push({ record, index });
  });

  if (references) {
    for (const kind of ['glossary', 'tools', 'literature', 'citations'] as const) {
      const seen = new Set<string>();
      references[kind].forEach((r, i) => {
        if (seen.has(r.id)) problems.push({ ...locate(['references', kind, i, 'id']), field: `${kind}.id`, message: `duplicate id ${r.id}` });
        seen.add(r.id);
      });
    }
  }
  const seenIds = new Map<string, number>();
  raw.entries.forEach((value, i) => {
    const id = (value as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    if (seenIds.has(id)) {
      const first = locate(['entries', seenIds.get(id)!, 'id']);
      problems.push({ ...locate(['entries', i, 'id']), field: 'id', message: `duplicate id ${id} (first at ${first.file}:${first.line})` });
    } else seenIds.set(id, i);
  });

  const known = references && {
    citations: new Set(references.citations.map((c) => c.id)),
    tools: new Set(references.tools.map((t) => t.id)),
    glossary: new Set(references.glossary.map((g) => g.id)),
  };
  const entries = references && known
    ? records.map(({ record, index }) => {
        const refs = findRefs(record, references);
        for (const kind of ['citations', 'tools', 'glossary'] as const) {
          for (const id of refs[kind]) {
            if (known[kind].has(id)) continue;
            const where = entryTexts(record).find((t) => new RegExp(`\\b${id}\\b`).test(t.text))?.field ?? 'answer';
            const path = where.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
            problems.push({ ...locate(['entries', index, ...path]), field: kind, message: `${id} is not defined in the references` });
          }
        }
        return { ...record, refs };
      })
    : [];

  if (problems.length > 0 || !meta || !references) throw new BankValidationError(problems);
  const body = { meta, references, entries };
  return { ...body, version: version ?? bankVersion(body) };
}
