// Meetings this round's helpers left (issue 17, round 24), fixed by general rules, each checked on sentences worded otherwise
// than the text that showed it, then on that text: the traveller and a host doing something together ("she and Prime Minister
// X will sign").
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/extract/find-meetings';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();
const misses = caseMisses(draft);
/** The names of the people a sentence's meetings are with, one list per meeting. */
const met = (sentence: string) =>
  findMeetings(sentence)
    .filter((m) => m.kind === 'meeting')
    .map((m) => m.with.map((w) => String(w.participant.name)));

describe('the traveller and a host acting together', () => {
  it('is a meeting with the host, whatever the shared act', () => {
    expect(met('On 3 May the Chancellor will be in Lisbon, where she and Prime Minister António Costa will inaugurate the Web Summit.')).toEqual([['António Costa']]);
    expect(met('He and President Cyril Ramaphosa will then lay the foundation stone of the new hospital.')).toEqual([['Cyril Ramaphosa']]);
    expect(met('In Nairobi she and President William Ruto are expected to launch a green hydrogen partnership.')).toEqual([['William Ruto']]);
    expect(met('Kishida and Chancellor Olaf Scholz will co-chair the first intergovernmental consultations.')).toEqual([['Olaf Scholz']]);
  });

  it('is no meeting with a spouse who travels along', () => {
    expect(met('He and First Lady Jill Biden will open the exhibition.')).toEqual([]);
    expect(met('The King and Queen Camilla will lay a wreath at the memorial.')).toEqual([]);
  });

  it('reads the host in a whole announcement', () => {
    const c: Case = {
      what: 'Canada, Warsaw, "where he and President Andrzej Duda will sign"',
      text: 'Ottawa, 10 March 2024 – Prime Minister Justin Trudeau will travel to Warsaw on 12 March, where he and President Andrzej Duda will sign a defence cooperation agreement. He returns to Ottawa on 13 March.',
      published: '2024-03-10',
      home: 'Ottawa',
      stops: [from('Ottawa', '2024-03-12'), at('Warsaw', ['2024-03-12']), back('Ottawa', '2024-03-13')],
      meetings: [['Warsaw', 'Andrzej Duda']],
    };
    expect(misses(c)).toEqual([]);
  });
});

/** The texts of this round's tests that showed the causes (places24, modes24), now read whole. */
const shown: Case[] = [
  {
    what: 'United States, "Hanover, Germany" for the trade fair (places24)',
    text: 'Washington, 19 April 2016 – President Obama will travel to London on 21 April, where he will meet Prime Minister David Cameron on 22 April. On 24 April he will travel to Hanover, Germany, where he and Chancellor Angela Merkel will open the Hannover Messe trade fair.',
    published: '2016-04-19',
    home: 'Washington',
    stops: [from('Washington, D.C.', '2016-04-21'), at('London', ['2016-04-21', '2016-04-22']), at('Hanover', ['2016-04-24']), back('Washington, D.C.')],
    meetings: [['London', 'Cameron'], ['Hanover', 'Merkel']],
  },
  {
    what: 'Thailand, "sign the railway agreement" (modes24)',
    text: 'Bangkok, 5 December 2024 – Prime Minister Paetongtarn Shinawatra will visit Vientiane on 10 December, where she and Prime Minister Sonexay Siphandone will sign the railway agreement between the two countries.',
    published: '2024-12-05',
    home: 'Bangkok',
    stops: [from('Bangkok'), at('Vientiane', ['2024-12-10']), back('Bangkok')],
    meetings: [['Vientiane', 'Sonexay Siphandone']],
  },
];

describe('the texts that showed these causes', () => {
  for (const c of shown) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});
