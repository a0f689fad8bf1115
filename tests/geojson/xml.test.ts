import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/geojson/escape-xml';
import { toGPX } from '../../src/geojson/gpx';
import { toKML } from '../../src/geojson/kml';
import { fromKML } from '../../src/import/from-kml';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { localize } from '../../src/itinerary/localize';
import { parseItinerary } from '../../src/itinerary/parse';
import { escapeXmlText, fixtureInputs, HOSTILE, readItinerary, SEED } from './helpers';
import { GPX_MODEL, KML_MODEL, schemaProblems } from './xml-schema';

/** Parses strictly: any well-formedness error or warning fails the test. */
function parseXml(text: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

const lines = (g: LineString | MultiLineString) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

describe('toGPX', () => {
  it('writes a waypoint per stop, in order, with names and coordinates, read back by togeojson', () => {
    for (const [name, file] of fixtureInputs()) {
      const it = parseItinerary(readItinerary(file));
      const back = gpx(parseXml(toGPX(it)));
      const points = back.features.filter((f) => f.geometry?.type === 'Point') as Feature<Point>[];
      expect(points.map((f) => f.properties!.name), name).toEqual(it.stops.map((s) => localize(s.name, 'en')));
      expect(points.map((f) => f.geometry.coordinates), name).toEqual(it.stops.map((s) => s.coordinates));
    }
  });

  it('writes a track per leg following the same vertices as the GeoJSON, split at ±180, its mode in <type>', () => {
    const raw = readItinerary('tests/fixtures/in/pacific-crossing.json');
    const tracks = gpx(parseXml(toGPX(raw))).features.filter((f) => f.properties?._gpxType === 'trk');
    const legs = toGeoJSON(raw).features.slice(3);
    const expected = legs.flatMap((f) => lines(f.geometry as LineString));
    // gpx.xsd excludes longitude 180: a part ending there ends at 179.999999 (0.1 m short).
    const inGpx = expected.map((part) => part.map(([lon, lat]) => [Math.min(lon!, 179.999999), lat]));
    expect(tracks.flatMap((t) => lines(t.geometry as LineString))).toEqual(inGpx);
    expect(inGpx).not.toEqual(expected);
    expect(tracks.map((t) => t.geometry!.type)).toEqual(['MultiLineString', 'LineString']);
    expect(expected).toHaveLength(3); // Tokyo–Honolulu in two parts, Honolulu–Los Angeles in one
    expect(tracks.map((t) => [t.properties!.name, t.properties!.type])).toEqual([
      ['Tokyo → Honolulu', 'flight'],
      ['Honolulu → Los Angeles', 'flight'],
    ]);
  });

  it("keeps each leg's distance and stop ids, and the itinerary's id, in extensions under the visitmap namespace", () => {
    const doc = parseXml(toGPX(readItinerary('tests/fixtures/in/pacific-crossing.json')));
    const ns = 'https://visitmap.invalid/xmlns/1';
    const trk = doc.getElementsByTagName('trk')[0]!;
    const value = (el: typeof trk, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent;
    const distance = (toGeoJSON(readItinerary('tests/fixtures/in/pacific-crossing.json')).features[3]!.properties as { distanceKm: number }).distanceKm;
    expect([value(trk, 'from'), value(trk, 'to'), value(trk, 'mode'), Number(value(trk, 'dist_km'))]).toEqual(['tokyo', 'honolulu', 'flight', distance]);
    // The itinerary's on the first waypoint, where GDAL keeps them (it drops the metadata).
    expect(value(doc.getElementsByTagName('wpt')[0]!, 'trip_id')).toBe('pacific-crossing');
    expect(value(doc.getElementsByTagName('metadata')[0]!, 'trip_id')).toBeUndefined();
    expect(value(doc.getElementsByTagName('wpt')[1]!, 'm1_url')).toBe('https://example.org/meetings/harbour');
  });

  it('writes the legs as one route through the stops on request', () => {
    const raw = readItinerary('tests/fixtures/in/pacific-crossing.json');
    const route = gpx(parseXml(toGPX(raw, { legs: 'route' }))).features.find((f) => f.properties?._gpxType === 'rte')!;
    expect((route.geometry as LineString).coordinates).toEqual([
      [139.6917, 35.6895],
      [-157.8583, 21.3069],
      [-118.2437, 34.0522],
    ]);
  });

  it('gives a waypoint its time in UTC where a date-time is known, and none for a date alone', () => {
    const text = toGPX(readItinerary('tests/fixtures/in/pacific-crossing.json'));
    const times = [...parseXml(text).getElementsByTagName('wpt')].map((w) => w.getElementsByTagName('time')[0]?.textContent ?? null);
    // Tokyo departs 19:30+09:00; Honolulu arrives 08:00 local (UTC−10); Los Angeles 21:40−08:00.
    expect(times).toEqual(['2024-03-01T10:30:00Z', '2024-03-01T18:00:00Z', '2024-03-04T05:40:00Z']);
    expect(toGPX(readItinerary('tests/fixtures/in/fiji-tonga.json'))).not.toContain('<time>');
  });

  it('writes names in the chosen language, falling back to English', () => {
    const points = (language: string) =>
      gpx(parseXml(toGPX(readItinerary('tests/fixtures/in/pacific-crossing.json'), { language })))
        .features.filter((f) => f.geometry?.type === 'Point')
        .map((f) => f.properties!.name);
    expect(points('ja')).toEqual(['東京', 'Honolulu', 'Los Angeles']);
    expect(points('fr')).toEqual(['Tokyo', 'Honolulu', 'Los Angeles']);
  });
});

describe('toKML', () => {
  it('writes a placemark per stop and per leg, in order, with names and coordinates, read back by togeojson', () => {
    for (const [name, file] of fixtureInputs()) {
      const raw = readItinerary(file);
      const it = parseItinerary(raw);
      const back = kml(parseXml(toKML(it))).features;
      const g = toGeoJSON(it).features;
      expect(back.map((f) => f.properties!.name), name).toEqual([
        ...it.stops.map((s) => localize(s.name, 'en')),
        ...it.legs.map((_, j) => `${localize(it.stops[j]!.name, 'en')} → ${localize(it.stops[j + 1]!.name, 'en')}`),
      ]);
      back.forEach((f, i) => {
        const ours = g[i]!.geometry;
        const theirs = f.geometry!;
        if (ours.type === 'MultiLineString') {
          expect(theirs.type, name).toBe('GeometryCollection');
          expect((theirs as { geometries: LineString[] }).geometries.map((l) => l.coordinates), name).toEqual(ours.coordinates);
        } else expect(theirs, name).toEqual(ours);
      });
    }
  });

  it('shares one style per precision and per mode, and keeps ids, order, dates, distances and meeting links in typed ExtendedData', () => {
    const text = toKML(readItinerary('tests/fixtures/in/pacific-crossing.json'));
    const doc = parseXml(text);
    expect([...doc.getElementsByTagName('Style')].map((s) => s.getAttribute('id'))).toEqual(['stop-city', 'stop-district', 'leg-flight']);
    const [tokyo, honolulu] = kml(doc).features;
    // Typed by the <Schema>: `order` an integer (so 10 sorts after 2), `dist_km` a double.
    expect(tokyo!.properties).toMatchObject({ id: 'tokyo', order: 1, precision: 'city', styleUrl: '#stop-city' });
    const legs = kml(doc).features.slice(3);
    expect(legs.map((l) => [l.properties!.from, l.properties!.to, l.properties!.mode, typeof l.properties!.dist_km])).toEqual([
      ['tokyo', 'honolulu', 'flight', 'number'],
      ['honolulu', 'los-angeles', 'flight', 'number'],
    ]);
    expect(honolulu!.properties).toMatchObject({ m1_url: 'https://example.org/meetings/harbour', m1_name: 'Harbour visit' });
    expect(honolulu!.properties!.description).toContain('Harbour visit (2024-03-02) with Port authority: https://example.org/meetings/harbour');
    expect(honolulu!.properties!.timespan).toEqual({ begin: '2024-03-01T18:00:00Z', end: '2024-03-03T23:00:00Z' });
    // Tokyo is only left: a span with only its end, so no reader takes the time for an arrival.
    expect(tokyo!.properties!.timestamp).toBeUndefined();
    expect(tokyo!.properties!.timespan).toEqual({ begin: '', end: '2024-03-01T10:30:00Z' });
  });

  it('writes a stop with a date only as a date, and colours as aabbggrr', () => {
    const text = toKML(readItinerary('tests/fixtures/in/fiji-tonga.json'));
    expect(text).toContain('<TimeSpan><begin>2024-07-01</begin><end>2024-07-03</end></TimeSpan>');
    expect(text).toContain('<Style id="leg-sea"><LineStyle><color>cc9a3d6a</color>');
  });

  it('never writes a span that ends before it begins: a day alone after a time on that day leaves the time alone', () => {
    // An outside tester's: a same-day timed arrival and a date-only departure gave <begin>…T09:00:00</begin><end>2025-03-01</end>.
    const trip = (arrive: string, depart: string) =>
      toKML({ id: 't', title: 'T', stops: [{ id: 'a', name: 'A', coordinates: [0, 0], arrive, depart }, { id: 'b', name: 'B', coordinates: [1, 1], arrive: '2025-03-05' }] });
    const spans = (text: string) => [...parseXml(text).getElementsByTagName('Placemark')].map((p) => [p.getElementsByTagName('when')[0]?.textContent, p.getElementsByTagName('begin')[0]?.textContent, p.getElementsByTagName('end')[0]?.textContent]);
    // The stop A, the stop B, then the leg between them (from A's day of leaving to B's day).
    expect(spans(trip('2025-03-01T09:00', '2025-03-01'))).toEqual([['2025-03-01T09:00:00', undefined, undefined], ['2025-03-05', undefined, undefined], [undefined, '2025-03-01', '2025-03-05']]);
    // In UTC the time falls on the next day, after the day written: still a moment.
    expect(spans(trip('2025-03-01T23:00-10:00', '2025-03-01'))[0]).toEqual(['2025-03-02T09:00:00Z', undefined, undefined]);
    // A day after the time's day stays a span, and a day before a time on it too.
    expect(spans(trip('2025-03-01T09:00', '2025-03-02'))[0]).toEqual([undefined, '2025-03-01T09:00:00', '2025-03-02']);
    expect(spans(trip('2025-03-01', '2025-03-01T18:00'))[0]).toEqual([undefined, '2025-03-01', '2025-03-01T18:00:00']);
    // The day of leaving is not lost: it rides in the stop's columns, which visitmap/import reads.
    expect(fromKML(trip('2025-03-01T09:00', '2025-03-01')).stops[0]).toMatchObject({ arrive: '2025-03-01T09:00', depart: '2025-03-01' });
  });

  it('writes times as valid xsd:dateTime: UTC where the zone is known, else local with its seconds', () => {
    const stops = [
      { id: 'a', name: 'A', coordinates: [0, 0], arrive: '2024-03-09T09:00' },
      { id: 'b', name: 'B', coordinates: [1, 1], arrive: '2024-03-09T18:30:15.500' },
    ];
    const whens = (text: string) => [...text.matchAll(/<when>([^<]*)<\/when>/g)].map((m) => m[1]);
    const xsdDateTime = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$/;
    const local = whens(toKML({ id: 'x', title: 'X', stops }));
    expect(local).toEqual(['2024-03-09T09:00:00', '2024-03-09T18:30:15.500']);
    const zoned = whens(toKML({ id: 'x', title: 'X', timezone: 'Asia/Tokyo', stops }));
    expect(zoned).toEqual(['2024-03-09T00:00:00Z', '2024-03-09T09:30:15.500Z']);
    for (const w of [...local, ...zoned]) expect(w).toMatch(xsdDateTime);
  });
});

describe('GPX and KML against their schemas', () => {
  const cases = [...fixtureInputs(), ['south-pacific', 'tests/gdal/south-pacific-multilingual.json'] as [string, string]];

  it('orders and counts elements as gpx.xsd (GPX 1.1) requires, for tracks and routes', () => {
    for (const [name, file] of cases) {
      for (const legs of ['track', 'route'] as const) {
        const doc = parseXml(toGPX(readItinerary(file), { legs }));
        expect(schemaProblems(doc.documentElement!, GPX_MODEL, 'http://www.topografix.com/GPX/1/1'), `${name} ${legs}`).toEqual([]);
      }
    }
  });

  it('keeps every longitude in [-180, 180) and latitude in [-90, 90], as gpx.xsd requires', () => {
    for (const [name, file] of cases) {
      const doc = parseXml(toGPX(readItinerary(file)));
      for (const tag of ['wpt', 'trkpt']) {
        for (const el of [...doc.getElementsByTagName(tag)]) {
          const lon = Number(el.getAttribute('lon'));
          const lat = Number(el.getAttribute('lat'));
          expect(lon >= -180 && lon < 180 && Math.abs(lat) <= 90, `${name}: ${tag} ${lon} ${lat}`).toBe(true);
        }
      }
    }
  });

  it('orders and counts elements as ogckml22.xsd (KML 2.2) requires', () => {
    for (const [name, file] of cases) {
      const doc = parseXml(toKML(readItinerary(file)));
      expect(schemaProblems(doc.documentElement!, KML_MODEL, 'http://www.opengis.net/kml/2.2'), name).toEqual([]);
    }
  });

  it('finds a misplaced element (the check can fail)', () => {
    const gpxDoc = parseXml('<gpx xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="0" lon="0"><type>x</type><name>late</name></wpt></gpx>');
    expect(schemaProblems(gpxDoc.documentElement!, GPX_MODEL, 'http://www.topografix.com/GPX/1/1')).toEqual(['gpx/wpt/name: not allowed here (after type)']);
    const kmlDoc = parseXml('<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder/><Schema/></Document></kml>');
    expect(schemaProblems(kmlDoc.documentElement!, KML_MODEL, 'http://www.opengis.net/kml/2.2')).toEqual(['kml/Document/Schema: not allowed here (after Folder)']);
  });
});

describe('leg names with right-to-left place names', () => {
  it('isolate each such name, so that the route reads from its start in both formats', () => {
    const raw = { id: 'rtl', title: 'T', stops: [{ id: 'a', name: 'תל אביב', coordinates: [34.78, 32.08] }, { id: 'b', name: 'ירושלים', coordinates: [35.21, 31.77] }, { id: 'c', name: 'Amman', coordinates: [35.93, 31.95] }] };
    for (const text of [toGPX(raw), toKML(raw)]) {
      const names = [...parseXml(text).getElementsByTagName('name')].map((e) => e.textContent);
      expect(names).toContain('\u2068תל אביב\u2069 → \u2068ירושלים\u2069');
      expect(names).toContain('\u2068ירושלים\u2069 → Amman');
    }
  });
});

describe('XML safety', () => {
  it('escapes markup and drops the characters XML 1.0 forbids', () => {
    expect(escapeXml('a ]]> & <b> "c" \'d\'')).toBe('a ]]&gt; &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
    expect(escapeXml('x\u0000\u0007\u001b\ud800\ufffe\uffff\ty\n')).toBe('x\ty\n');
    expect(escapeXml('🗺️ keeps pairs')).toBe('🗺️ keeps pairs');
  });

  it('keeps GPX and KML well-formed and the text intact when every text field is hostile', () => {
    HOSTILE.forEach((h, n) => {
      const t = (s: string) => `${h} ${s}`;
      const raw = {
        id: `hostile-${n}`,
        title: { en: t('title'), 'zh-Hans': t('标题') },
        description: t('description'),
        traveller: { name: t('traveller') },
        stops: [
          {
            id: 'a',
            name: t('A'),
            coordinates: [0, 0],
            note: t('note'),
            meetings: [{ id: 'm', title: t('meeting'), with: [{ name: t('person'), role: t('role') }], summary: t('summary'), url: 'https://example.org/?a=1&b=<2>' }],
          },
          { id: 'b', name: { en: t('B') }, coordinates: [1, 1] },
        ],
        legs: [{ from: 'a', to: 'b', mode: 'road', note: t('leg note') }],
      };
      const cleaned = escapeXmlText(t('A'));
      for (const [kind, text] of [['gpx', toGPX(raw)], ['kml', toKML(raw)]] as const) {
        const doc = parseXml(text);
        const names = [...doc.getElementsByTagName('name')].map((e) => e.textContent);
        expect(names, kind).toContain(cleaned);
        // eslint-disable-next-line no-control-regex -- looking for exactly those characters
        expect(text, kind).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      }
    });
  });
});


it('exports the seed in both formats without losing a stop', () => {
  const it = parseItinerary(readItinerary(SEED));
  expect(toGPX(it).match(/<wpt /g)).toHaveLength(it.stops.length);
  expect(toKML(it).match(/<Point>/g)).toHaveLength(it.stops.length);
});
