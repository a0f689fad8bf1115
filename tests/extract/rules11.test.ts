// Stated dates, round 11 (issue 17): general causes of the tuning texts' wrong days, each checked on sentences
// written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../src/extract/dates';
import { meetingDays } from '../../src/extract/days';
import type { ExtractWarning } from '../../src/extract/types';
import type { Stop } from '../../src/itinerary/types';
import { useWorld } from './world';

const { draft, stopDays, datesOf } = useWorld();

describe('dates: a plan with an adverb after its auxiliary, and "last night"', () => {
  it('reads "is also scheduled to", "are now expected to" as the future', () => {
    expect(tenseOf('The Minister is also scheduled to meet students before returning to Oslo on Monday.')).toBe('future');
    expect(tenseOf('The ministers are now expected to sign the accord.')).toBe('future');
    expect(tenseOf('The Minister scheduled a meeting.')).toBe('past');
  });

  it('"is also scheduled to … before returning to Oslo on Monday", in a report of a Friday: the Monday after, not the one before', () => {
    // 2026-06-05 is a Friday.
    const text = 'The Minister arrived in Lima today. She will fly to Quito tomorrow. She is also scheduled to meet students in Quito before returning to Oslo on Monday.';
    expect(stopDays(text, '2026-06-05', 'Oslo').pop()).toBe('Oslo 2026-06-08..');
  });

  it('"last night" is the day before publication, like "yesterday"', () => {
    expect(datesOf('The Minister flew out of Oslo last night. She arrived in Lima last evening.', '2026-06-05')).toEqual([['2026-06-04'], ['2026-06-04']]);
  });

  it('"flew out of Oslo last night" states the departure from home', () => {
    const text = 'The Minister arrives in Lima today (Friday 5 June) for talks. She flew out of Oslo last night and will be welcomed on arrival by the Foreign Minister.';
    const home = draft(text, '2026-06-05', 'Oslo').stops[0]!;
    expect([home.depart, home.dateCertainty]).toEqual(['2026-06-04', 'stated']);
  });
});

