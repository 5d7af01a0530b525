import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../src/log.ts';

function capture(level: LogLevel, write: (log: ReturnType<typeof createLogger>) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { lines.push(chunk.toString()); done(); } });
  write(createLogger(level, sink));
  return lines.map((l) => JSON.parse(l));
}

describe('log', () => {
  it('writes JSON and redacts secrets wherever they sit', () => {
    const [line] = capture('info', (log) => log.info({ config: { DISCORD_TOKEN: 'secret-1' }, token: 'secret-2', question: 'Q1' }, 'started'));
    expect(line).toMatchObject({ msg: 'started', question: 'Q1', token: '[redacted]', config: { DISCORD_TOKEN: '[redacted]' } });
    expect(JSON.stringify(line)).not.toContain('secret');
  });

  it('keeps answer texts out above debug, and shows them at debug', () => {
    const [info] = capture('info', (log) => log.info({ attempt: { answer: 'my private answer' } }, 'attempt'));
    expect(JSON.stringify(info)).not.toContain('my private answer');
    const [debug] = capture('debug', (log) => log.debug({ attempt: { answer: 'my private answer' } }, 'attempt'));
    expect(debug).toMatchObject({ attempt: { answer: 'my private answer' } });
  });
});
