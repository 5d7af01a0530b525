/**
 * The dependency rule, checked from the sources (style.md): the core never imports a platform, and no
 * module imports itself round a cycle (issue 13: src/app.ts ↔ adapters/ was one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.ts';

const SOURCE_DIRS = ['src', 'adapters'];
const PLATFORM_SDKS = /^(discord\.js|@discordjs\/|@slack\/)/;
/** Where platforms are picked and started: the entry points. The CLI renders through the terminal adapter. */
const ENTRY_POINTS = /^src\/(main\.ts|run\/|cli\/)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .map((f) => relative(ROOT, join(f.parentPath, f.name)));
}

/** Every module a file names: static imports and re-exports (type-only ones too) and dynamic import(). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms)) found.push(m[1]!);
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push(m[1]!);
  return found;
}

function graph(): Map<string, { local: string[]; packages: string[] }> {
  const files = SOURCE_DIRS.flatMap(sourceFiles);
  return new Map(
    files.map((file) => {
      const specs = importsOf(readFileSync(join(ROOT, file), 'utf8'));
      const local = specs.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
      return [file, { local, packages: specs.filter((s) => !s.startsWith('.')) }];
    }),
  );
}

function cycles(g: Map<string, { local: string[] }>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of g.get(file)?.local ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of g.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('layout', () => {
  const g = graph();

  it('finds the imports it checks (the scanner itself works)', () => {
    expect(importsOf("import type { App } from '../../src/app.ts';\nexport { x } from './x.ts';\nconst m = await import('./y.ts');")).toEqual(['../../src/app.ts', './x.ts', './y.ts']);
    expect(g.get('src/main.ts')?.local).toContain('src/run/bots.ts');
    expect(cycles(new Map([['a', { local: ['b'] }], ['b', { local: ['a'] }]]))).toEqual([['a', 'b', 'a']]);
  });

  it('has no import cycle in src/ or adapters/', () => {
    expect(cycles(g).map((c) => c.join(' → '))).toEqual([]);
  });

  it('src/ below the entry points imports no adapter and no platform SDK', () => {
    const offenders = [...g]
      .filter(([file]) => file.startsWith('src/') && !ENTRY_POINTS.test(file))
      .flatMap(([file, { local, packages }]) => [...local.filter((l) => l.startsWith('adapters/')), ...packages.filter((p) => PLATFORM_SDKS.test(p))].map((to) => `${file} → ${to}`));
    expect(offenders).toEqual([]);
  });

  it('the composition root composes and nothing more: it imports no adapter and no runner', () => {
    expect(g.get('src/app.ts')!.local.filter((l) => l.startsWith('adapters/') || l.startsWith('src/run/'))).toEqual([]);
  });
});
