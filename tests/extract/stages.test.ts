// Each stage of extraction on its own: sentences → visits → order → days → stops.
import { beforeAll, describe, expect, it } from 'vitest';
import { fillDays } from '../../src/extract/days';
import type { Draft } from '../../src/extract/draft';
import { loadGazetteer, type Gazetteer } from '../../src/extract/gazetteer';
import { orderStops } from '../../src/extract/order';
import { findHome, placesOf } from '../../src/extract/places';
import { anchorOf, readSentences } from '../../src/extract/sentences';
import { buildLegs, buildStops } from '../../src/extract/stops';
import { findVisits } from '../../src/extract/visits';
import type { ExtractWarning } from '../../src/extract/types';
import { run } from '../../src/cli/run';
import { fakeIO } from '../cli/fake-io';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

const stage = (text: string, published = '2024-01-07', home?: string) => {
  const infos = readSentences(text, g, anchorOf(text, published));
  const places = placesOf(infos, findHome(infos, g, home));
  return { infos, places, found: findVisits(infos, places) };
};

describe('stage 1: sentences', () => {
  it('reads each sentence’s dates against the publication date, and drops a dateline', () => {
    const text = 'Berlin, 17 April 2024 – The Chancellor arrived in Shanghai on 15 April. He left the next day.';
    const infos = readSentences(text, g, anchorOf(text));
    expect(anchorOf(text).published).toBe('2024-04-17');
    expect(infos.map((i) => i.dates.map((d) => d.from))).toEqual([['2024-04-15'], ['2024-04-16']]);
    expect(infos[0]!.mentions.map((m) => m.text)).toEqual(['Berlin', 'Shanghai']);
    expect(infos[1]!.departs).toBe(true);
  });
});

describe('home', () => {
  it('takes the given home, else the place of return, else none', () => {
    const infos = readSentences('She visited Tokyo and returned to Seoul on 3 May.', g, { published: '2024-05-04' });
    expect(findHome(infos, g, 'Osaka')?.name).toBe('Osaka');
    expect(findHome(infos, g)?.name).toBe('Seoul');
    expect(findHome(readSentences('She visited Tokyo on 3 May.', g, {}), g)).toBeUndefined();
    expect(() => findHome(infos, g, 'Nowhere-at-all')).toThrow(/home "Nowhere-at-all" is in no gazetteer/);
  });
});

describe('stage 2: visits', () => {
  it('keeps places visited, not the home city nor a place only named, with the days given', () => {
    const { found } = stage('The Minister will depart tomorrow (January 8) to visit Guangzhou, and will meet the Mayor of Shenzhen. She will return to Hong Kong on January 10.');
    expect(found.visits.map((v) => v.entry.name)).toEqual(['Guangzhou']);
    expect(found.start).toMatchObject({ day: '2024-01-08', stated: true, info: 0 });
    expect(found.end).toMatchObject({ day: '2024-01-10', stated: true, info: 1 });
  });
  it('opens a span given for a list at its first place and closes it at its last', () => {
    const { found } = stage('The Minister will visit Beijing and Tianjin from 3 to 5 June.', '2024-05-30');
    expect(found.visits.map((v) => [v.entry.name, v.days])).toEqual([
      ['Beijing', [{ day: '2024-06-03', as: 'arrive' }]],
      ['Tianjin', [{ day: '2024-06-05', as: 'depart' }]],
    ]);
  });
});

describe('stage 3: order', () => {
  it('orders stops by their dates, undated ones after the stop before them', () => {
    const { found } = stage('She will visit Tianjin on 5 June. She will also visit Beijing on 3 June, and then Shijiazhuang.', '2024-05-30');
    expect(found.visits.map((v) => v.entry.name)).toEqual(['Tianjin', 'Beijing', 'Shijiazhuang']);
    expect(orderStops(found.visits).map((d) => [d.entry.name, d.arrive ?? null])).toEqual([
      ['Beijing', '2024-06-03'],
      ['Shijiazhuang', null],
      ['Tianjin', '2024-06-05'],
    ]);
  });
});

