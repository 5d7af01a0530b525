/**
 * Checks of the content itself beyond the schema and the seed's claims: every constraint value is
 * addressed by the model answer, and Rust code blocks parse. The Rust grammar loads asynchronously, so
 * callers `await prepareContentChecks(path)` once and pass the returned list to the (sync) validator.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { unaddressedValues } from './constraint-coverage.ts';
import { CONTENT_FILES } from './load.ts';
import { rustParserReady, rustSyntaxErrors, loadRustParser } from './rust-syntax.ts';
import { parseSeedMarkdown } from './seed-format.ts';
import type { Entry } from './schema.ts';
import type { EntryCheck, Warning } from './validate.ts';

/** Where an entry's code block starts: the file line of the code's first line. */
export type CodeLocations = Map<string, { file: string; line: number }>;

const RUST = /^(rust|rs)$/i;

export const constraintCoverage: EntryCheck = (e) => {
  if (!e.answer) return [];
  return unaddressedValues(e.constraints, e.answer).map(({ category, value }) => ({
    id: e.id,
    field: 'answer',
    message: `never addresses the ${category} constraint value "${value}"`,
  }));
};

/** `locations` is asked only when a block has an error: finding them re-reads every file with line positions. */
export function rustSyntax(locations: () => CodeLocations): EntryCheck {
  let known: CodeLocations | null = null;
  return (e: Entry): Warning[] => {
    if (!e.code || !RUST.test(e.code.language)) return [];
    if (!rustParserReady()) {
      return [{ id: e.id, field: 'code', message: 'Rust code not checked: the parser was not loaded (await prepareContentChecks())' }];
    }
    const errors = rustSyntaxErrors(e.code.source);
    if (errors.length === 0) return [];
    known ??= locations();
    const at = known.get(e.id);
    return errors.map((err) => ({
      id: e.id,
      field: 'code',
      message:
        `Rust syntax error at line ${err.line} of the code block` +
        (at ? ` (${at.file}:${at.line + err.line - 1})` : '') +
        `: ${err.message}`,
    }));
  };
}


function contentCodeLocations(dir: string, show: (p: string) => string): CodeLocations {
  const out: CodeLocations = new Map();
  const questionDir = join(dir, CONTENT_FILES.questions);
  if (!existsSync(questionDir)) return out;
  for (const name of readdirSync(questionDir).filter((n) => /\.ya?ml$/.test(n))) {
    const path = join(questionDir, name);
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const id = doc.get('id');
    const code = doc.get('code', true);
    const source = isMap(code) ? code.get('source', true) : null;
    if (typeof id !== 'string' || !isScalar(source) || !source.range) continue;
    // A block scalar (`source: |-`) starts on the line after its indicator.
    const block = source.type === 'BLOCK_LITERAL' || source.type === 'BLOCK_FOLDED';
    out.set(id, { file: show(path), line: lines.linePos(source.range[0]).line + (block ? 1 : 0) });
  }
  return out;
}

function seedCodeLocations(path: string, show: (p: string) => string): CodeLocations {
  const out: CodeLocations = new Map();
  const parsed = parseSeedMarkdown(readFileSync(path, 'utf8'));
  parsed.bank.entries.forEach((e, i) => {
    // `**Code** (Rust):` then the opening fence, then the code.
    if (e.code && typeof e.id === 'string') out.set(e.id, { file: show(path), line: parsed.lineOf(['entries', i, 'code']) + 2 });
  });
  return out;
}

/** Loads the Rust grammar and, for a bank at `path`, where each code block starts; returns the checks to run. */
export async function prepareContentChecks(path?: string): Promise<EntryCheck[]> {
  await loadRustParser();
  const locations = (): CodeLocations => {
    if (!path || !existsSync(path)) return new Map();
    const show = (p: string) => relative(process.cwd(), p) || p;
    try {
      return statSync(path).isDirectory() ? contentCodeLocations(path, show) : seedCodeLocations(path, show);
    } catch {
      // Unreadable files are the loader's to report; without locations the warnings name block lines only.
      return new Map();
    }
  };
  return [constraintCoverage, rustSyntax(locations)];
}
