import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalZone, isoInZone, localDate, localParts, zonedInstant } from '../../src/schedule/zoned-time.ts';

const utc = (iso: string) => Date.parse(iso);

describe('zoned time', () => {
  it('finds the instant of a local time, in zones with and without DST', async () => {
    expect(zonedInstant('2025-03-10', '09:00', 'Asia/Shanghai')).toBe(utc('2025-03-10T01:00:00Z'));
    expect(zonedInstant('2025-07-01', '09:00', 'Europe/Berlin')).toBe(utc('2025-07-01T07:00:00Z'));
    expect(zonedInstant('2025-01-15', '09:00', 'Europe/Berlin')).toBe(utc('2025-01-15T08:00:00Z'));
    expect(zonedInstant('2025-01-15', '00:00', 'Asia/Kolkata')).toBe(utc('2025-01-14T18:30:00Z'));
  });

  it('moves a time that does not exist (spring forward) forward by the gap', async () => {
    // New York, 9 March 2025: 02:00 EST jumps to 03:00 EDT.
    expect(isoInZone(zonedInstant('2025-03-09', '02:30', 'America/New_York'), 'America/New_York')).toBe('2025-03-09T03:30:00-04:00');
    // Berlin, 30 March 2025: 02:00 CET jumps to 03:00 CEST.
    expect(isoInZone(zonedInstant('2025-03-30', '02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2025-03-30T03:30:00+02:00');
  });

  it('takes the first of a time that happens twice (fall back)', async () => {
    expect(zonedInstant('2025-11-02', '01:30', 'America/New_York')).toBe(utc('2025-11-02T05:30:00Z'));
    expect(zonedInstant('2025-10-26', '02:30', 'Europe/Berlin')).toBe(utc('2025-10-26T00:30:00Z'));
  });

  it('maps every local minute back to its instant, or the first of a repeated one (property)', async () => {
    const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: utc('2020-01-01T00:00:00Z') / 60_000, max: utc('2030-01-01T00:00:00Z') / 60_000 }), fc.constantFrom(...zones), (minute, zone) => {
        const t = minute * 60_000;
        const p = localParts(t, zone);
        const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
        const found = zonedInstant(localDate(t, zone), time, zone);
        // Either this instant, or the earlier one of a repeated wall time (an hour or Lord Howe's half hour before).
        expect([0, 30 * 60_000, 60 * 60_000]).toContain(t - found);
        expect(localParts(found, zone)).toEqual({ ...p, second: 0 });
      }),
      { numRuns: 2000 },
    );
  });

  it('writes ISO 8601 with the offset in force', async () => {
    expect(isoInZone(utc('2025-11-25T01:00:00Z'), 'Asia/Shanghai')).toBe('2025-11-25T09:00:00+08:00');
    expect(isoInZone(utc('2025-11-25T14:00:00Z'), 'America/New_York')).toBe('2025-11-25T09:00:00-05:00');
    expect(isoInZone(utc('2025-11-25T03:15:00Z'), 'Asia/Kolkata')).toBe('2025-11-25T08:45:00+05:30');
  });

  it('knows IANA zones in any case and refuses other names and bare offsets', async () => {
    expect(canonicalZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalZone('+08:00')).toBeNull();
    expect(canonicalZone('')).toBeNull();
  });
});
