/** Reading lines without trusting their length: the terminal session's pipes and `score --batch`. */
import type { Readable } from 'node:stream';

/**
 * Lines of a stream, each at most `maxBytes` (a longer one is skipped and given as null), so one huge line
 * cannot fill memory the way readline, which buffers a whole line, would let it.
 */
export async function* boundedLines(stream: Readable, maxBytes: number): AsyncGenerator<string | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let pending = false;
  const line = () => (skipping ? null : Buffer.concat(parts).toString('utf8').replace(/\r$/, ''));
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    let start = 0;
    for (;;) {
      const newline = buffer.indexOf(0x0a, start);
      const piece = buffer.subarray(start, newline === -1 ? buffer.length : newline);
      pending ||= piece.length > 0;
      if (!skipping) {
        size += piece.length;
        if (size > maxBytes) (skipping = true), (parts = []);
        else parts.push(piece);
      }
      if (newline === -1) break;
      yield line();
      parts = [];
      size = 0;
      skipping = false;
      pending = false;
      start = newline + 1;
    }
  }
  if (pending) yield line();
}
