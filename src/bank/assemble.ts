/** Turns unvalidated records into a Bank, or fails with every problem located; never half of one. */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
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

type SchemaNode = { def?: { type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; innerType?: SchemaNode; in?: SchemaNode } };

/** The field names of the object a zod schema expects at `path`, or [] where it expects no object. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: SchemaNode | undefined = schema as unknown as SchemaNode;
  const unwrap = () => {
    while (node?.def && (node.def.innerType || node.def.in)) node = node.def.innerType ?? node.def.in;
  };
  unwrap();
  for (const key of path) {
    node = node?.def?.type === 'object' ? node.def.shape?.[String(key)] : node?.def?.type === 'array' ? node.def.element : undefined;
    unwrap();
  }
  return node?.def?.type === 'object' ? Object.keys(node.def.shape ?? {}) : [];
}

function unknownFieldMessage(schema: z.ZodType, at: readonly PropertyKey[], key: string): string {
  const known = fieldsAt(schema, at);
  const close = known.length > 0 ? new Fuse(known, { threshold: 0.4 }).search(key)[0]?.item : undefined;
  if (close) return `unknown field; did you mean "${close}"?`;
  return known.length > 0 ? `unknown field (the fields here are ${known.join(', ')})` : 'unknown field';
}

/** A problem with a whole record (not one of its fields) is named after the record, never its index. */
const recordName = (prefix: readonly PropertyKey[]) => (prefix[0] === 'entries' ? '(entry)' : String(prefix[0] ?? '(root)'));

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
    if (issue.code === 'unrecognized_keys') {
      // One problem per key, at the key's own line, named: a typo is found where it was made.
      for (const key of issue.keys) {
        problems.push({ ...locate([...prefix, ...issue.path, key]), field: fieldName([...issue.path, key]), message: unknownFieldMessage(schema, issue.path, key) });
      }
      continue;
    }
    const path = [...prefix, ...issue.path];
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const message = missing ? 'is missing' : issue.message;
    problems.push({ ...locate(path), field: issue.path.length ? fieldName(issue.path) : recordName(prefix), message });
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
    const id = (value as { id?: unknown } | null | undefined)?.id;
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
