import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bullets, escape, fit, unescape } from '../../../adapters/slack/mrkdwn.ts';

describe('mrkdwn', () => {
  it('escapes the three control characters so nothing pings or links', () => {
    expect(escape('<!channel> <https://evil|click> & co')).toBe('&lt;!channel&gt; &lt;https://evil|click&gt; &amp; co');
    expect(escape('&lt;')).toBe('&amp;lt;');
  });

  it('unescape undoes escape for any text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(unescape(escape(s))).toBe(s);
    }));
  });

  it('escaped text never holds a raw < or >', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(/[<>]/.test(escape(s))).toBe(false);
    }));
  });

  it('fit stays within the limit and never leaves half an entity or half a surrogate pair', () => {
    expect(fit('abc', 3)).toBe('abc');
    expect(fit('abcd', 3)).toBe('ab…');
    expect(fit('ab&amp;cd', 5)).toBe('ab…');
    expect(fit('a😀b', 3)).toBe('a…');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (s, max) => {
        const out = fit(escape(s), max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(/&[a-z]{0,3}…$/.test(out)).toBe(false);
      }),
    );
  });

  it('bullets say how many did not fit', () => {
    const out = bullets(Array.from({ length: 100 }, (_, i) => `item ${i} ${'x'.repeat(40)}`), 500);
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out).toMatch(/… and \d+ more/);
    expect(bullets([], 100)).toBe('_none_');
  });
});