describe('certainty: a departure is stated only where a sentence says the leaving', () => {
  const certainty = (text: string, published: string, home: string) =>
    draft(text, published, home).stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''} ${s.dateCertainty ?? ''}${s.note?.includes('inferred') ? ` (${s.note})` : ''}`);

  it('"On 7 June she will meet the President": a meeting on the stop\'s last day leaves its departure inferred, with a note', () => {
    for (const text of [
      'The Minister will arrive in Lima on 5 June. On 7 June she will meet the President of Peru, Ms Ana Ruiz.',
      'The Minister will arrive in Lima on 5 June. She will meet the President in Lima on 7 June.',
    ]) {
      expect(certainty(text, '2026-06-01', 'Oslo')[1]).toBe('Lima 2026-06-05..2026-06-07 inferred (depart inferred, not stated.)');
    }
  });

  it('keeps a departure stated where a sentence says the leaving ("travel to Quito on 8 June")', () => {
    const text = 'The Minister will arrive in Lima on 5 June. On 7 June she will meet the President of Peru, Ms Ana Ruiz. She will travel to Quito on 8 June.';
    expect(certainty(text, '2026-06-01', 'Oslo')[1]).toBe('Lima 2026-06-05..2026-06-08 stated');
  });

  it('keeps it stated where the way home is told: "She flies home on the night of 7 June"', () => {
    const text = 'The Minister will arrive in Lima on 5 June. On 7 June she will meet the President of Peru, Ms Ana Ruiz. She flies home on the night of 7 June.';
    expect(certainty(text, '2026-06-01', 'Oslo')[1]).toBe('Lima 2026-06-05..2026-06-07 stated');
  });
});

describe('certainty: a stay widened to a meeting\'s day', () => {
  it('leaves the day widened inferred, with a note, where the stop had stated days', () => {
    const stop: Stop = {
      id: 'lima', name: 'Lima', coordinates: [-77, -12], precision: 'city', arrive: '2026-05-04', depart: '2026-05-05', dateCertainty: 'stated', source: [],
      meetings: [{ id: 'm', title: 'T', kind: 'meeting', date: '2026-05-06', dateCertainty: 'stated', with: [], topics: [], source: [] }],
    };
    meetingDays([stop], []);
    expect([stop.depart, stop.dateCertainty, stop.note]).toEqual(['2026-05-06', 'inferred', 'depart inferred from a meeting there on 2026-05-06, not stated.']);
  });

  it('takes the way home past the last stop\'s dated meeting when no sentence states the day home, and only then', () => {
    const trip = (homeCertainty: 'stated' | 'inferred'): Stop[] => [
      { id: 'oslo', name: 'Oslo', coordinates: [10.7, 59.9], precision: 'city', depart: '2026-05-04', dateCertainty: 'stated', meetings: [], source: [] },
      {
        id: 'lima', name: 'Lima', coordinates: [-77, -12], precision: 'city', arrive: '2026-05-04', depart: '2026-05-05', dateCertainty: 'stated', source: [],
        meetings: [{ id: 'm', title: 'T', kind: 'meeting', date: '2026-05-06', dateCertainty: 'stated', with: [], topics: [], source: [] }],
      },
      { id: 'oslo-2', name: 'Oslo', coordinates: [10.7, 59.9], precision: 'city', arrive: '2026-05-05', dateCertainty: homeCertainty, meetings: [], source: [] },
    ];
    const days = (stops: Stop[]) => stops.map((s) => `${s.arrive ?? ''}..${s.depart ?? ''}`);
    const guessed = trip('inferred');
    const warned: ExtractWarning[] = [];
    meetingDays(guessed, warned);
    expect([days(guessed), warned.length]).toEqual([['..2026-05-04', '2026-05-04..2026-05-06', '2026-05-06..'], 0]);
    const told = trip('stated');
    meetingDays(told, warned);
    expect([days(told), warned.map((w) => w.code)]).toEqual([['..2026-05-04', '2026-05-04..2026-05-05', '2026-05-05..'], ['date-conflict']]);
  });
});

describe('days: a sentence that tells both the setting off and the return', () => {
  it('"departed Oslo on 3 June and visited Peru and Ecuador, returning to Norway on 9 June": leaves home on 3 June, back on 9 June', () => {
    const text = 'The Minister departed Oslo on 3 June and visited Peru and Ecuador, returning to Norway on 9 June. On 4 June she arrived in Lima. On 7 June she flew to Quito.';
    expect(stopDays(text, '2026-06-10', 'Oslo')).toEqual(['Oslo ..2026-06-03', 'Lima 2026-06-04..2026-06-07', 'Quito 2026-06-07..2026-06-09', 'Oslo 2026-06-09..']);
  });

  it('"returned to Oslo late on Thursday after a visit to Lima, her first trip since the start of the year": the return is no start of the trip', () => {
    // 2026-06-05 is a Friday.
    const text = 'The Minister returned to Oslo late on Thursday after a visit to Lima, her first trip abroad since the start of the year. She left Oslo on Monday evening and arrived in Lima on Tuesday.';
    expect(stopDays(text, '2026-06-05', 'Oslo')).toEqual(['Oslo ..2026-06-01', 'Lima 2026-06-02..2026-06-04', 'Oslo 2026-06-04..']);
  });

  it('"returned to Oslo on 9 June, at the end of a visit that began on 4 June": the trip starts on the day after "began", ends on the return', () => {
    const text = 'The Minister returned to Oslo on Tuesday 9 June, at the end of a visit to Peru that began on Thursday 4 June, when her aircraft took off from Gardermoen. In Lima she met the President on 5 June.';
    const stops = draft(text, '2026-06-10', 'Oslo').stops;
    expect([stops[0]!.depart, stops[0]!.dateCertainty, stops[stops.length - 1]!.arrive, stops[stops.length - 1]!.dateCertainty]).toEqual(['2026-06-04', 'stated', '2026-06-09', 'stated']);
  });
});

describe('order: a text that tells two trips, with a return home between them', () => {
  const text =
    'The Minister flew to Lima on 5 June. The next day she met the President of Peru before returning to Oslo that night. Two weeks later, the Minister arrived in Quito on 20 June. On 21 June she met the President of Ecuador. She returned to Oslo on 22 June.';

  it('keeps the home stop between them, and the second trip\'s days', () => {
    const days = stopDays(text, '2026-06-23', 'Oslo');
    expect(days.map((s) => s.split(' ')[0])).toEqual(['Oslo', 'Lima', 'Oslo', 'Quito', 'Oslo']);
    expect(days.slice(1, 3)).toEqual(['Lima 2026-06-05..2026-06-06', 'Oslo 2026-06-06..2026-06-20']);
    expect(days[3]!.startsWith('Quito 2026-06-20..')).toBe(true);
  });

  it('adds no home stop where the text tells one trip from its end ("returned to Oslo on 22 June … On 20 June she arrived in Quito")', () => {
    const told = 'The Minister returned to Oslo on 22 June from a visit to Quito. On 20 June she arrived in Quito. On 21 June she met the President of Ecuador.';
    expect(stopDays(told, '2026-06-23', 'Oslo').map((s) => s.split(' ')[0])).toEqual(['Oslo', 'Quito', 'Oslo']);
  });
});

describe('days: setting out for a region or country that names no city', () => {
  const home = (text: string) => {
    const s = draft(text, '2026-06-01', 'Oslo').stops[0]!;
    return `${s.depart ?? ''} ${s.dateCertainty ?? ''}`;
  };

  it('"will travel to South America tomorrow", "will travel tonight to the Republic of Peru": the trip starts that day', () => {
    expect(home('The Minister will travel to South America tomorrow for a four-day visit. On 3 June she will meet the President in Lima. She returns to Oslo on 5 June.')).toBe('2026-06-02 stated');
    expect(home('The Minister will travel tonight to the Republic of Peru and then to Ecuador. On 3 June she will meet the President in Lima. She returns to Oslo on 6 June.')).toBe('2026-06-01 stated');
  });

  it('not from a dateline, a span, or a day written before the verb', () => {
    expect(home('OSLO, 1 June – The Minister will travel to Peru and Ecuador from 3 to 6 June. On 3 June she will meet the President in Lima. She returns to Oslo on 6 June.')).not.toBe('2026-06-01 stated');
    expect(home('Today the Minister travelled to Peru. She left Oslo on Sunday evening and met the President in Lima on 1 June.')).not.toBe('2026-06-01 stated');
  });
});

describe('days: "wrapped up a four-day swing" ends the trip, it does not start it', () => {
  it('keeps the days told after it, and the departure is not the day of wrapping up', () => {
    const text =
      'The Minister wrapped up a three-day swing through the Andes on Friday with talks in Quito, pledging that Norway would not leave its partners behind. She began the trip on Wednesday in Lima, where she met the President. She flew to Quito on Thursday.';
    const days = stopDays(text, '2026-06-05', 'Oslo');
    expect(days.slice(1, 3)).toEqual(['Lima 2026-06-03..2026-06-04', 'Quito 2026-06-04..2026-06-05']);
    expect(days[0]).not.toBe('Oslo ..2026-06-05');
  });
});

describe('days: the day a trip ends, told before its places', () => {
  it('"today concluded a week that took him to Lima, …, and to Quito": today is Quito\'s, not Lima\'s', () => {
    const text =
      'The Minister today concluded a week in South America that took him to Lima, for talks with the President, and to Quito, for the Andean summit. He arrived in Lima on Monday, 1 June. On 3 June he flew to Quito.';
    expect(stopDays(text, '2026-06-06', 'Oslo').slice(1, 3)).toEqual(['Lima 2026-06-01..2026-06-03', 'Quito 2026-06-03..2026-06-06']);
  });

  it('"today completed a visit to Lima and Quito": the last place\'s day, not each place\'s', () => {
    const text = 'The Minister today completed a visit to Lima and Quito. He arrived in Lima on Monday, 1 June. On 3 June he flew to Quito.';
    expect(stopDays(text, '2026-06-06', 'Oslo').slice(1, 3)).toEqual(['Lima 2026-06-01..2026-06-03', 'Quito 2026-06-03..2026-06-06']);
  });
});
