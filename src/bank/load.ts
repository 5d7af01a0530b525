/** Loading a bank from content/ (YAML, one file per question) or from a seed-format Markdown file. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, stringify, visit, type Document, type Node } from 'yaml';
import { assembleBank, type Locate } from './assemble.ts';
import { BankValidationError, type BankProblem } from './problems.ts';
import type { Bank, EntryRecord } from './schema.ts';
import { MAX_QUESTION_FILE_BYTES, MAX_SEED_FILE_BYTES, MAX_SHARED_FILE_BYTES, readBankText } from './read-text.ts';
import { parseSeedMarkdown, type RawBank, type RawRecord } from './seed-format.ts';
import { idNumber } from './text.ts';

export const CONTENT_FILES = { meta: 'bank.yaml', references: 'references.yaml', questions: 'questions' } as const;

type YamlFile = { file: string; doc: Document; lines: LineCounter };

/** Aliases a file may expand: content needs none; YAML's "billion laughs" needs thousands. */
const MAX_ALIAS_COUNT = 100;

function readYaml(path: string, display: string, maxBytes: number, problems: BankProblem[]): YamlFile | null {
  const text = readBankText(path, display, maxBytes, problems);
  if (text === null) return null;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({ file: display, line: lines.linePos(e.pos[0]).line, field: '(yaml)', message: e.message.split('\n')[0]! });
    }
    return null;
  }
  if (doc.contents === null) {
    problems.push({ file: display, line: 1, field: '(file)', message: 'is empty' });
    return null;
  }
  return { file: display, doc, lines };
}

/** The document as plain data, or null with a located problem (an alias bomb is stopped by `yaml` here). */
function toData(y: YamlFile, problems: BankProblem[]): RawRecord | null {
  try {
    return y.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as RawRecord;
  } catch (err) {
    let alias: Node | undefined;
    visit(y.doc, {
      Alias(_, node) {
        alias = node;
        return visit.BREAK;
      },
    });
    const line = alias?.range ? y.lines.linePos(alias.range[0]).line : 1;
    const why = /alias/i.test((err as Error).message) ? `its aliases expand too far (more than ${MAX_ALIAS_COUNT}); write the values out` : (err as Error).message;
    problems.push({ file: y.file, line, field: '(yaml)', message: why });
    return null;
  }
}

/** The line of the deepest node that exists along `path` (a missing field points at its parent). */
function lineIn(y: YamlFile, path: readonly PropertyKey[]): number {
  let node: unknown = y.doc.contents;
  let line = 1;
  const lineOfNode = (n: unknown) => {
    const range = (n as { range?: [number, number, number] } | null)?.range;
    if (range) line = y.lines.linePos(range[0]).line;
  };
  lineOfNode(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      lineOfNode(pair.key);
      node = pair.value;
      if (isMap(node) || isSeq(node)) lineOfNode(node);
      else lineOfNode(pair.value);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item === undefined) break;
      node = item;
      lineOfNode(item);
    } else break;
  }
  return line;
}

function questionFiles(dir: string): string[] {
  const questionDir = join(dir, CONTENT_FILES.questions);
  return existsSync(questionDir) ? readdirSync(questionDir).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
}

/**
 * The common case, a valid bank, is parsed with js-yaml (≈8× faster than the `yaml` package here); only
 * when something is wrong does `loadContentPrecisely` re-read it with `yaml`'s node positions, to name lines.
 */
function loadContentDir(dir: string): Bank {
  let raw: RawBank;
  // The bank's version is a hash of its files as read: attempts record which text they were scored against.
  const hash = createHash('sha256');
  const refused: BankProblem[] = [];
  try {
    const read = (path: string, maxBytes: number) => {
      const text = readBankText(path, path, maxBytes, refused);
      if (text === null) throw new Error('refused');
      hash.update(relative(dir, path)).update('\u0000').update(text).update('\u0000');
      return loadYaml(text, { schema: CORE_SCHEMA }) as RawRecord;
    };
    raw = {
      meta: read(join(dir, CONTENT_FILES.meta), MAX_SHARED_FILE_BYTES),
      references: read(join(dir, CONTENT_FILES.references), MAX_SHARED_FILE_BYTES),
      entries: questionFiles(dir).map((n) => read(join(dir, CONTENT_FILES.questions, n), MAX_QUESTION_FILE_BYTES)),
    };
  } catch {
    // Anything wrong, the precise path reads it again and names every problem with its line.
    return loadContentPrecisely(dir);
  }
  if (raw.entries.length === 0 || raw.entries.some((e) => typeof e !== 'object' || e === null)) return loadContentPrecisely(dir);
  try {
    return assembleBank(raw, () => ({ file: dir, line: 1 }), hash.digest('hex').slice(0, 12));
  } catch (err) {
    if (err instanceof BankValidationError) return loadContentPrecisely(dir);
    throw err;
  }
}

