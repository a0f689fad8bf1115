// Meetings on unseen announcements, a second batch (issue 17, round 23): the meetings this round's helpers left unread in
// their own texts (prec23, modes23 and dates23 marked them; those texts now assert them, in their own files), each cause
// fixed by a general rule in find-meetings.ts, checked here on sentences of other wordings, with ones where no meeting
// must be read. Four more the notes listed (Netanyahu, Kim Jong Un, the AI Action Summit "co-chaired with", and Hayashi
// beside Kishida) main already reads; Hayashi, named only "at the invitation of", stays unmet: meetings14b.test.ts holds
// that an invitation alone states no meeting (on the tuning texts reading the inviter as met would find 14 more meetings).
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/extract/find-meetings';

/** The names of the people a sentence's meetings are with. */
const met = (sentence: string) =>
  findMeetings(sentence)
    .filter((m) => m.kind === 'meeting')
    .flatMap((m) => m.with.map((w) => String(w.participant.name)));

describe('round 23: people named after an act\'s verb, set off by commas', () => {
  it('are met ("to sign, with Prime Minister X, the accord"), not the act\'s object; people without a title or a name are not', () => {
    expect(met('She will travel to Oslo to sign, with Prime Minister Jonas Gahr Støre, the new fisheries accord.')).toEqual(['Jonas Gahr Støre']);
    expect(met('He flies to Nairobi on Monday to launch, together with President Amina Odhiambo and Governor Paul Mwangi, a solar plant.')).toEqual(['Amina Odhiambo', 'Paul Mwangi']);
    expect(met('He will travel to Rome to speak, with reporters present, about the accord.')).toEqual([]);
    expect(met('He will go to Lyon to open, with the mayor, a new school.')).toEqual([]);
  });
});

describe('round 23: a meeting or retreat, of a body or named, "with" titled people', () => {
  it('meets them ("the Leaders\' Retreat with Prime Minister X", "a meeting of the Nordic Council with Prime Minister Y"); members in lower case are no one met', () => {
    expect(met("She will attend the annual Leaders' Retreat with Prime Minister Chris Hipkins in Queenstown.")).toEqual(['Chris Hipkins']);
    expect(met('They will hold a meeting of the Nordic Council with Prime Minister Mette Frederiksen.')).toEqual(['Mette Frederiksen']);
    expect(met('He will attend a meeting of the Council with representatives of member states.')).toEqual([]);
    expect(met('The dialogue of the Quad with its partners will follow.')).toEqual([]);
  });
});

describe('round 23: a host described in lower case between the name and the verb', () => {
  it('is met ("President X, a former senator, will host him"); an office without a name is not', () => {
    expect(met('He will travel to Washington on 22 June, where President Joe Biden, a former senator from Delaware, will host him.')).toEqual(['Joe Biden']);
    expect(met('She flies to Ottawa, where Prime Minister Mark Carney, a former central banker, will welcome her.')).toEqual(['Mark Carney']);
    expect(met('In Madrid, the envoy, a former banker, will host him.')).toEqual([]);
  });
});

describe('round 23: the verb left out after a day, or after a semicolon and a place', () => {
  it('meets each ("meet X, and on 8 July Vice Premier Y"; "; in Milan, Mayor Z"), not someone who is the subject of a verb of their own', () => {
    expect(met('On Monday he will meet President Ana Ruiz, and on Tuesday Foreign Minister Luis Paz.')).toEqual(['Ana Ruiz', 'Luis Paz']);
    expect(met('On 7 July she will meet Premier Li Qiang, and on 8 July Vice Premier He Lifeng, who led the talks.')).toEqual(['Li Qiang', 'He Lifeng']);
    expect(met('In Rome he will meet Pope Leo; in Milan, Mayor Giuseppe Sala.')).toEqual(['Leo', 'Giuseppe Sala']);
    expect(met('He will meet President Ana Ruiz, and on Tuesday Foreign Minister Luis Paz will fly to Lima.')).toEqual(['Ana Ruiz']);
    expect(met('In Rome he will meet Pope Leo; in Milan, President Sergio Mattarella will open the fair.')).toEqual(['Leo']);
  });
});

describe('round 23: an office whose name holds "for"', () => {
  it('keeps "for the Environment" in the office, not taken for the talks\' purpose ("talks with the Secretary for the Environment, X"); "for the coming year" after an office is still no part of it', () => {
    expect(met('He will hold talks with the Secretary for the Environment, Jane Doe, at the Foreign Office.')).toEqual(['Jane Doe']);
    expect(met('She will meet the Commissioner for the Internal Market, Maros Sefcovic, in Brussels.')).toEqual(['Maros Sefcovic']);
    expect(met('He will hold talks with the Minister of Trade for the coming year.')).toEqual(['Minister of Trade']);
  });
});

describe('round 23: a welcome by "Their Majesties"', () => {
  it('meets the monarchs named', () => {
    expect(met('The couple will receive a welcome by Their Majesties King Harald and Queen Sonja.')).toEqual(['King Harald', 'Sonja']);
  });
});

describe('round 23: an office with its portfolio, then the holder without a comma', () => {
  it('makes the holder the person ("Minister of Home Affairs Amit Shah"), not an institution\'s name ("Chairman of the National Assembly X")', () => {
    expect(findMeetings('He will meet Minister of Home Affairs Amit Shah.')[0]?.with[0]?.participant).toEqual({ name: 'Amit Shah', role: 'Minister of Home Affairs', kind: 'person' });
    expect(met('He will meet Minister for Foreign Affairs Penny Wong.')).toEqual(['Penny Wong']);
    expect(met('He met with Chairman of the National Assembly Vuong Dinh Hue.')).toEqual(['Chairman of the National Assembly Vuong Dinh Hue']);
  });
});
