// Meetings and modes: the tenth outside round's causes and the largest general causes of missed meetings and modes on the
// tuning texts, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/extract/find-meetings';
import { modeOf } from '../../src/extract/modes';

const meetings = (sentence: string) => findMeetings(sentence).filter((m) => m.kind === 'meeting');
const people = (sentence: string) => meetings(sentence).flatMap((m) => m.with.map((w) => w.participant));
const names = (sentence: string) => people(sentence).map((p) => p.name);

describe('meetings: an office of several words before a name', () => {
  it('is the role, the name alone the name ("Federal President Frank-Walter Steinmeier" kept whole, with no role)', () => {
    expect(people('On Monday she was received by Federal President Anselm Brecht-Vogel at the palace.')).toEqual([{ name: 'Anselm Brecht-Vogel', role: 'Federal President', kind: 'person' }]);
    expect(people('He met Tarnish President Ilse Marr-Dobos.')).toEqual([{ name: 'Ilse Marr-Dobos', role: 'Tarnish President', kind: 'person' }]);
  });
});

describe('meetings: a negation says there is none', () => {
  it('finds no meeting in "did not meet", "no meeting with … is planned", "will not be received by", "has no plans to meet"', () => {
    expect(meetings('He did not meet President Olek Varna during the stop.')).toEqual([]);
    expect(meetings('No meeting with Prime Minister Dara Senn is planned.')).toEqual([]);
    expect(meetings('She will not be received by King Aldo of Velmar.')).toEqual([]);
    expect(meetings('The minister has no plans to meet Governor Ruth Acker.')).toEqual([]);
    expect(meetings('Prime Minister Dara Senn did not host him.')).toEqual([]);
  });

  it('still finds the meeting a sentence states after a negation elsewhere', () => {
    expect(names('He did not travel to Orlen, but met President Olek Varna in the capital.')).toEqual(['Olek Varna']);
  });
});

describe('meetings: "at the invitation of" is no meeting', () => {
  it('finds none where the text states only the invitation (this round checked the draft: it already finds none)', () => {
    expect(meetings('At the invitation of President Olek Varna, she will pay a state visit to Velmar.')).toEqual([]);
  });
});

describe('meetings: talks and the like held with someone', () => {
  it('finds the people of "held talks there with", "held strategic consultations with", "had a conversation with", "co-chaired the dialogue with"', () => {
    expect(names('On Sunday he held talks there with Velmari Foreign Minister Ossian Pell.')).toEqual(['Ossian Pell']);
    expect(names('He held annual security consultations with Rado Minsk, Secretary of the Security Council.')).toEqual(['Rado Minsk']);
    expect(names('Before leaving he had a conversation with Governor Ines Talby.')).toEqual(['Ines Talby']);
    expect(names('He also had a brief interaction with His Holiness Pope Clement.')).toEqual(['Pope Clement']);
    expect(names('She co-chaired the annual strategic dialogue with Foreign Minister Mira Osk.')).toEqual(['Mira Osk']);
  });

  it('leaves a meal or a dialogue with no one named alone', () => {
    expect(meetings('She held a working dinner with the delegation\'s own staff present.')).toEqual([]);
  });
});

describe('meetings: the traveller receives, visits, or is joined by someone with a title', () => {
  it('finds "received former Prime Minister X", "pay a visit to former President X", "was joined by the President …, X"', () => {
    expect(names('The next day he received former Prime Minister Hal Orsted.')).toEqual(['Hal Orsted']);
    expect(names('He will also pay a visit to former President Juno Varela.')).toEqual(['Juno Varela']);
    expect(names('In Velka she was joined by the President of Tarn, Edda Lind, for a meeting on energy.')).toEqual(['Edda Lind']);
  });

  it('does not take an honour or a place received or visited for a person', () => {
    expect(meetings('He received an honorary doctorate from the university.')).toEqual([]);
    expect(meetings('He will also pay a visit to Velka.')).toEqual([]);
  });
});

