import { beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { loadRustParser, rustSyntaxErrors } from '../../src/bank/rust-syntax.ts';
import { CONTENT } from '../helpers/paths.ts';

beforeAll(async () => {
  await loadRustParser();
});

describe('Rust syntax check (tree-sitter-rust)', () => {
  it('finds a missing semicolon and a stray token, each with its line', () => {
    const errors = rustSyntaxErrors('fn main() {\n    let x = 1\n    let y = ;\n}\n');
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[0]!.message).toBe('missing `;`');
  });

  it('passes valid Rust, including every code block of content/', () => {
    expect(rustSyntaxErrors('pub trait Port { fn call(&self) -> u8; }')).toEqual([]);
    for (const e of loadBank(CONTENT).entries) expect(rustSyntaxErrors(e.code!.source), e.id).toEqual([]);
  });
});