describe('stage 4: days', () => {
  const draft = (name: string, arrive?: string, depart?: string): Draft => {
    const d: Draft = { entry: g.lookup(name)[0]!, visits: [], stated: new Set(), meetings: [] };
    if (arrive) {
      d.arrive = arrive;
      d.stated.add('arrive');
    }
    if (depart) {
      d.depart = depart;
      d.stated.add('depart');
    }
    return d;
  };
  it('puts home stops around the trip and infers the days the text leaves out', () => {
    const warnings: ExtractWarning[] = [];
    const all = fillDays([draft('Tokyo', '2024-05-03'), draft('Osaka')], g.lookup('Seoul')[0], { visits: [], located: [], end: { day: '2024-05-06', stated: true } }, warnings);
    expect(all.map((d) => [d.entry.name, d.arrive ?? null, d.depart ?? null, [...d.stated].join()])).toEqual([
      ['Seoul', null, '2024-05-03', ''],
      ['Tokyo', '2024-05-03', '2024-05-03', 'arrive'],
      ['Osaka', '2024-05-03', '2024-05-06', ''],
      ['Seoul', '2024-05-06', null, 'arrive'],
    ]);
    expect(warnings).toEqual([]);
  });
  it('adds no home stop without a home, and never lets days go backwards', () => {
    const warnings: ExtractWarning[] = [];
    const all = fillDays([draft('Tokyo', '2024-05-05'), draft('Osaka', '2024-05-03')], undefined, { visits: [], located: [] }, warnings);
    expect(all.map((d) => d.entry.name)).toEqual(['Tokyo', 'Osaka']);
    expect(all[1]!.arrive).toBe('2024-05-05');
    expect(warnings.map((w) => w.code)).toEqual(['date-conflict']);
  });
});

describe('stage 5: stops and legs', () => {
  it('gives each stop its sentences and says what is inferred; legs take a mode the text states', () => {
    const text = 'The Minister will travel to Kuala Lumpur by train on 3 June. She will return to Singapore on 5 June.';
    const { infos, places, found } = stage(text, '2024-05-30');
    const drafts = fillDays(orderStops(found.visits), places.home, found, []);
    const stops = buildStops(drafts, infos, found);
    expect(stops.map((s) => s.id)).toEqual(['singapore-departure', 'kuala-lumpur', 'singapore-return']);
    expect(stops[1]!.source.map((r) => r.sentence)).toEqual([1]);
    expect(stops[1]!.note).toBe('depart inferred, not stated.');
    const legs = buildLegs(stops, drafts, infos, found);
    expect(legs.map((l) => l.mode)).toEqual(['rail', 'unknown']);
    expect(legs[0]!.source[0]!.text).toBe(infos[0]!.s.text);
  });
});

describe('visitmap extract without --home', () => {
  it('writes a draft with no home stop and says so on standard error', async () => {
    const io = fakeIO({ cwd: '/w', files: { '/w/a.txt': 'The Minister will visit Osaka on 3 June and Kyoto on 4 June.' } });
    expect(await run(['extract', 'a.txt', '--published', '2024-05-30'], io)).toBe(0);
    expect(JSON.parse(io.out()).stops.map((s: { name: string }) => s.name)).toEqual(['Osaka', 'Kyoto']);
    expect(io.err()).toMatch(/warning: No home city given/);
  });
});

describe('stage 3: a city named only as the place of a district', () => {
  it('is that district’s stop, not one more beside it', () => {
    const { found } = stage('The Envoy will visit Guangzhou and Shenzhen. On May 8 she will visit Qianhai in Shenzhen.', '2025-05-05');
    expect(found.located.map((e) => e.name)).toEqual(['Shenzhen']);
    expect(orderStops(found.visits, found.located).map((d) => d.entry.name)).toEqual(['Guangzhou', 'Qianhai']);
    // Without that, Shenzhen stays: the text never says it is Qianhai's city.
    expect(orderStops(found.visits).map((d) => d.entry.name)).toEqual(['Guangzhou', 'Shenzhen', 'Qianhai']);
  });
});

describe('travel modes', () => {
  it('reads the mode in the place’s own clause, in English and in Chinese', async () => {
    const { modeOf } = await import('../../src/extract/modes');
    const s = 'He flew to Tokyo, then took the train to Osaka.';
    expect([modeOf(s, s.indexOf('Tokyo')), modeOf(s, s.indexOf('Osaka'))]).toEqual(['flight', 'rail']);
    expect(modeOf('She crossed to Macao by ferry.')).toBe('sea');
    expect(modeOf('He drove to Zhuhai.')).toBe('road');
    expect(modeOf('他乘高铁前往杭州。')).toBe('rail');
    expect(modeOf('他乘飞机前往北京。')).toBe('flight');
    expect(modeOf('She will visit Kuala Lumpur.')).toBe('unknown');
  });
});
