/**
 * The real program on a real pseudo-terminal: node-pty gives it a pty of its own, and a headless xterm.js
 * plays the terminal emulator — it keeps the screen and its scrollback, answers the program's queries,
 * and tracks the modes the program asks for, so a paste is wrapped in ESC[200~ … ESC[201~ only when the
 * program turned bracketed paste on, as a real terminal does. Both come from npm, so `npm ci` is all a
 * machine needs to run these tests.
 */
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { TS_NODE } from './child.ts';
import { ROOT } from './paths.ts';

export type Tty = {
  /** Everything on the screen and in its scrollback, wrapped lines joined as the program wrote them. */
  screen(): string;
  /** Resolves with the screen text up to `pattern`, looking only past what earlier waits consumed. */
  waitFor(pattern: string | RegExp, ms?: number): Promise<string>;
  type(text: string): void;
  key(...names: KeyName[]): void;
  paste(text: string): void;
  /** The program's exit code, once it has exited. */
  exited(ms?: number): Promise<number>;
  close(): void;
};

const KEYS = { Enter: '\r', 'C-c': '\x03', 'C-d': '\x04', Escape: '\x1b', BSpace: '\x7f', Up: '\x1b[A', Down: '\x1b[B' } as const;
export type KeyName = keyof typeof KEYS;

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

export function startTty(args: string[], env: Record<string, string>, size = { width: 120, height: 50 }): Tty {
  const terminal = new xterm.Terminal({ cols: size.width, rows: size.height, scrollback: 100_000, allowProposedApi: true });
  const [bin, ...pre] = TS_NODE;
  const program = pty.spawn(bin, [...pre, ...args], {
    name: 'xterm-256color',
    cols: size.width,
    rows: size.height,
    cwd: ROOT,
    env: { ...process.env, TERM: 'xterm-256color', ...env },
  });
  let exitCode: number | undefined;
  program.onData((data) => terminal.write(data));
  program.onExit(({ exitCode: code }) => {
    exitCode = code;
  });
  // The terminal's own replies (cursor position, device attributes) go back to the program.
  terminal.onData((data) => {
    if (exitCode === undefined) program.write(data);
  });

  let consumed = 0;
  let closed = false;
  const screen = () => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (!line) continue;
      const text = line.translateToString(true);
      if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    return lines.join('\n').replace(/\s+$/, '');
  };
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
    type: (text) => program.write(text),
    key: (...names) => program.write(names.map((name) => KEYS[name]).join('')),
    paste(text) {
      // A terminal sends a paste's line breaks as carriage returns, as if Enter were pressed.
      const body = text.replace(/\r?\n/g, '\r');
      program.write(terminal.modes.bracketedPasteMode ? PASTE_START + body + PASTE_END : body);
    },
    exited: (ms = 20_000) => poll(() => exitCode, ms, () => 'the program to exit'),
    close() {
      if (closed) return;
      closed = true;
      if (exitCode === undefined) program.kill();
      terminal.dispose();
    },
  };
}
