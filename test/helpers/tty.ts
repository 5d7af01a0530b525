/**
 * The real program on a real pseudo-terminal: tmux runs it in a detached session of its own (own socket,
 * own config), keys and pastes go in with send-keys / paste-buffer -p (bracketed when the program asked
 * for it, as a terminal emulator does), and the screen comes back with capture-pane.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TS_NODE } from './child.ts';
import { ROOT, tempDir } from './paths.ts';

let sessions = 0;

export function tmuxAvailable(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export type Tty = {
  /** Everything on the screen and in its scrollback, lines joined as the program wrote them. */
  screen(): string;
  /** Resolves with the screen text up to `pattern`, looking only past what earlier waits consumed. */
  waitFor(pattern: string | RegExp, ms?: number): Promise<string>;
  type(text: string): void;
  /** tmux key names: Enter, C-d, C-c. */
  key(...names: string[]): void;
  paste(text: string): void;
  /** The program's exit code, once it has exited. */
  exited(ms?: number): Promise<number>;
  close(): void;
};

export function startTty(args: string[], env: Record<string, string>, size = { width: 120, height: 50 }): Tty {
  const dir = tempDir('coach-tty-');
  const socket = `coach-test-${process.pid}-${++sessions}`;
  const exitFile = join(dir, 'exit-code');
  writeFileSync(join(dir, 'tmux.conf'), 'set -g remain-on-exit on\nset -g history-limit 100000\nset -g status off\n');
  const script = [
    `cd ${quote(ROOT)}`,
    ...Object.entries(env).map(([k, v]) => `export ${k}=${quote(v)}`),
    `${[...TS_NODE, ...args].map(quote).join(' ')}`,
    `echo $? > ${quote(exitFile)}`,
  ].join('\n');
  writeFileSync(join(dir, 'run.sh'), script);
  const tmux = (...a: string[]) => execFileSync('tmux', ['-L', socket, '-f', join(dir, 'tmux.conf'), ...a], { encoding: 'utf8' });
  tmux('new-session', '-d', '-s', 'coach', '-x', String(size.width), '-y', String(size.height), `sh ${quote(join(dir, 'run.sh'))}`);
  let consumed = 0;
  let closed = false;
  const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', 'coach').replace(/\s+$/, '');
  const poll = <T>(check: () => T | undefined, ms: number, what: () => string): Promise<T> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const tick = () => {
        const found = check();
        if (found !== undefined) return resolve(found);
        if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${what()}; screen:\n${screen()}`));
        setTimeout(tick, 50);
      };
      tick();
    });
  return {
    screen,
    waitFor(pattern, ms = 20_000) {
      return poll(
        () => {
          const rest = screen().slice(consumed);
          const m = typeof pattern === 'string' ? (rest.includes(pattern) ? { index: rest.indexOf(pattern), 0: pattern } : null) : rest.match(pattern);
          if (!m) return undefined;
          const end = m.index! + m[0].length;
          consumed += end;
          return rest.slice(0, end);
        },
        ms,
        () => String(pattern),
      );
    },
    type: (text) => void tmux('send-keys', '-t', 'coach', '-l', text),
    key: (...names) => void tmux('send-keys', '-t', 'coach', ...names),
    paste(text) {
      tmux('set-buffer', '-b', 'answer', '--', text);
      tmux('paste-buffer', '-p', '-d', '-b', 'answer', '-t', 'coach');
    },
    exited: (ms = 20_000) => poll(() => (existsSync(exitFile) && readFileSync(exitFile, 'utf8').trim() !== '' ? Number(readFileSync(exitFile, 'utf8')) : undefined), ms, () => 'the program to exit'),
    close() {
      if (closed) return;
      closed = true;
      spawnSync('tmux', ['-L', socket, 'kill-server']);
    },
  };
}
