// Outside testers' announcements, round 9: what the rules did with them, checked on sentences written for these
// tests, about other places than the testers'.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { useWorld } from './world';

const { world, draft, stopDays } = useWorld();
/** Each stop as `Name arrive..depart certainty (what is inferred)`. */
const certainty = (text: string, published: string, home: string) =>
  draft(text, published, home).stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''} ${s.dateCertainty ?? ''}${s.note?.includes('inferred') ? ` (${s.note.replace(/.*?(\w+(?: and \w+)? inferred, not stated\.).*/, '$1')})` : ''}`);

describe('days: "depart for X on D to begin a visit to X and Y" reaches X on D', () => {
  it('dates the arrival at the place left for, though the sentence lists the visit\'s places after the day', () => {
    const text =
      'The Minister will depart for Lisbon this Sunday (May 10) to begin a four-day visit to Lisbon and Madrid. In Lisbon, she will meet the Prime Minister on May 11. On May 12 she will travel by train to Madrid. She will return to London on May 13.';
    expect(stopDays(text, '2026-05-07', 'London')).toEqual(['London ..2026-05-10', 'Lisbon 2026-05-10..2026-05-12', 'Madrid 2026-05-12..2026-05-13', 'London 2026-05-13..']);
    // Madrid, the last stop, lasts until the return (round 14; it was left on the day reached, which no sentence says).
  });

  it('reaches it the next day at the earliest when the departure is at night ("tonight", "this evening")', () => {
    const listed = 'The Minister will depart for Lisbon tonight (May 10) to begin a four-day visit to Lisbon and Madrid. In Lisbon, she will meet the Prime Minister on May 11. She will return to London on May 14.';
    expect(stopDays(listed, '2026-05-10', 'London').slice(0, 2)).toEqual(['London ..2026-05-10', 'Lisbon 2026-05-11..2026-05-11']);
    const alone = draft('The Minister will depart for Nairobi this evening (3 June). She will return to Oslo on 6 June.', '2026-06-03', 'Oslo').stops[1]!;
    expect([alone.arrive, alone.note]).toEqual(['2026-06-04', 'arrive and depart inferred, not stated.']);
  });

});

describe('certainty: a day is stated only for what its sentence says of it', () => {
  it('"travels on Thursday to Busan" states the arrival at Busan, not the departure from it', () => {
    const text = 'Madrid, 2 June 2026 – The Minister will visit Hanoi on 3 June. From Hanoi she travels on Thursday to Busan, where she will meet the Mayor. She returns to Madrid on 8 June.';
    expect(certainty(text, '2026-06-02', 'Madrid')).toEqual([
      'Madrid ..2026-06-03 inferred (depart inferred, not stated.)',
      'Hanoi 2026-06-03..2026-06-04 stated',
      'Busan 2026-06-04..2026-06-08 inferred (depart inferred, not stated.)',
      'Madrid 2026-06-08.. stated',
    ]);
  });

  it('"will leave for Nairobi tomorrow" states the day of leaving home; the arrival that day is inferred, with a note', () => {
    const text = 'Oslo, 2 June 2026 – The Minister will leave for Nairobi tomorrow. On Friday she will meet the President in Nairobi. She returns to Oslo on 8 June.';
    expect(certainty(text, '2026-06-02', 'Oslo')).toEqual(['Oslo ..2026-06-03 stated', 'Nairobi 2026-06-03..2026-06-08 inferred (arrive and depart inferred, not stated.)', 'Oslo 2026-06-08.. stated']);
    // Round 14: Nairobi, the last stop, lasts until the return (it ended on the meeting's Friday, a leaving no sentence gives).
  });

  it('"On 5 June she leaves for Kyoto" during the trip: the day of leaving the stop before, not a stated arrival', () => {
    const text = 'The Minister will arrive in Manila on 3 June. On 5 June she leaves for Kyoto. She will meet the Governor in Kyoto on 6 June and return to Oslo on 7 June.';
    expect(certainty(text, '2026-06-01', 'Oslo').slice(1, 3)).toEqual(['Manila 2026-06-03..2026-06-05 stated', 'Kyoto 2026-06-05..2026-06-07 inferred (arrive and depart inferred, not stated.)']);
    // Round 14: Kyoto, the last stop, lasts until the return on the 7th (it ended on the meeting's day).
  });

  it('keeps a stated arrival stated: "will arrive in Nairobi on 3 June", "flies to Nairobi on 3 June"', () => {
    for (const text of ['The Minister will arrive in Nairobi on 3 June and return to Oslo on 6 June.', 'The Minister flies to Nairobi on 3 June and returns to Oslo on 6 June.']) {
      const nairobi = draft(text, '2026-06-01', 'Oslo').stops[1]!;
      expect(nairobi.arrive).toBe('2026-06-03');
      expect(nairobi.note ?? '').not.toMatch(/arrive/);
    }
  });
});

describe('warnings: a dated sentence after the trip that the draft holds nowhere', () => {
  const warn = (text: string, published: string, home?: string) => extractWith(world.g, text, { published, ...(home ? { home } : {}) }).warnings;

  it('names the day and quotes the sentence of "On 9 March the Minister will brief the committee in Oslo", told after the return home', () => {
    const text = 'The Minister will travel to Suva on 3 March, returning to Oslo on 6 March. In Suva she will meet the Prime Minister of Fiji.\n\nOn 9 March the Minister will brief the foreign affairs committee in Oslo.';
    const w = warn(text, '2026-02-27').filter((x) => x.code === 'date-conflict');
    expect(w.map((x) => [x.message.includes('2026-03-09') && x.message.includes('after the return home (2026-03-06)'), x.source?.text])).toEqual([
      [true, 'On 9 March the Minister will brief the foreign affairs committee in Oslo.'],
    ]);
  });

  it('says nothing of days the draft holds, nor of the date line of a report issued after the trip', () => {
    const text = 'The Minister travelled to Suva on 3 March and returned to Oslo on 6 March.\n\nEnds/Tuesday, March 10, 2026\nIssued at 16:00';
    expect(warn(text, '2026-03-10').filter((x) => x.code === 'date-conflict')).toEqual([]);
  });
});

describe('meetings: an undated one is on the day its paragraph has reached', () => {
  it('dates "She will also visit the Larco Museum" after a meeting on 5 June that day, inferred, not the stop\'s first day', () => {
    const text = 'The Minister will travel to Lima on 3 June and return to Oslo on 7 June.\n\nIn Lima she will meet the Foreign Minister on 5 June. She will also visit the Larco Museum.';
    const lima = draft(text, '2026-06-01', 'Oslo').stops[1]!;
    expect(lima.meetings.map((m) => [m.title, m.date, m.dateCertainty, m.note])).toEqual([
      ['Meeting with Foreign Minister', '2026-06-05', 'stated', undefined],
      ['Larco Museum', '2026-06-05', 'inferred', 'Date inferred from the sentence before.'],
    ]);
  });

  it('keeps the stop\'s first day where the paragraph gives none, or one outside the stay', () => {
    const text = 'The Minister will travel to Lima on 3 June and return to Oslo on 7 June.\n\nShe will visit the Larco Museum.';
    expect(draft(text, '2026-06-01', 'Oslo').stops[1]!.meetings.map((m) => [m.date, m.note])).toEqual([['2026-06-03', 'Date inferred from the stop.']]);
  });
});

describe('meetings: the day a paragraph has reached is its first dated sentence\'s first day', () => {
  it('puts "In Suva she will hold talks …" after "travel to Suva on 3 March, returning on 6 March" on the 3rd, not the day of return', () => {
    const text = 'The Minister will travel to Suva on 3 March, returning to Oslo on 6 March. In Suva she will hold talks with the Prime Minister of Fiji, Sitiveni Rabuka.';
    expect(draft(text, '2026-02-27', 'Oslo').stops[1]!.meetings.map((m) => m.date)).toEqual(['2026-03-03']);
  });
});

describe('certainty: a day spent at a place does not state the day of reaching it', () => {
  it('"depart on Monday (June 8) for a visit to Nairobi and Kampala … In Nairobi she will meet … on June 9": reaches Nairobi on the 8th, inferred', () => {
    const text =
      'The Minister will depart on Monday (June 8) for a three-day visit to Nairobi and Kampala.\n\nIn Nairobi she will meet the President of Kenya on June 9.\n\nOn June 10 she will travel to Kampala. She will return to Oslo on June 11.';
    expect(certainty(text, '2026-06-05', 'Oslo').slice(0, 2)).toEqual(['Oslo ..2026-06-08 stated', 'Nairobi 2026-06-08..2026-06-10 inferred (arrive inferred, not stated.)']);
  });

  it('"In Nairobi she will meet the President on June 9", the only day given: the arrival is that day, inferred', () => {
    const text = 'The Minister will visit Kenya and Uganda this month.\n\nIn Nairobi she will meet the President of Kenya on June 9.\n\nOn June 10 she will travel to Kampala. She will return to Oslo on June 11.';
    expect(certainty(text, '2026-06-01', 'Oslo')[1]).toBe('Nairobi 2026-06-09..2026-06-10 inferred (arrive inferred, not stated.)');
  });

  it('keeps the arrival stated where a sentence states it, the same day as a meeting there', () => {
    const text = 'The Minister will arrive in Nairobi on June 9.\n\nIn Nairobi she will meet the President of Kenya on June 9.\n\nOn June 10 she will travel to Kampala. She will return to Oslo on June 11.';
    expect(certainty(text, '2026-06-01', 'Oslo')[1]).toBe('Nairobi 2026-06-09..2026-06-10 stated');
  });
});
