// Stated dates and modes, round 16 (issue 17): fifteen short announcements written for these tests, about places no corpus
// text names, in styles the corpus lacks or has rarely: programme lines ("Monday 2 March — Coimbra", "D+1:"), "on the second
// day", "that evening", "the following morning", an overnight flight, "wraps up", "en route", ordinal days ("the 4th"), US
// dates ("March 4"), "between 4 and 6 May" and "7–8 May", weekdays against the publication date, "arrived by sea/air/road",
// the Shinkansen, the Eurostar and the TGV, "sailed", a motorcade and a helicopter.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

/** The stops visited (not home) as `Name arrive..depart`, and every leg's mode. */
const read = (text: string, published: string, home: string) => {
  const it = draft(text, published, home);
  return { stops: it.stops.slice(1, -1).map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`), modes: it.legs.map((l) => l.mode) };
};

describe('announcements of round 16: programmes', () => {
  it('reads a programme whose day headings name the place ("Monday 2 March — Coimbra"), with the lines under each', () => {
    const text = [
      'Programme of the visit of the Vice-President to Portugal',
      'Monday 2 March — Coimbra',
      'Arrival by air. Meeting with the Rector of the University.',
      'Tuesday 3 March — Faro',
      'Travel by road. Visit to the marine research centre.',
      'Wednesday 4 March',
      'Return flight to Warsaw.',
    ].join('\n\n');
    expect(read(text, '2026-02-26', 'Warsaw')).toEqual({ stops: ['Coimbra 2026-03-02..2026-03-03', 'Faro 2026-03-03..2026-03-04'], modes: ['flight', 'road', 'flight'] });
  });

  it('reads a programme counted from its first day ("D (Monday 5 October):", "D+1:", "Train to Limerick")', () => {
    const text = [
      "Outline programme of the Governor General's visit to Ireland",
      'D (Monday 5 October): Arrival in Cork by air; call on the Lord Mayor.',
      'D+1: Travel by road to Kilkenny; visit to the castle.',
      'D+2: Train to Limerick; meeting with business leaders.',
      'D+3: Return to Ottawa.',
    ].join('\n\n');
    expect(read(text, '2026-09-30', 'Ottawa')).toEqual({
      stops: ['Cork 2026-10-05..2026-10-06', 'Kilkenny 2026-10-06..2026-10-07', 'Limerick 2026-10-07..2026-10-08'],
      modes: ['flight', 'road', 'rail', 'unknown'],
    });
  });
});

describe('announcements of round 16: days counted from others', () => {
  it('reads "on the second day" and "on the last day" of a stated span', () => {
    const text =
      'The Prime Minister will visit Norway from 8 to 10 June. He will arrive in Trondheim on 8 June and meet the county mayor. On the second day he will fly to Tromsø to visit the Arctic research station, and he will return to Helsinki on the last day.';
    expect(read(text, '2026-06-03', 'Helsinki')).toEqual({ stops: ['Trondheim 2026-06-08..2026-06-09', 'Tromsø 2026-06-09..2026-06-10'], modes: ['unknown', 'flight', 'unknown'] });
  });

  it('reads "That evening she flew to" and "The following morning …, before returning by air"', () => {
    const text =
      'The Secretary arrived in Cebu on Thursday 14 May and met the Governor. That evening she flew to Iloilo, where she attended a dinner with local leaders. The following morning she visited a port project, before returning to Manila by air.';
    expect(read(text, '2026-05-17', 'Manila')).toEqual({ stops: ['Cebu 2026-05-14..2026-05-14', 'Iloilo 2026-05-14..2026-05-15'], modes: ['unknown', 'flight', 'flight'] });
  });

  it('reads "an overnight flight to Muscat, arriving on 9 November"', () => {
    const text =
      'The Governor-General left Wellington on Sunday 8 November on an overnight flight to Muscat, arriving on 9 November. On 12 November she will fly to Sohar to visit the port, and she will return home on 13 November.';
    expect(read(text, '2026-11-06', 'Wellington')).toEqual({ stops: ['Muscat 2026-11-09..2026-11-12', 'Sohar 2026-11-12..2026-11-13'], modes: ['flight', 'flight', 'unknown'] });
  });

  it('reads "begins … on 3 October, when he arrives in Marrakesh" and "where the visit wraps up on 7 October"', () => {
    const text =
      'The President begins a state visit to Morocco on 3 October, when he arrives in Marrakesh. He travels to Fez on 5 October for talks with the King. On 6 October he will take the train to Tangier, where the visit wraps up on 7 October.';
    expect(read(text, '2026-09-28', 'Lisbon')).toEqual({
      // The world list spells the city Marrakech.
      stops: ['Marrakech 2026-10-03..2026-10-05', 'Fez 2026-10-05..2026-10-06', 'Tangier 2026-10-06..2026-10-07'],
      modes: ['unknown', 'unknown', 'rail', 'unknown'],
    });
  });

  it('reads a stop "en route", and gives the return told with its own subject ("…, and she will return to Oslo") no mode of the leg before', () => {
    const text =
      'The Minister departs Oslo on 14 September for a visit to Kenya. En route, she will stop in Luxor, Egypt, on 15 September to meet the Governor. She will fly on to Kisumu on 16 September, where she will be received by the county governor, and she will return to Oslo on 20 September.';
    expect(read(text, '2026-09-10', 'Oslo')).toEqual({ stops: ['Luxor 2026-09-15..2026-09-16', 'Kisumu 2026-09-16..2026-09-20'], modes: ['unknown', 'flight', 'unknown'] });
  });
});

describe('announcements of round 16: travel told as what comes next', () => {
  it('reads "The delegation will then travel to Sendai by train" after a programme\'s day as travel that day, not after a span', () => {
    const text = [
      'Programme of the delegation to Japan',
      'October 12 (Monday): The delegation will meet the Governor of Aichi Prefecture in Nagoya and visit a robotics plant. The delegation will then travel to Sendai by train.',
      'October 13 (Tuesday): In Sendai, the delegation will visit a disaster-prevention centre.',
      'The delegation will return to Seoul in the evening.',
    ].join('\n\n');
    expect(read(text, '2026-10-08', 'Seoul')).toEqual({ stops: ['Nagoya 2026-10-12..2026-10-12', 'Sendai 2026-10-12..2026-10-13'], modes: ['unknown', 'rail', 'unknown'] });
    const span = 'The Minister will pay an official visit to Japan from 12 to 14 October, with talks in Nagoya. She will then travel to Sendai by train. She returns to Seoul on 16 October.';
    expect(read(span, '2026-10-08', 'Seoul').stops[1]).toBe('Sendai 2026-10-14..2026-10-16');
  });
});

describe('announcements of round 16: ways of writing a day', () => {
  it('reads ordinal days ("on the 4th and 5th of September and in Santander on the 6th")', () => {
    const text = 'The Minister will be in Bilbao on the 4th and 5th of September and in Santander on the 6th, returning to Madrid on the 7th.';
    expect(read(text, '2026-08-30', 'Madrid')).toEqual({ stops: ['Bilbao 2026-09-04..2026-09-05', 'Santander 2026-09-06..2026-09-07'], modes: ['unknown', 'unknown', 'unknown'] });
  });

  it('reads US dates ("on March 4 and to Monterrey on March 6")', () => {
    const text = 'WASHINGTON — The Secretary of Commerce will travel to Guadalajara on March 4 and to Monterrey on March 6, returning to Washington on March 7.';
    expect(read(text, '2026-03-01', 'Washington')).toEqual({ stops: ['Guadalajara 2026-03-04..2026-03-06', 'Monterrey 2026-03-06..2026-03-07'], modes: ['unknown', 'unknown', 'unknown'] });
  });

  it('reads "in Graz between 4 and 6 May … and in Salzburg on 7–8 May": a city of "and in", given its own days', () => {
    const text = 'The Commissioner will be in Graz between 4 and 6 May for the regional forum and in Salzburg on 7–8 May. She will fly back to Brussels on 8 May.';
    expect(read(text, '2026-04-30', 'Brussels')).toEqual({ stops: ['Graz 2026-05-04..2026-05-06', 'Salzburg 2026-05-07..2026-05-08'], modes: ['unknown', 'unknown', 'flight'] });
  });

  it('reads weekdays only, against the publication date, each after the one before it in the sentence', () => {
    // Published on Sunday 11 October: Tuesday is the 13th, and the Thursday after it the 15th (not the 8th, nearer publication).
    const text = 'The Taoiseach travels to Seville on Tuesday for the EU–CELAC ministerial meeting, and to Valencia on Thursday. He returns to Dublin on Friday.';
    expect(read(text, '2026-10-11', 'Dublin')).toEqual({ stops: ['Seville 2026-10-13..2026-10-15', 'Valencia 2026-10-15..2026-10-16'], modes: ['unknown', 'unknown', 'unknown'] });
  });
});

describe('announcements of round 16: modes', () => {
  it('reads "arrived by sea in", "arrived by air in" and "arrived by road in"', () => {
    const text =
      'The Governor-General arrived by sea in Hobart on 2 February and met the Premier of Tasmania. On 4 February she arrived by air in Cairns, and on 6 February she arrived by road in Townsville. She flew back to Canberra on 7 February.';
    expect(read(text, '2026-02-08', 'Canberra')).toEqual({
      stops: ['Hobart 2026-02-02..2026-02-04', 'Cairns 2026-02-04..2026-02-06', 'Townsville 2026-02-06..2026-02-07'],
      modes: ['sea', 'flight', 'road', 'flight'],
    });
  });

  it('reads "took the Shinkansen to Sendai"', () => {
    const text =
      'The Minister arrived in Nagoya on Monday 12 October. On 13 October she took the Shinkansen to Sendai, and on 14 October she flew to Kagoshima, where she visited a space centre. She returned to Seoul on 15 October.';
    expect(read(text, '2026-10-16', 'Seoul')).toEqual({
      stops: ['Nagoya 2026-10-12..2026-10-13', 'Sendai 2026-10-13..2026-10-14', 'Kagoshima 2026-10-14..2026-10-15'],
      modes: ['unknown', 'rail', 'flight', 'unknown'],
    });
  });

  it('reads "having taken the Eurostar from London" and "took the TGV to Montpellier"', () => {
    const text =
      'The Prime Minister arrived in Lille on Thursday 11 June, having taken the Eurostar from London. On Friday he took the TGV to Montpellier for a meeting with regional leaders, and he flew back to London on Saturday.';
    expect(read(text, '2026-06-14', 'London')).toEqual({ stops: ['Lille 2026-06-11..2026-06-12', 'Montpellier 2026-06-12..2026-06-13'], modes: ['rail', 'rail', 'flight'] });
  });

  it('reads the mode of travel to the next stop\'s country ("then flew to Zimbabwe") as the mode of the leg to that stop', () => {
    const text =
      'The Minister arrived in Livingstone on Monday 2 March and toured a bridge project on the Zambezi. She then flew to Zimbabwe on Tuesday. On Wednesday she held talks with the Governor in Bulawayo. She returned to Oslo on 5 March.';
    expect(read(text, '2026-03-06', 'Oslo').modes).toEqual(['unknown', 'flight', 'unknown']);
  });

  it('reads "Hours after landing, she was received" as the flight that reached the stop', () => {
    const text = 'The Prime Minister left Canberra for Da Nang early on Monday 9 March. Hours after landing, she was received by the Chairman of the city People\'s Committee. She returned to Canberra on 11 March.';
    expect(read(text, '2026-03-06', 'Canberra').modes).toEqual(['flight', 'unknown']);
  });

  it('reads "sailed to", "a motorcade took her to" and "flew by helicopter to", and no mode for "…, and she returned to Copenhagen"', () => {
    const text =
      'The Queen sailed to Esbjerg aboard the royal yacht, arriving on 3 July. On 5 July a motorcade took her to Kolding, where she opened a new concert hall. On 6 July she flew by helicopter to Odense, and she returned to Copenhagen on 7 July.';
    expect(read(text, '2026-06-30', 'Copenhagen')).toEqual({
      stops: ['Esbjerg 2026-07-03..2026-07-05', 'Kolding 2026-07-05..2026-07-06', 'Odense 2026-07-06..2026-07-07'],
      modes: ['sea', 'road', 'flight', 'unknown'],
    });
  });
});
