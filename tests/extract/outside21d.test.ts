// Announcements and probes an outside tester wrote (round 16), with what a careful reader gets written before running the
// extractor: the findings on days, order, departures and modes (their §1, §3, §4, §6, §7, §10, §15). Scored as the corpus
// scores a text (evaluate.ts), plus what the scorer does not look at: the certainty of a day, the leg a mode is on.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { at, back, from, missesWith } from './expected-stops';
import { useWorld } from './world';

const { draft, world } = useWorld();
const misses = missesWith(draft, 'outside21d');
const warningsOf = (text: string, published: string, home: string) => extractWith(world.g, text, { published, home }).warnings.map((w) => w.message);

describe('announcements of an outside tester, round 16: days, order, departures, modes', () => {
  it('keeps a day-by-day programme in its days\' order, each line on the day of the line that heads it (§1)', () => {
    const text = [
      "Programme of the Prime Minister's visit to the United States of America and Egypt",
      '20 June: Depart New Delhi for New York.',
      '21 June: In New York, lead the International Day of Yoga celebration at United Nations Headquarters.',
      '22 June: Travel to Washington, D.C. Official welcome at the White House, followed by talks with President Joseph R. Biden. Address to a joint session of the US Congress. State dinner hosted by President Biden.',
      '23 June: Meeting with business leaders. Address to the Indian community at the Ronald Reagan Building.',
      '24 June: Depart Washington for Cairo. State visit to Egypt. Meeting with President Abdel Fattah El-Sisi.',
      '25 June: Visit to the Al-Hakim Mosque in Cairo. Return to New Delhi.',
    ].join('\n\n');
    expect(
      misses(text, '2023-06-19', 'New Delhi', [
        from('New Delhi', '2023-06-20'),
        at('New York', ['2023-06-20', '2023-06-21', '2023-06-22']),
        at('Washington', ['2023-06-22', '2023-06-23', '2023-06-24']),
        at('Cairo', ['2023-06-24', '2023-06-25']),
        back('New Delhi', '2023-06-25'),
      ]),
    ).toEqual([]);
    const biden = draft(text, '2023-06-19', 'New Delhi').stops.flatMap((s) => s.meetings.filter((m) => m.with.some((w) => /Biden/.test(String(w.name)))).map((m) => `${String(s.name)} ${m.date}`));
    // "State dinner hosted by President Biden", under 22 June, was dated 20 June (a day in New Delhi and New York).
    expect(new Set(biden)).toEqual(new Set(['Washington, D.C. 2023-06-22']));
  });
  it('dates the last city of a list by the "where … on DAY" that follows it, not the one before (§3)', () => {
    const text = 'President Gabriel Boric will travel to Europe from 20 to 27 June, visiting Madrid, Paris and Berlin, where he will meet Chancellor Olaf Scholz on 26 June.';
    expect(misses(text, '2023-06-15', 'Santiago', [from('Santiago', '2023-06-20'), at('Madrid', []), at('Paris', []), at('Berlin', ['2023-06-26']), back('Santiago', '2023-06-27')])).toEqual([]);
    expect(warningsOf(text, '2023-06-15', 'Santiago')).toEqual([]);
  });
  it('reads a weekday of return after the days the trip has reached, not in the week of publication (§4)', () => {
    const text = [
      "Taoiseach to travel to the United States for St Patrick's Day",
      "The Taoiseach, Leo Varadkar, will travel to the United States on Sunday, 12 March, for the annual St Patrick's Day programme.",
      'He will spend Monday and Tuesday in Austin, Texas, where he will attend the South by Southwest festival and meet Irish entrepreneurs.',
      "On Wednesday he will fly to Washington, D.C. On Thursday, 16 March, he will attend the Speaker's lunch at the Capitol, and on Friday, 17 March, he will meet President Joe Biden at the White House for the shamrock ceremony.",
      'The Taoiseach will return to Dublin on Saturday.',
    ].join('\n\n');
    expect(
      misses(text, '2023-03-10', 'Dublin', [
        from('Dublin', '2023-03-12'),
        at('Austin', ['2023-03-13', '2023-03-14']),
        at('Washington', ['2023-03-15', '2023-03-16', '2023-03-17', '2023-03-18'], 'flight'),
        back('Dublin', '2023-03-18'),
      ]),
    ).toEqual([]);
    expect(warningsOf(text, '2023-03-10', 'Dublin').filter((w) => /dates it/.test(w))).toEqual([]);
  });
  it('takes a stated departure for home as the last stop\'s day of leaving (§6)', () => {
    const text = [
      'FS to visit Saudi Arabia and United Arab Emirates',
      'The Financial Secretary, Mr Paul Chan, will depart for the Middle East tonight (February 4) to visit Saudi Arabia and the United Arab Emirates.',
      'Mr Chan will arrive in Riyadh tomorrow morning (February 5). In the afternoon, he will meet the Minister of Finance of Saudi Arabia, Mr Mohammed Al-Jadaan. On February 6, he will speak at a forum on Gulf-Asia investment.',
      'In the evening of February 7, Mr Chan will travel to Abu Dhabi. On February 8, he will meet the Chairman of the Abu Dhabi Department of Economic Development and visit Masdar City.',
      'Mr Chan will depart for Hong Kong in the evening of February 8 and arrive on February 9.',
    ].join('\n\n');
    expect(
      misses(text, '2024-02-04', 'Hong Kong', [from('Hong Kong', '2024-02-04'), at('Riyadh', ['2024-02-05', '2024-02-06', '2024-02-07']), at('Abu Dhabi', ['2024-02-07', '2024-02-08']), back('Hong Kong', '2024-02-09')]),
    ).toEqual([]);
    const abuDhabi = draft(text, '2024-02-04', 'Hong Kong').stops.find((s) => s.name === 'Abu Dhabi')!;
    expect([abuDhabi.depart, abuDhabi.note ?? '']).toEqual(['2024-02-08', expect.not.stringMatching(/depart inferred|until the return/)]);
  });
  it('dates a stop "on 18 and 19 November" after the event it is for (§15)', () => {
    const text = "President Claudia Sheinbaum will travel to Rio de Janeiro for the G20 Leaders' Summit on 18 and 19 November and will return to Mexico City on 20 November.";
    expect(misses(text, '2024-11-15', 'Mexico City', [from('Mexico City'), at('Rio de Janeiro', ['2024-11-18', '2024-11-19']), back('Mexico City', '2024-11-20')])).toEqual([]);
  });

  it('reads the event a journey to "Rio de Janeiro" is for, the particle in its name notwithstanding (§15)', () => {
    const text = "President Claudia Sheinbaum will travel to Rio de Janeiro for the G20 Leaders' Summit on 18 and 19 November and will return to Mexico City on 20 November.";
    const rio = draft(text, '2024-11-15', 'Mexico City').stops.find((s) => s.name === 'Rio de Janeiro')!;
    expect(rio.meetings.map((m) => [m.kind, m.title])).toEqual([['event', "G20 Leaders' Summit"]]);
  });
  it('puts a stated mode on its own leg only (§7)', () => {
    const x2 = 'Mr Lee will leave for Shenzhen this afternoon (November 2) and drive to Dongguan the following day, visiting a semiconductor plant. He will return to Hong Kong in the evening of November 3.';
    expect(misses(x2, '2024-11-02', 'Hong Kong', [from('Hong Kong', '2024-11-02'), at('Shenzhen', ['2024-11-02']), at('Dongguan', ['2024-11-03'], 'road'), back('Hong Kong', '2024-11-03')])).toEqual([]);
    expect(draft(x2, '2024-11-02', 'Hong Kong').legs.map((l) => l.mode)).toEqual(['unknown', 'road', 'unknown']);
    const x3 =
      'The Minister flew from Nairobi to Kigali on Monday, 5 February, for talks with President Paul Kagame, and continued to Kampala on Wednesday, where she met President Yoweri Museveni. She returned to Nairobi on Friday.';
    expect(misses(x3, '2024-02-10', 'Nairobi', [from('Nairobi'), at('Kigali', ['2024-02-05'], 'flight'), at('Kampala', ['2024-02-07']), back('Nairobi', '2024-02-09')])).toEqual([]);
    expect(draft(x3, '2024-02-10', 'Nairobi').legs.map((l) => l.mode)).toEqual(['flight', 'unknown', 'unknown']);
  });
  it('begins the trip on the first day of its stated range (§10, 08)', () => {
    const t08 = [
      'Prime Minister to visit China',
      'Prime Minister Anthony Albanese will travel to China from 4 to 7 November, the first visit to China by an Australian Prime Minister since 2016.',
      'In Shanghai, the Prime Minister will attend the opening of the China International Import Expo on 5 November and meet Australian exporters.',
      "He will then fly to Beijing, where on 6 November he will meet President Xi Jinping and on 7 November he will hold the Annual Leaders' Meeting with Premier Li Qiang.",
    ].join('\n\n');
    expect(misses(t08, '2023-10-22', 'Canberra', [from('Canberra'), at('Shanghai', ['2023-11-04', '2023-11-05']), at('Beijing', ['2023-11-06', '2023-11-07'], 'flight'), back('Canberra')])).toEqual([]);
  });
  it('states no day of leaving home that a report does not give: the visit began at its first stop (§10, 04)', () => {
    const t04 = [
      'President Ramaphosa concludes working visit to West Africa',
      'President Cyril Ramaphosa returned to Pretoria on Wednesday, 8 December, after a three-nation working visit to West Africa.',
      'The President began his visit in Abuja, Nigeria, on 3 December, where he co-chaired the Bi-National Commission with President Muhammadu Buhari.',
      'On 5 December he travelled to Dakar, Senegal, and held talks with President Macky Sall.',
      'He concluded the tour in Accra, Ghana, on 6 and 7 December, where he met President Nana Akufo-Addo.',
    ].join('\n\n');
    expect(
      misses(t04, '2021-12-09', 'Pretoria', [from('Pretoria'), at('Abuja', ['2021-12-03', '2021-12-04', '2021-12-05']), at('Dakar', ['2021-12-05']), at('Accra', ['2021-12-06', '2021-12-07']), back('Pretoria', '2021-12-08')]),
    ).toEqual([]);
    const pretoria = draft(t04, '2021-12-09', 'Pretoria').stops[0]!;
    expect(pretoria.dateCertainty).toBe('inferred');
  });
});
