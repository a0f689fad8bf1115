import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instant, isEarlier, isoCheck } from '../../src/itinerary/iso-date';
import { isoDate } from '../arbitraries';

describe('isoCheck', () => {
  it.each(['2023-12-10', '2024-02-29', '2000-02-29', '0000-01-01', '9999-12-31', '2023-12-10T00:00', '2023-12-10T23:59:59', '2023-12-10T23:59:59.999Z', '2023-12-10T10:00+08:00', '2023-12-10T10:00-05:30', '2023-12-10T10:00:00-00:00'])(
    'accepts %s',
    (s) => expect(isoCheck(s)).toBe(0),
  );

  it.each(['', '2023-12-1', '2023/12/10', '2023-12-10 10:00', '2023-12-10T10', '2023-12-10T10:00:0', '2023-12-10T10:00:00.1', '2023-12-10T10:00:00.1234', '2023-12-10Z', '2023-12-10T10:00+08', '2023-12-10T10:00+0800', '2023-12-10T10:00z', '+002023-12-10', '２０２３-12-10', '2023-12-10:00', '2023-12-10.000Z', '2023-12-10T10:00.000', '2023-12-10T10:00:00.'])(
    'rejects the form of %j',
    (s) => expect(isoCheck(s)).toBe(1),
  );

  it.each(['2023-02-29', '1900-02-29', '2023-04-31', '2023-00-10', '2023-13-10', '2023-12-00', '2023-12-32', '2023-12-10T24:00', '2023-12-10T23:60', '2023-12-10T23:59:60', '2023-12-10T10:00+24:00', '2023-12-10T10:00+08:60'])(
    'rejects the impossible %s',
    (s) => expect(isoCheck(s)).toBe(2),
  );

  it('accepts exactly the days that Date knows, for every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() == d;
        expect(isoCheck(text)).toBe(real ? 0 : 2);
      }),
      { numRuns: 3000 },
    );
  });
  it('tells the form and the real days and times apart as a regular expression and Date do, on texts near the form', () => {
    const FORM = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{3})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/;
    const oracle = (s: string): number => {
      if (!FORM.test(s)) return 1;
      const num = (i: number, n = 2) => Number(s.slice(i, i + n));
      const [y, m, d] = [num(0, 4), num(5), num(8)];
      const day = new Date(0);
      day.setUTCFullYear(y, m - 1, d);
      const realDay = m >= 1 && m <= 12 && day.getUTCMonth() == m - 1 && day.getUTCDate() == d;
      const offset = /[+-](\d\d):(\d\d)$/.exec(s.length > 16 ? s.slice(16) : '');
      const realTime = s.length == 10 || (num(11) <= 23 && num(14) <= 59 && (s[16] != ':' || num(17) <= 59) && (!offset || (Number(offset[1]) <= 23 && Number(offset[2]) <= 59)));
      return realDay && realTime ? 0 : 2;
    };
    const digit = fc.constantFrom(...'0123456789');
    const dd = fc.tuple(digit, digit).map(([a, b]) => a + b);
    const shaped = fc
      .record({ y: fc.tuple(dd, dd), m: dd, d: dd, h: dd, min: dd, s: dd, ms: fc.tuple(dd, digit), oh: dd, om: dd, form: fc.integer({ min: 0, max: 3 }), zone: fc.constantFrom('', 'Z', '+', '-') })
      .map((r) => {
        let t = `${r.y[0]}${r.y[1]}-${r.m}-${r.d}`;
        if (r.form) t += `T${r.h}:${r.min}` + (r.form > 1 ? `:${r.s}` : '') + (r.form > 2 ? `.${r.ms[0]}${r.ms[1]}` : '') + (r.zone == 'Z' ? 'Z' : r.zone ? `${r.zone}${r.oh}:${r.om}` : '');
        return t;
      });
    // Near misses: one character replaced, one removed, or one added.
    const text = fc.oneof(
      shaped,
      fc.tuple(shaped, fc.nat(), fc.constantFrom(...'0123456789-T:.Z+x ')).chain(([t, at, ch]) =>
        fc.constantFrom(t.slice(0, at % t.length) + ch + t.slice((at % t.length) + 1), t.slice(0, at % t.length) + t.slice((at % t.length) + 1), t.slice(0, at % (t.length + 1)) + ch + t.slice(at % (t.length + 1))),
      ),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(isoCheck(s)).toBe(oracle(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isEarlier', () => {
  it('compares dates and local date-times as far as both go', () => {
    expect(isEarlier('2023-12-09', '2023-12-10')).toBe(true);
    expect(isEarlier('2023-12-10', '2023-12-10T08:00')).toBe(false);
    expect(isEarlier('2023-12-10T07:59', '2023-12-10T08:00')).toBe(true);
    expect(isEarlier('2023-12-10T08:00', '2023-12-10T08:00:30')).toBe(false);
  });

  it('compares instants with offsets exactly', () => {
    expect(isEarlier('2023-12-10T01:59Z', '2023-12-10T10:00+08:00')).toBe(true);
    expect(isEarlier('2023-12-10T02:00Z', '2023-12-10T10:00+08:00')).toBe(false);
    expect(isEarlier('2023-12-10T03:00Z', '2023-12-10T10:00+08:00')).toBe(false);
  });

  it('allows for any time zone when a local time meets an instant', () => {
    expect(isEarlier('2023-12-10T20:00', '2023-12-10T08:00Z')).toBe(false);
    expect(isEarlier('2023-12-10', '2023-12-11T08:00Z')).toBe(false);
    expect(isEarlier('2023-12-09', '2023-12-11T08:00Z')).toBe(true);
    // 08:00Z on the 11th is still the 11th even at UTC+14; 12:00Z may already be the 12th there.
    expect(isEarlier('2023-12-11T08:00Z', '2023-12-12')).toBe(true);
    expect(isEarlier('2023-12-11T12:00Z', '2023-12-12')).toBe(false);
  });

  it('compares texts of one form in one zone (or none) as their instants, whatever the zone', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const text = (day: number, minutes: number, seconds: number, ms: number, form: number, zone: string): string =>
      new Date(day).toISOString().slice(0, 10) + `T${pad((minutes / 60) | 0)}:${pad(minutes % 60)}` + (form > 1 ? `:${pad(seconds)}` : '') + (form > 2 ? `.${String(ms).padStart(3, '0')}` : '') + zone;
    const moment = fc.tuple(
      fc.integer({ min: Date.parse('0000-01-01'), max: Date.parse('9999-12-31') }).map((t) => Math.floor(t / 864e5) * 864e5),
      fc.integer({ min: 0, max: 1439 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 999 }),
    );
    fc.assert(
      fc.property(moment, moment, fc.constantFrom(1, 2, 3), fc.constantFrom('', 'Z', '+08:00', '-05:30', '+14:00', '-12:00', '+00:00', '-00:00'), fc.boolean(), (x, y, form, zone, near) => {
        const a = text(...x, form, zone);
        // Half the time within the same day, where only the later parts differ.
        const b = text(...(near ? ([x[0], ...y.slice(1)] as typeof x) : y), form, zone);
        expect(isEarlier(b, a)).toBe(instant(b) < instant(a));
        expect(isEarlier(a, b)).toBe(instant(a) < instant(b));
      }),
      { numRuns: 3000 },
    );
    // One instant in two zones, and two zones that are one.
    expect(isEarlier('2023-12-10T09:00+08:00', '2023-12-10T02:00+01:00')).toBe(false);
    expect(isEarlier('2023-12-10T08:59+08:00', '2023-12-10T01:00Z')).toBe(true);
    expect(isEarlier('2023-12-10T10:00-00:00', '2023-12-10T10:00+00:00')).toBe(false);
  });

  it('reads two texts as of one form and offset exactly when they have one length and end alike, as it did by cutting out their ends', () => {
    const hasOffset = (s: string): boolean => s.length > 10 && (s.endsWith('Z') || s[s.length - 6] == '+' || s[s.length - 6] == '-');
    const bound = (s: string, late: boolean): number => instant(s) + (hasOffset(s) ? 0 : late ? (s.length == 10 ? 1296e5 : 432e5) : -504e5);
    // The former rule, which compared the last six characters of each as strings of their own.
    const before = (b: string, a: string): boolean =>
      (hasOffset(a) || hasOffset(b)) && (a.slice(-6) != b.slice(-6) || a.length != b.length) ? bound(b, true) < bound(a, false) : b.slice(0, a.length) < a.slice(0, b.length);
    const offsets = ['+08:00', '-05:30', '+14:00', '-12:00', '+00:00', '-00:00'];
    fc.assert(
      fc.property(isoDate(), isoDate(), fc.constantFrom(...offsets), fc.boolean(), (a, b, offset, same) => {
        // Half the time `a` again in another offset (or the same one), where only the ends tell them apart.
        const c = same && /[+-]\d\d:\d\d$/.test(a) ? a.slice(0, -6) + offset : b;
        expect(isEarlier(c, a)).toBe(before(c, a));
        expect(isEarlier(a, c)).toBe(before(a, c));
      }),
      { numRuns: 5000 },
    );
  });

  it('never says that a time is earlier than itself', () => {
    for (const s of ['2023-12-10', '2023-12-10T08:00', '2023-12-10T08:00+08:00']) expect(isEarlier(s, s)).toBe(false);
  });
});

describe('instant', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  /** Any valid ISO text: every form, every offset, any day of years 0000 to 9999. */
  const isoText = fc
    .record({
      day: fc.integer({ min: Date.parse("0000-01-01"), max: Date.parse("9999-12-31") }).map((t) => Math.floor(t / 864e5) * 864e5),
      minutes: fc.integer({ min: 0, max: 1439 }),
      seconds: fc.integer({ min: 0, max: 59 }),
      ms: fc.integer({ min: 0, max: 999 }),
      form: fc.constantFrom(0, 1, 2, 3),
      offset: fc.constantFrom('', 'Z', '+08:00', '-05:30', '+14:00', '-12:00', '+00:00', '-00:00', '+23:59'),
    })
    .map(({ day, minutes, seconds, ms, form, offset }) => {
      const date = new Date(day).toISOString().slice(0, 10);
      if (!form) return date;
      const time = `T${pad(minutes / 60 | 0)}:${pad(minutes % 60)}` + (form > 1 ? `:${pad(seconds)}` : '') + (form > 2 ? `.${pad(ms, 3)}` : '');
      return date + time + offset;
    });

  it('gives what Date.parse gives for every valid text, read as UTC without an offset', () => {
    fc.assert(
      fc.property(isoText, (s) => {
        expect(isoCheck(s)).toBe(0);
        expect(instant(s)).toBe(Date.parse(s.length > 10 && !/(Z|[+-]\d\d:\d\d)$/.test(s) ? s + 'Z' : s));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts the days of leap years and of year 0', () => {
    expect(instant('0000-03-01')).toBe(Date.parse('0000-03-01'));
    expect(instant('2000-02-29T23:59:59.999Z')).toBe(Date.parse('2000-02-29T23:59:59.999Z'));
    expect(instant('1900-03-01T00:00-01:00')).toBe(Date.parse('1900-03-01T01:00Z'));
  });
});
