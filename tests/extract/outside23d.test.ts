// Announcements an outside tester wrote (seventeenth outside round), with what a careful reader gets written before running the
// extractor: the findings on stops, days and order (their §1, §4, §7, §8, §9, §11, §12), and for each rule texts of our own in
// other wordings. Scored as the corpus scores a text (evaluate.ts), plus what the scorer does not look at: a stop's source
// line, its day of leaving, the home a text names, the warnings.
import { describe, expect, it } from 'vitest';
import { at, back, from, missesWith } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();
const misses = missesWith(draft, 'outside23d');

const t04 = [
  "Prime Minister's official visit to New Zealand - itinerary",
  'Office of the Prime Minister, Suva, 4 August 2025',
  'The Honourable Prime Minister Sitiveni Rabuka will undertake an official visit to New Zealand from 5 to 9 August. The itinerary is:\n\n' +
    '- 5 August: depart Nadi for Auckland on a Fiji Airways flight.\n' +
    '- 6 August, Auckland: meeting with Pasifika business leaders; visit to the University of Auckland.\n' +
    '- 7 August, Wellington: bilateral talks with Prime Minister Christopher Luxon; courtesy call on the Governor-General.\n' +
    "- 8 August, Christchurch: visit to Lincoln University's agricultural research farms.\n" +
    '- 9 August: return to Nadi.',
].join('\n\n');
const nz = [from('Nadi', '2025-08-05'), at('Auckland', ['2025-08-05', '2025-08-06'], 'flight'), at('Wellington', ['2025-08-07']), at('Christchurch', ['2025-08-08']), back('Nadi', '2025-08-09')];
const nzMeetings: [string, string][] = [
  ['Wellington', 'Christopher Luxon'],
  ['Wellington', 'Governor-General'],
];

describe('announcements of an outside tester, round 17: stops, days and order', () => {
  it('reads each line of a bulleted itinerary, "- 7 August, Wellington: talks with …", as a stop on its day, holding its meetings (§1, 04)', () => {
    expect(misses(t04, '2025-08-04', 'Nadi', nz, nzMeetings)).toEqual([]);
    const stops = draft(t04, '2025-08-04', 'Nadi').stops;
    const auckland = stops.find((s) => s.name === 'Auckland')!;
    expect(auckland.meetings.flatMap((m) => m.with.map((w) => String(w.name ?? w.role)))).not.toContain('Christopher Luxon');
    // The provenance quotes the line, not the five bullets as one sentence.
    const wellington = stops.find((s) => s.name === 'Wellington')!;
    expect(wellington.source.map((r) => r.text)).toEqual(['- 7 August, Wellington: bilateral talks with Prime Minister Christopher Luxon; courtesy call on the Governor-General.']);
  });

  it('reads the same itinerary with "•" bullets, blank lines between the items, no bullet at all, or "7 August: Wellington, …" (§1)', () => {
    const items = t04.split('\n- ');
    const variants = [
      items.join('\n• '),
      items.join('\n\n- '),
      items.join('\n'),
      t04.replace(/- (\d+ August), (Auckland|Wellington|Christchurch): /g, '- $1: $2, '),
    ];
    for (const text of variants) expect(misses(text, '2025-08-04', 'Nadi', nz, nzMeetings)).toEqual([]);
  });

  it('reads programme lines that open with a day and a place, in other wordings: "- Kumasi, 12 March:", "• Wednesday 4 September, Lima:", "* 21 May, Tokyo:" (§1)', () => {
    const ghana = [
      'Itinerary of the Vice-President',
      'Accra, 8 March 2024',
      'The Vice-President will tour three regions from 11 to 14 March:\n\n' +
        '- 11 March: depart Accra for Takoradi by road.\n' +
        '- Kumasi, 12 March: courtesy call on the Asantehene, Otumfuo Osei Tutu II; visit to the Kumasi central market.\n' +
        '- Kumasi, 13 March: durbar of chiefs.\n' +
        '- Tamale, 14 March: meeting with the Northern Regional Minister.',
    ].join('\n\n');
    expect(misses(ghana, '2024-03-08', 'Accra', [from('Accra', '2024-03-11'), at('Takoradi', ['2024-03-11'], 'road'), at('Kumasi', ['2024-03-12', '2024-03-13']), at('Tamale', ['2024-03-14']), back('Accra')], [['Kumasi', 'Osei Tutu']])).toEqual([]);
    const chile = [
      'Programme of the Minister of Foreign Affairs in Peru and Bolivia',
      'Santiago, 2 September 2024',
      '• Tuesday 3 September: depart Santiago for Lima.\n' +
        '• Wednesday 4 September, Lima: talks with the Minister of Foreign Affairs of Peru.\n' +
        '• Thursday 5 September, La Paz: meeting with President Luis Arce.\n' +
        '• Friday 6 September: return to Santiago.',
    ].join('\n\n');
    expect(misses(chile, '2024-09-02', 'Santiago', [from('Santiago', '2024-09-03'), at('Lima', ['2024-09-03', '2024-09-04']), at('La Paz', ['2024-09-05']), back('Santiago', '2024-09-06')], [['La Paz', 'Luis Arce']])).toEqual([]);
    const japan = [
      "Minister's visit to Japan",
      '* 20 May: depart Wellington for Tokyo.\n* 21 May, Tokyo: talks with the Minister for Foreign Affairs.\n* 22 May, Osaka: visit to the Expo site.\n* 23 May: return to Wellington.',
    ].join('\n\n');
    expect(misses(japan, '2024-05-15', 'Wellington', [from('Wellington', '2024-05-20'), at('Tokyo', ['2024-05-20', '2024-05-21']), at('Osaka', ['2024-05-22']), back('Wellington', '2024-05-23')])).toEqual([]);
  });
});