function loadContentPrecisely(dir: string): Bank {
  const problems: BankProblem[] = [];
  const show = (p: string) => relative(process.cwd(), p) || p;
  const meta = readYaml(join(dir, CONTENT_FILES.meta), show(join(dir, CONTENT_FILES.meta)), MAX_SHARED_FILE_BYTES, problems);
  const references = readYaml(join(dir, CONTENT_FILES.references), show(join(dir, CONTENT_FILES.references)), MAX_SHARED_FILE_BYTES, problems);
  const questionDir = join(dir, CONTENT_FILES.questions);
  const names = questionFiles(dir);
  if (names.length === 0) problems.push({ file: show(questionDir), line: 1, field: '(folder)', message: 'holds no question files' });
  const questions = names.map((n) => readYaml(join(questionDir, n), show(join(questionDir, n)), MAX_QUESTION_FILE_BYTES, problems));
  if (problems.length > 0) throw new BankValidationError(problems);

  const entryFiles = questions as YamlFile[];
  const data = [meta!, references!, ...entryFiles].map((y) => toData(y, problems));
  if (problems.length > 0) throw new BankValidationError(problems);
  const [metaData, referenceData, ...entryData] = data as RawRecord[];
  const raw: RawBank = { meta: metaData!, references: referenceData!, entries: entryData };
  const locate: Locate = (path) => {
    const [top, ...rest] = path;
    if (top === 'entries') {
      const [index, ...field] = rest;
      const y = entryFiles[index as number]!;
      return { file: y.file, line: lineIn(y, field) };
    }
    const y = top === 'meta' ? meta! : references!;
    return { file: y.file, line: lineIn(y, rest) };
  };
  return assembleBank(raw, locate);
}

export function loadSeedFile(path: string, display = relative(process.cwd(), path) || path): { bank: Bank; notes: string[] } {
  const problems: BankProblem[] = [];
  const text = readBankText(path, display, MAX_SEED_FILE_BYTES, problems);
  if (text === null) throw new BankValidationError(problems);
  const parsed = parseSeedMarkdown(text);
  if (parsed.bank.entries.length === 0) {
    throw new BankValidationError([{ file: display, line: 1, field: '(file)', message: 'holds no question entries (a seed file has "### **Q1: …**" headings; a content folder has questions/*.yaml)' }]);
  }
  const locate: Locate = (p) => ({ file: display, line: parsed.lineOf(p) });
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { bank: assembleBank(parsed.bank, locate, version), notes: parsed.notes };
}

/** Loads content/ (a folder) or a seed-format Markdown file; throws BankValidationError with every problem. */
export function loadBank(path: string): Bank {
  if (!existsSync(path)) {
    throw new BankValidationError([{ file: path, line: 1, field: '(path)', message: 'does not exist' }]);
  }
  return statSync(path).isDirectory() ? loadContentDir(path) : loadSeedFile(path).bank;
}

export function entryFileName(id: string): string {
  return `Q${String(idNumber(id)).padStart(2, '0')}.yaml`;
}

const YAML_OPTIONS = { lineWidth: 100, minContentWidth: 40, aliasDuplicateObjects: false, blockQuote: 'literal' } as const;

/** Writes a bank as content/: bank.yaml, references.yaml and questions/Qnn.yaml. Refs are derived, so not written. */
export function writeContent(bank: Pick<Bank, 'meta' | 'references'> & { entries: EntryRecord[] }, dir: string): string[] {
  const questionDir = join(dir, CONTENT_FILES.questions);
  mkdirSync(questionDir, { recursive: true });
  const written: string[] = [];
  const keep = new Set(bank.entries.map((e) => entryFileName(e.id)));
  for (const stale of readdirSync(questionDir).filter((n) => /\.ya?ml$/.test(n) && !keep.has(n))) {
    rmSync(join(questionDir, stale));
  }
  const write = (path: string, value: unknown, comment: string) => {
    writeFileSync(path, `# ${comment}\n${stringify(value, YAML_OPTIONS)}`);
    written.push(path);
  };
  write(join(dir, CONTENT_FILES.meta), bank.meta, 'What the bank says about itself; `validate` checks these claims against the data.');
  write(join(dir, CONTENT_FILES.references), bank.references, 'Glossary, tools, literature, citations and stakeholder roles.');
  for (const entry of bank.entries) {
    const { refs: _refs, ...record } = entry as EntryRecord & { refs?: unknown };
    write(join(questionDir, entryFileName(entry.id)), record, `${entry.id} — edit, then run: npm run cli -- validate content`);
  }
  return written;
}