describe('meetings: a host who meets or hosts the traveller, as the subject', () => {
  it('finds "where Tarnish President X met him", "X will host the couple"', () => {
    expect(names('He flew on to Velka, where Tarnish President Jon Eskil met him on the 16th.')).toEqual(['Jon Eskil']);
    expect(names('The Speaker of the Assembly, Mrs Ada Rundt, will host the couple at the Assembly in the evening.')).toEqual(['Ada Rundt']);
  });

  it('finds "X is expected to meet him", and none in "X is not expected to meet him"', () => {
    expect(names('The President of Orlen, Mr Ivo Kask, is expected to meet him on the same day.')).toEqual(['Ivo Kask']);
    expect(meetings('The President of Orlen, Mr Ivo Kask, is not expected to meet him.')).toEqual([]);
  });
});

describe('meetings: people listed with their titles', () => {
  it('splits "President X and Prime Minister Y" and "King X and Queen Y" into two', () => {
    expect(names('She will hold bilateral meetings with President Varna, Chancellor Ostby and Prime Minister Senn.')).toEqual(['Varna', 'Ostby', 'Senn']);
    expect(names('They were welcomed by King Aldo and Queen Mira at the palace.')).toEqual(['Aldo', 'Mira']);
  });
});

describe('meetings: more ways of meeting on the tuning texts', () => {
  it('finds "had a working session with", "held several rounds of strategic communication in Velka with", "held talks Tuesday with"', () => {
    expect(names('On 28 June he had a working session with Otto Brandl, Founder of the Velka Forum.')).toEqual(['Otto Brandl']);
    expect(names('He held several rounds of strategic communication in Velka with Foreign Minister Ossian Pell.')).toEqual(['Ossian Pell']);
    expect(names('In Velka Ruiz held talks Tuesday with Prime Minister Dara Senn on trade.')).toEqual(['Dara Senn']);
  });

  it('finds "hold his first bilateral meetings, with …", "co-chair the Joint Council … with …", "spoke briefly with …"', () => {
    expect(names('He will hold his first bilateral meetings, with the Prime Minister of Tarn, Dara Senn, and the Prime Minister of Orlen, Ivo Kask.')).toEqual(['Dara Senn', 'Ivo Kask']);
    expect(names('The next day he will co-chair the 9th Joint Council for Bilateral Cooperation with Vice Premier Ossian Pell.')).toEqual(['Ossian Pell']);
    expect(names('He also spoke briefly with Tarnish President Ilse Marr-Dobos on the margins.')).toEqual(['Ilse Marr-Dobos']);
  });

  it('finds a programme\'s "Welcome by Mr X, President of …" and "Official welcome at the Palace by Mr X"', () => {
    expect(names('10:00 Welcome by Mr Ivo Kask, President of the Republic of Orlen, and talks.')).toEqual(['Ivo Kask']);
    expect(names('Official welcome at the Amber Palace by Mr Ivo Kask, President of Orlen.')).toEqual(['Ivo Kask']);
  });

  it('takes no one from "spoke with reporters" or "welcome by the sea"', () => {
    expect(meetings('He spoke with reporters before leaving.')).toEqual([]);
    expect(meetings('A welcome by the sea followed.')).toEqual([]);
  });
});

describe('modes: a country travelled to, then a place in it', () => {
  it('gives the leg to the place the clause then puts the traveller in its mode', () => {
    const a = 'The Prime Minister will fly to Tarn today for the summit, which the President is hosting at Castel Orro, near Velka.';
    expect(modeOf(a, a.indexOf('Velka'))).toBe('flight');
    const b = 'From Orlen she flew to Tarn and, on 3 May, was received by the President at the palace in Velka.';
    expect(modeOf(b, b.indexOf('Velka'))).toBe('flight');
  });

  it('not to a place the clause travels on to, or comes from', () => {
    const c = 'She flew to Tarn and drove from the airport to Velka.';
    expect(modeOf(c, c.indexOf('Velka'))).toBe('road');
    const d = 'He will fly to Tarn, and will then meet the Mayor in Velka.';
    expect(modeOf(d, d.indexOf('Velka'))).toBe('unknown');
  });
});
