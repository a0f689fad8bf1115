// Misfires of round 25's rules found by the round's review (issue 17; h-fixa25): ordinary sentences a reviewer wrote, each with
// one of the same kind written here, read as they were before the round; and the programme-line headings made linear.
// No timing is asserted (bench/extract-scale.mjs, shape "semicolons", measures it): the long programme lines below took from
// seconds to minutes to extract before, longer than a test's time limit, and so fail on the old code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headsLine } from '../../src/extract/visits';
import { useWorld } from './world';

const { draft } = useWorld();

const P = '2024-03-06';
const names = (text: string, home: string) => draft(text, P, home).stops.map((s) => s.name);

// The headings as they were before (a6e2eff): the blanks after each ";" could go to the item's `\s*` or to the next item.
const OLD_PROGRAMME = /^\s*(?:Day\s+\w+\s*[,–—:|-]\s*|Day\s+\w+\s*\((?=[^)\n]*\d[^)\n]*\)))?(?:\p{L}+day,?\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{4})?)\)?(?:\s*\([\p{L}.]{2,12}\))?(?:\s*[–—:|-]|[ ]*\t|[ ]{2,})\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|h))?\s*[–—|\t]\s*)?(?:(?:[Bb]y|[Tt]ravel\s+by)\s+\p{L}+[ ]*[|\t]\s*)?(?:[^\n:;|\t]*;\s*)*(?:[^\n:;|]*,\s*)?(?:Arrive\s+)?$/u;
const OLD_WEEKDAY = /^\s*(?:[-•·▪]\s*)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*[–—:|]\s*(?:[^\n:;|\t]*;\s*)*(?:[^\n:;|]*,\s*)?$/u;

describe('a programme line of many items set apart by ";"', () => {
  it('is read in the time of a short one (the reviewer\'s line of 16 items and "  " after each ";", 54 s before)', () => {
    const cities = ['Paris', 'Lyon', 'Nice', 'Lille', 'Nantes', 'Rennes', 'Dijon', 'Metz', 'Reims', 'Tours'];
    const line = (n: number) => 'Monday: ' + Array.from({ length: n }, (_, i) => `talks in ${cities[i % 10]}`).join(';  ') + ';  then Nara and Osaka.';
    expect(names(line(2), 'London')).toEqual(['London', 'Paris', 'Lyon', 'London']);
    expect(names(line(16), 'London')).toEqual(['London', ...cities, 'London']);
  });

  it('with a date in its heading ("Monday 11 March:"), the same', () => {
    const line = (n: number) => `The Minister will be in Japan from 11 to 13 March.\nMonday 11 March: ${'talks with the Mayor;  '.repeat(n)}then Nara and Osaka.`;
    expect(names(line(16), 'London')).toEqual(names(line(2), 'London'));
  });

  it('is a heading exactly when it was on short lines', () => {
    const piece = fc.constantFrom('Monday', 'Tuesday 12 March', 'Day 2 - 4 May', '12 March', ':', ';', ';  ', '; ', ',', ' ', '  ', '\t', '\n', '|', '–', 'talks', 'x', 'Arrive ', 'by car | ', '10:00 – ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const line = parts.join('');
        expect(headsLine(line)).toBe(OLD_PROGRAMME.test(line) || OLD_WEEKDAY.test(line));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a nearby town after a town and a comma', () => {
  it('is a second stop after a town visited ("visit Haifa, Acre.", "visit Amsterdam, Haarlem, and meet")', () => {
    expect(names('On 10 March the Minister will visit Haifa, Acre. On 11 March she returns to Tel Aviv.', 'Tel Aviv')).toEqual(['Tel Aviv', 'Haifa', 'Acre', 'Tel Aviv']);
    expect(names('On 10 March the Minister will visit Amsterdam, Haarlem, and meet the Dutch Prime Minister.', 'London')).toEqual(['London', 'Amsterdam', 'Haarlem', 'London']);
    expect(names('On 10 March the Minister will tour Leeds, Bradford, and open a new rail depot.', 'London')).toEqual(['London', 'Leeds', 'Bradford', 'London']);
  });

  it('still only locates a town said to be where something is ("at Kartarpur, Narowal")', () => {
    expect(names('He will open the corridor at Kartarpur, Narowal, where he will welcome the pilgrims, on 20 March.', 'Islamabad')).toEqual(['Islamabad', 'Kartarpur', 'Islamabad']);
  });
});

describe('others who visit', () => {
  it('are not the traveller: their span does not open the trip ("Officials will visit the Pacific from 10 to 14 March")', () => {
    const it1 = draft("Officials will visit the Pacific from 10 to 14 March to prepare the Minister's visit. The Minister will travel to Suva on 20 March.", P, 'Canberra');
    expect(it1.stops[0]!.depart).toBe('2024-03-20');
    const it2 = draft('Experts will visit the Caribbean from 3 to 5 April to prepare the summit. The President will fly to Kingston on 12 April.', P, 'Paris');
    expect(it2.stops[0]!.depart).toBe('2024-04-12');
  });

  it('while a surname alone still is ("Shoigu will visit")', () => {
    const it = draft('Russian Defence Minister Sergei Shoigu will travel to Asia. Shoigu will visit Hanoi from 10 to 12 March.', P, 'Moscow');
    expect(it.stops.map((s) => s.name)).toEqual(['Moscow', 'Hanoi', 'Moscow']);
    expect(it.stops[0]!.depart).toBe('2024-03-10');
  });
});

describe('a distance travelled from a place', () => {
  it('leaves the place: "drive 150 km from Nairobi to Nakuru" is a leg from Nairobi', () => {
    expect(names('The Minister will drive 150 km from Nairobi to Nakuru on 10 March to open a school.', 'London')).toEqual(['London', 'Nairobi', 'Nakuru', 'London']);
    expect(names('On 12 March she will travel 240 kilometres from Dhaka to Sylhet to visit tea gardens.', 'London')).toEqual(['London', 'Dhaka', 'Sylhet', 'London']);
  });

  it('while a place a distance is measured from is still no stop ("some fifty kilometres from the Rafah crossing")', () => {
    expect(names('On 20 March he will travel to El-Arish, some fifty kilometres from the Rafah crossing, to meet aid workers.', 'Paris')).toEqual(['Paris', 'El Arish', 'Paris']);
  });
});
