/**
 * Rust code blocks parsed with tree-sitter-rust (WebAssembly). Loading the grammar is async; parsing is
 * sync, so the validator stays sync once `loadRustParser()` has resolved.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';

export type RustSyntaxError = { line: number; column: number; message: string };

let parser: Parser | null = null;
let loading: Promise<Parser> | null = null;

const require = createRequire(import.meta.url);
// web-tree-sitter exports its wasm file; tree-sitter-rust has no `exports` map, so its package.json resolves.
const RUNTIME_WASM = () => require.resolve('web-tree-sitter/web-tree-sitter.wasm');
const RUST_WASM = () => join(dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm');

/** Loads web-tree-sitter and the Rust grammar once; later calls return the same parser. */
export function loadRustParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init({ locateFile: RUNTIME_WASM });
    const rust = await Language.load(RUST_WASM());
    const p = new Parser();
    p.setLanguage(rust);
    parser = p;
    return p;
  })();
  return loading;
}

export function rustParserReady(): boolean {
  return parser !== null;
}

function describe(node: Node, source: string): string {
  if (node.isMissing) return `missing \`${node.type}\``;
  const text = source.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + 40)).split('\n')[0]!.trim();
  return text ? `unexpected \`${text}\`` : 'syntax error';
}

/**
 * The syntax errors of a Rust snippet (ERROR and MISSING nodes), outermost first, with 1-based lines
 * within the snippet. Throws if the parser has not been loaded.
 */
export function rustSyntaxErrors(source: string): RustSyntaxError[] {
  if (!parser) throw new Error('the Rust parser is not loaded: await loadRustParser() first');
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const out: RustSyntaxError[] = [];
  try {
    if (!tree.rootNode.hasError) return out;
    const visit = (node: Node) => {
      if (node.isError || node.isMissing) {
        out.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, message: describe(node, source) });
        return; // the nodes inside an ERROR are the same mistake
      }
      if (!node.hasError) return;
      for (const child of node.children) if (child) visit(child);
    };
    visit(tree.rootNode);
  } finally {
    tree.delete();
  }
  return out;
}
