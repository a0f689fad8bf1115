import { describe, expect, it } from 'vitest';
import { ItineraryError, parseItinerary, validateItinerary } from '../../src/itinerary/index';
import { toGeoJSON } from '../../src/geojson/index';

const stop = (id: string, more: Record<string, unknown> = {}) => ({ id, name: id.toUpperCase(), coordinates: [114.17, 22.32], ...more });
const base = (more: Record<string, unknown> = {}) => ({ id: 'trip', title: 'Trip', stops: [stop('a'), stop('b'), stop('c')], ...more });

describe('parseItinerary normalises', () => {
  it('fills list defaults, precision "city" and one "unknown" leg per consecutive pair', () => {
    const it_ = parseItinerary({ id: 'trip', title: 'Trip', stops: [stop('a', { meetings: [{ id: 'm', title: 'M' }] }), stop('b')] });
    expect(it_).toStrictEqual({
      id: 'trip',
      title: 'Trip',
      sources: [],
      stops: [
        { id: 'a', name: 'A', coordinates: [114.17, 22.32], precision: 'city', meetings: [{ id: 'm', title: 'M', with: [], topics: [], source: [] }], source: [] },
        { id: 'b', name: 'B', coordinates: [114.17, 22.32], precision: 'city', meetings: [], source: [] },
      ],
      legs: [{ from: 'a', to: 'b', mode: 'unknown', source: [] }],
    });
  });

  it('turns one source document into a list of one, and keeps a list as it is', () => {
    expect(parseItinerary(base({ source: { id: 'pr', title: 'Press release' } })).sources).toEqual([{ id: 'pr', title: 'Press release' }]);
    expect(parseItinerary(base({ sources: [{ id: 'a' }, { id: 'b' }] })).sources).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('turns one source reference into a list of one on stops, meetings and legs', () => {
    const ref = { paragraph: 2, sentence: 1 };
    const it_ = parseItinerary(
      base({ stops: [stop('a', { source: ref, meetings: [{ id: 'm', title: 'M', source: ref }] }), stop('b')], legs: [{ from: 'a', to: 'b', source: ref }] }),
    );
    expect(it_.stops[0]!.source).toEqual([ref]);
    expect(it_.stops[0]!.meetings[0]!.source).toEqual([ref]);
    expect(it_.legs[0]!.source).toEqual([ref]);
  });

  it('applies leg overrides to their pair and derives the others', () => {
    const { legs } = parseItinerary(base({ legs: [{ from: 'b', to: 'c', mode: 'rail', note: 'by high-speed rail' }] }));
    expect(legs).toEqual([
      { from: 'a', to: 'b', mode: 'unknown', source: [] },
      { from: 'b', to: 'c', mode: 'rail', source: [], note: 'by high-speed rail' },
    ]);
  });

  it('leaves out optional members the input leaves out, and drops $schema and $comment', () => {
    const it_ = parseItinerary(base({ $schema: 'x.json', $comment: 'note to self' }));
    expect(Object.keys(it_)).toEqual(['id', 'title', 'sources', 'stops', 'legs']);
    expect(Object.keys(it_.stops[0]!)).toEqual(['id', 'name', 'coordinates', 'precision', 'meetings', 'source']);
  });

  it('keeps a language map key by key, in its order', () => {
    const name = { en: 'Hangzhou', 'zh-Hans': '杭州' };
    const parsed = parseItinerary(base({ stops: [stop('a', { name })] })).stops[0]!.name;
    expect(parsed).toEqual(name);
    expect(Object.keys(parsed)).toEqual(['en', 'zh-Hans']);
  });

  it('reads -0 as 0, so that coordinates survive JSON unchanged', () => {
    expect(Object.is(parseItinerary(base({ stops: [stop('a', { coordinates: [-0, -0] })] })).stops[0]!.coordinates[0], 0)).toBe(true);
  });
});

describe('parseItinerary is safe on hostile input', () => {
  it('does not let "__proto__" members change any prototype', () => {
    const input = JSON.parse(
      '{"id":"x","title":"X","__proto__":{"polluted":1},"stops":[{"id":"a","name":{"en":"A","__proto__":{"polluted":1}},"coordinates":[1,2],"__proto__":{"polluted":1}}]}',
    );
    const issues = validateItinerary(input);
    expect(issues.map((i) => i.path)).toEqual(['stops[0].name.__proto__', 'stops[0].__proto__', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const clean = JSON.parse('{"id":"x","title":"X","stops":[{"id":"a","name":"A","coordinates":[1,2]}]}');
    const it_ = parseItinerary(clean);
    expect(Object.getPrototypeOf(it_)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(it_.stops[0])).toBe(Object.prototype);
  });

  it('reports "constructor" and "toString" as unknown members rather than reading inherited ones', () => {
    const issues = validateItinerary({ ...base(), constructor: 1, toString: 'x' });
    expect(issues.map((i) => i.path)).toEqual(['constructor', 'toString']);
  });

  it('cuts a long unknown member name short in the path, as it does long values', () => {
    const long = 'x'.repeat(1_000_000);
    const [issue, ...rest] = validateItinerary({ ...base(), [long]: 1 });
    expect(rest).toEqual([]);
    expect(issue!.path).toBe(`["${'x'.repeat(39)}…"]`);
    expect(issue!.message.length).toBeLessThan(300);
  });

  it('reports a throwing getter instead of throwing', () => {
    const input = base();
    Object.defineProperty(input, 'title', { enumerable: true, get: () => { throw new TypeError('no'); } });
    expect(validateItinerary(input)).toEqual([{ path: '(root)', message: 'could not be read (no)' }]);
  });

  it('reports a throwing getter or proxy deep in the input at the object it belongs to, not at the root', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const input = base();
    const stops = input.stops as Record<string, unknown>[];
    Object.defineProperty(stops[0], 'name', { enumerable: true, get: boom });
    expect(validateItinerary(input)).toEqual([{ path: 'stops[0]', message: 'could not be read (boom)' }]);
    // The same through the in-place export, and for a proxy in a meeting's participant list.
    expect(() => toGeoJSON(input)).toThrow(/^stops\[0\]: could not be read \(boom\)$/);
    // The list's first item is where its walk had got to when the proxy threw.
    const meeting = { id: 'm', title: 'T', with: new Proxy([], { get: boom }) };
    expect(validateItinerary(base({ stops: [{ id: 'a', name: 'A', coordinates: [0, 0], meetings: [meeting] }] })).map((i) => i.path)).toEqual(['stops[0].meetings[0].with[0]']);
  });

  it('does not recurse into deeply nested unknown members', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100000; i++) deep = [deep];
    expect(validateItinerary(base({ extra: deep })).map((i) => i.path)).toEqual(['extra']);
    expect(() => parseItinerary(deep)).toThrow(ItineraryError);
  });

  it('names huge numbers, NaN and Infinity in coordinates', () => {
    const issues = validateItinerary(base({ stops: [stop('a', { coordinates: [1e308, Number.NaN] }), stop('b', { coordinates: [Infinity, 0] })] }));
    expect(issues).toEqual([
      { path: 'stops[0].coordinates[0]', message: 'longitude 1e+308 is outside [-180, 180]' },
      { path: 'stops[0].coordinates[1]', message: 'expected a finite number, got NaN' },
      { path: 'stops[1].coordinates[0]', message: 'expected a finite number, got Infinity' },
    ]);
  });

  it('cuts long values short in messages', () => {
    const [issue] = validateItinerary(base({ timezone: 'x'.repeat(10000) }));
    expect(issue!.message.length).toBeLessThan(120);
  });
});
