// Extraction speed (h-perf25): pathological inputs read as their plain forms are, and the rewritten parts say what they said.
// No timing is asserted here (bench/run.mjs `--only extract` measures it); the large cases below ran for longer than a test's
// time limit before the fixes (blanks: 30 s; a run of capitalised place names: minutes) and so fail on the old code.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Itinerary } from '../../src/itinerary/types';
import { extractWith } from '../../src/extract/extract-itinerary';
import { withoutListed } from '../../src/extract/visits';
import { useWorld } from './world';

const { world } = useWorld();

/** The draft (or warnings) with every source's range dropped and its quote's blanks as one space: what padding must not change. */
const upToOffsets = (it: unknown): unknown =>
  JSON.parse(JSON.stringify(it, (k, v: unknown) => (k === 'range' ? undefined : k === 'text' && typeof v === 'string' ? v.replace(/[^\S\n]+/g, ' ') : v)));

/** Every source of the draft: its range cut from the input is its quote, word for word. */
const quotes = (it: Itinerary) => [...it.stops.flatMap((s) => [...s.source, ...s.meetings.flatMap((m) => m.source)]), ...it.legs.flatMap((l) => l.source)];

const TEXTS = [
  'The Minister will depart Lisbon on 3 June for Hong Kong, where she will meet Chief Executive John Lee on 4 June. She will then travel by train to Guangzhou on 5 June and return to Lisbon on 7 June.',
  'On 12 March the President arrived in Nairobi for a three-day state visit. He met President William Ruto at State House on 13 March and flew to Mombasa on 14 March.\n\nHe returned to Paris on 15 March.',
];

describe('runs of blanks inside a line', () => {
  // Two blanks stay two (a table's columns are set apart by two spaces or more): a longer run is read as its first two.
  it('read as their first two: the draft is the one of the text with two, its quotes still the input\'s own', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEXTS),
        fc.nat(),
        fc.array(fc.constantFrom(' ', '\u00a0'), { minLength: 3, maxLength: 40 }),
        (text, at, run) => {
          const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
          const i = spaces[at % spaces.length]!;
          const padded = text.slice(0, i) + run.join('') + text.slice(i + 1);
          const two = text.slice(0, i) + run.slice(0, 2).join('') + text.slice(i + 1);
          const plain = extractWith(world.g, two, { published: '2026-03-01', home: 'Paris' });
          const got = extractWith(world.g, padded, { published: '2026-03-01', home: 'Paris' });
          expect(upToOffsets(got.itinerary)).toEqual(upToOffsets(plain.itinerary));
          expect(upToOffsets(got.warnings)).toEqual(upToOffsets(plain.warnings));
          for (const s of [...quotes(got.itinerary), ...got.warnings.flatMap((w) => w.source ?? [])]) expect(padded.slice(...s.range!)).toBe(s.text);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps a name written with many blanks between its words one place ("Hong          Kong")', () => {
    const text = 'The Minister will visit Hong          Kong on 4 June and return to Lisbon on 6 June.';
    const it = extractWith(world.g, text, { published: '2026-05-28', home: 'Lisbon' }).itinerary;
    expect(it.stops.map((s) => s.name)).toEqual(['Lisbon', 'Hong Kong', 'Lisbon']);
    expect(it.stops[1]!.source[0]!.text).toBe(text);
  });

  it('drafts a tuning text padded between all its words as the text with two spaces there', () => {
    const text = readFileSync(new URL('./corpus/01-hk-ce-asean-2023.txt', import.meta.url), 'utf8');
    const padded = text.replace(/ /g, '      ');
    const plain = extractWith(world.g, text.replace(/ /g, '  '), { home: 'Hong Kong' });
    const got = extractWith(world.g, padded, { home: 'Hong Kong' });
    expect(upToOffsets(got.itinerary)).toEqual(upToOffsets(plain.itinerary));
    for (const s of quotes(got.itinerary)) expect(padded.slice(...s.range!)).toBe(s.text);
  });

  it('drafts "in Tokyo Nov. 14", 40,000 spaces or tabs, "and in Osaka" as the text with two or a tab', () => {
    for (const blank of [' ', '\u00a0']) {
      const plain = extractWith(world.g, `in Tokyo Nov. 14${blank.repeat(2)}and in Osaka`, {});
      expect(upToOffsets(extractWith(world.g, `in Tokyo Nov. 14${blank.repeat(40_000)}and in Osaka`, {}).itinerary)).toEqual(upToOffsets(plain.itinerary));
    }
    const tabbed = extractWith(world.g, `in Tokyo Nov. 14${'\t'.repeat(40_000)}and in Osaka`, {});
    expect(upToOffsets(tabbed.itinerary)).toEqual(upToOffsets(extractWith(world.g, 'in Tokyo Nov. 14\tand in Osaka', {}).itinerary));
  });
});

describe('a list of names ending a clause ("trained in Kumasi and Tamale")', () => {
  const OLD = /(?<=\s)(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:and|or)\s+)+$/u;
  it('is cut as the regular expression it replaces cut it', () => {
    const word = fc.constantFrom('and', 'or', 'And', 'Kumasi', 'St.', "O'Neil", 'Addis-Ababa', 'trained', 'in', 'x1', 'Tamale', 'É');
    const blank = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t');
    fc.assert(
      fc.property(fc.array(fc.tuple(blank, word), { maxLength: 12 }), fc.boolean(), fc.boolean(), (parts, lead, trail) => {
        const clause = (lead ? '' : ' ') + parts.map(([b, w]) => b + w).join('').replace(/^\s/, lead ? '' : ' ') + (trail ? ' ' : '');
        expect(withoutListed(clause)).toBe(clause.replace(OLD, ''));
      }),
      { numRuns: 3000 },
    );
  });

  // h-prec25 let the last name come with its description ("built in Fort Worth and the port of Alexandroupolis"); the two met at
  // the merge, and the walk reads descriptions as that pattern did.
  const DESCRIBED = /(?<=\s)(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:and|or)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:port|city|town|village|island|capital)\s+of\s+)?)+$/u;
  it('is cut as the regular expression it replaces cut it, with a name’s description ("and the port of ")', () => {
    const word = fc.constantFrom('and', 'or', 'Kumasi', 'Tamale', 'built', 'in', 'the', 'port', 'city', 'of', 'old', 'x1');
    const blank = fc.constantFrom(' ', '  ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(blank, word), { maxLength: 14 }), fc.boolean(), (parts, trail) => {
        const clause = parts.map(([b, w]) => b + w).join('') + (trail ? ' ' : '');
        expect(withoutListed(clause)).toBe(clause.replace(DESCRIBED, ''));
      }),
      { numRuns: 5000 },
    );
    expect(withoutListed('fighters built in Fort Worth and the port of ')).toBe('fighters built in ');
  });
});
