// Round 4 of tuning (issue 17), meetings: the day of a meeting, hosts named as the subject, and
// titles of every kind of state and office. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findMeetings, fullName, officeHolder } from '../../src/extract/find-meetings';
import { useWorld } from './world';

const { draft } = useWorld();

describe('meetings: the day, the hosts and the titles', () => {
  it('dates a meeting with the day given last before it in the sentence', () => {
    const stops = draft('The Minister left Lisbon on 3 May and landed in Nairobi the following morning, where President Amani Njoroge received her.', '2026-05-06', 'Lisbon').stops;
    expect(stops[1]!.meetings.map((m) => [m.title, m.date])).toEqual([['Meeting with Amani Njoroge', '2026-05-04']]);
  });

  it.each([
    ['President Amani Njoroge held a welcome ceremony for her at State House.', 'Amani Njoroge'],
    ['Prime Minister Amani Njoroge will host a luncheon in her honour.', 'Amani Njoroge'],
    ['Governor Amani Njoroge will join her at the port.', 'Amani Njoroge'],
    ['President Amani Njoroge welcomed Prime Minister Costa to State House.', 'Amani Njoroge'],
    ['On 5 May the Minister and Foreign Minister Amani Njoroge will hold the annual Strategic Dialogue.', 'Amani Njoroge'],
  ])('reads the hosts as the subject: %s', (sentence, name) => {
    const names = findMeetings(sentence).flatMap((m) => m.with.map((w) => w.participant.name));
    expect(names).toEqual([name]);
  });

  it('keeps honorifics and styles of every kind of state out of the name, and initials and "Jr." in it', () => {
    const table: [string, string][] = [
      ['She met Smt. Lakshmi Rao, the Governor.', 'Lakshmi Rao'],
      ['She had an audience with His Majesty King Harald V.', 'King Harald V'],
      ['She met President Ferdinand Q. Ramos Jr. at the palace.', 'Ferdinand Q. Ramos Jr.'],
      ['She called on Her Royal Highness Princess Aiko.', 'Princess Aiko'],
    ];
    for (const [sentence, name] of table) expect(findMeetings(sentence)[0]?.with[0]?.participant.name, sentence).toBe(name);
  });

  it('gives an office of an institution its whole name as the role', () => {
    const [m] = findMeetings('She met the Secretary of the Provincial Committee of the Unity Party, Mr Chen Bo.');
    expect(m?.with[0]?.participant).toMatchObject({ name: 'Chen Bo', role: 'Secretary of the Provincial Committee of the Unity Party' });
  });

  it('takes for a surname two people share the one written after the same title', () => {
    const texts = ['At the invitation of President Amani K. Njoroge and First Lady Dr. Grace Njoroge.'];
    expect(fullName('Njoroge', texts, 'President')).toBe('Amani K. Njoroge');
    expect(fullName('Njoroge', texts)).toBe('Njoroge');
  });

  it('names an office given by its title alone after the one holder the text names', () => {
    const texts = ['At the invitation of His Majesty Sultan Haji Omar Rahman, the Minister will visit.', 'She will hold talks with His Majesty the Sultan.'];
    expect(officeHolder('His Majesty the Sultan', texts)).toBe('Sultan Haji Omar Rahman');
    expect(officeHolder('the President', ['President Ana Costa met President Amani Njoroge.'])).toBeUndefined();
  });

  it('keeps a meeting where the traveller is when the sentence then goes on to another place', () => {
    const text = 'On 4 May the Minister will arrive in Nairobi. On 5 May she will have an audience with President Amani Njoroge, and will then fly to Mombasa.';
    const stops = draft(text, '2026-05-01', 'Lisbon').stops;
    expect(stops.find((s) => s.name === 'Nairobi')!.meetings.map((m) => m.title)).toEqual(['Meeting with Amani Njoroge']);
  });
});

describe('meetings: a phrase that gives its own day', () => {
  it('takes the day written right after the phrase over the one before it', () => {
    const text = 'The Premier will visit Kenya from 3 to 5 June and will then attend the ocean forum in Mombasa from 6 to 7 June.';
    const stops = draft(text, '2026-05-28', 'Lisbon').stops;
    expect(stops.flatMap((s) => s.meetings.map((m) => [s.name, m.date]))).toEqual([['Mombasa', '2026-06-06']]);
  });
});

describe('meetings: titles without names, and what is no meeting', () => {
  it('joins a title to the name after it, and offices joined by "and" into one person', () => {
    const table: [string, string[]][] = [
      ['She will call on the Vice Premier, Mr Chen Bo, tomorrow morning.', ['Chen Bo']],
      ['She met the Emir, Sheikh Omar Rahman, and the Prime Minister and Minister of Foreign Affairs, Sheikh Ali Rahman.', ['Omar Rahman', 'Ali Rahman']],
    ];
    for (const [sentence, names] of table) {
      expect(findMeetings(sentence).flatMap((m) => m.with.map((w) => w.participant.name)), sentence).toEqual(names);
    }
  });

  it('makes no site visit of regions and countries, nor of a headline', () => {
    const text = 'Minister visits the Gulf and Kenya\n\nOn 4 May the Minister arrived in Nairobi and visited the Kibera health centre.';
    const stops = draft(text, '2026-05-06', 'Lisbon').stops;
    expect(stops.flatMap((s) => s.meetings.map((m) => m.title))).toEqual(['Kibera health centre']);
  });
});

// Found by a tester on the extract page (stop 25): a body named in lower case is whom she meets.
describe('meetings: a body named in lower case', () => {
  it.each([
    ['She will travel to Singapore to meet the regional transport board.', ['regional transport board']],
    ['She will meet the joint trade commission and the port authority.', ['joint trade commission', 'port authority']],
  ])('reads it as whom she meets: %s', (sentence, names) => {
    expect(findMeetings(sentence).flatMap((m) => m.with.map((w) => w.participant.name))).toEqual(names);
  });

  it.each([
    'The new terminal will meet the needs of the regional transport board.',
    'The plan will meet the standards the commission set.',
  ])('not what a thing meets: %s', (sentence) => {
    expect(findMeetings(sentence)).toEqual([]);
  });

  it('drafts the tester\'s announcement with the meeting at its stop', () => {
    const stops = draft('The Secretary for Transport will travel to Singapore on 3 March to meet the regional transport board. She will return to Hong Kong on 5 March.', '2026-03-01', 'Hong Kong').stops;
    expect(stops.map((s) => s.meetings.map((m) => m.title))).toEqual([[], ['Meeting with regional transport board'], []]);
  });
});
