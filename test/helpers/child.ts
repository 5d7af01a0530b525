/** Running the real program as a child process and talking to it through its stdin and stdout. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ROOT } from './paths.ts';

/**
 * `node --import tsx`, not the tsx binary: that one runs the program in a grandchild process, which a
 * kill -9 of the child would leave running.
 */
export const TS_NODE = [process.execPath, '--import', 'tsx'] as const;

/** No platform tokens and no colour, whatever the developer's shell or .env says. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...inherited } = process.env;
  return { ...inherited, DISCORD_TOKEN: '', DISCORD_APP_ID: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', LOG_LEVEL: '', DEFAULT_TIME_ZONE: 'UTC', ...extra };
}

export type Child = {
  process: ChildProcessWithoutNullStreams;
  /** Everything printed so far. */
  output(): string;
  errors(): string;
  /** Resolves when stdout (from `from` on) contains `text`; rejects after `ms`. */
  waitFor(text: string | RegExp, ms?: number): Promise<string>;
  type(text: string): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export function startChild(args: string[], env: NodeJS.ProcessEnv, command: readonly string[] = TS_NODE): Child {
  const [bin, ...pre] = command;
  const child = spawn(bin!, [...pre, ...args], { cwd: ROOT, env });
  let out = '';
  let err = '';
  let seen = 0;
  const listeners = new Set<() => void>();
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    listeners.forEach((l) => l());
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    output: () => out,
    errors: () => err,
    waitFor(text, ms = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const rest = out.slice(seen);
          const m = typeof text === 'string' ? (rest.includes(text) ? text : null) : rest.match(text)?.[0];
          if (m) {
            const end = rest.indexOf(m) + m.length;
            const chunk = rest.slice(0, end);
            seen += end;
            listeners.delete(check);
            clearTimeout(timer);
            resolve(chunk);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${String(text)}; output so far:\n${out}\nstderr:\n${err}`));
        }, ms);
        listeners.add(check);
        check();
      });
    },
    type: (text) => void child.stdin.write(text),
    exited,
  };
}
