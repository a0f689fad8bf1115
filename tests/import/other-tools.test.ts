import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromGPX } from '../../src/import/from-gpx';
import { fromKML } from '../../src/import/from-kml';
import type { ImportWarning } from '../../src/import/index';
import { toKML } from '../../src/geojson/kml';
import { parseItinerary } from '../../src/itinerary/parse';
import { issuesOf, readJson, repoRoot } from '../geojson/helpers';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/import/fixtures', name), 'utf8');

describe('fromGPX on a file from another tool (waypoints and a recorded track)', () => {
  const it_ = fromGPX(fixture('phone-recording.gpx'));

  it('makes the waypoints stops in order, titled after the file', () => {
    expect(it_.title).toBe('Sintra day trip');
    expect(it_.id).toBe('sintra-day-trip');
    expect(it_.stops.map((s) => [s.id, s.name, s.coordinates])).toEqual([
      ['lisbon-hotel', 'Lisbon hotel', [-9.142685, 38.736946]],
      ['palacio-da-pena', 'Palácio da Pena', [-9.390577, 38.797436]],
      ['belem', 'Belém', [-9.215977, 38.691584]],
    ]);
  });

  it("claims no precision the file does not give, and marks recorded times as inferred arrivals", () => {
    expect(it_.stops.map((s) => s.precision)).toEqual(['city', 'city', 'city']);
    // The first waypoint has its own time; the others take the times the track was there.
    expect(it_.stops.map((s) => [s.arrive, s.depart, s.dateCertainty])).toEqual([
      ['2024-04-20T08:00:12Z', undefined, 'inferred'],
      ['2024-04-20T08:52:03Z', '2024-04-20T12:31:00Z', 'inferred'],
      ['2024-04-20T13:40:30Z', undefined, 'inferred'],
    ]);
    expect(it_.stops[1]!.note).toContain('recorded track points within 500 m');
  });

  it('gives every leg the mode the one track names', () => {
    expect(it_.legs.map((l) => [l.from, l.to, l.mode])).toEqual([
      ['lisbon-hotel', 'palacio-da-pena', 'road'],
      ['palacio-da-pena', 'belem', 'road'],
    ]);
  });

  it('makes stops of the track ends when a file has no waypoint', () => {
    const text = fixture('phone-recording.gpx').replace(/<wpt[\s\S]*?<\/wpt>\s*/g, '');
    const ends = fromGPX(text);
    expect(ends.stops.map((s) => [s.name, s.arrive])).toEqual([
      ['Start of Day drive', '2024-04-20T08:00:15Z'],
      ['End of Day drive', '2024-04-20T13:40:30Z'],
    ]);
  });
});

describe('fromKML on a file from Google Earth (placemarks in a folder, and a path)', () => {
  const it_ = fromKML(fixture('google-earth.kml'));

  it('makes the point placemarks stops in document order, leaving the polygon out', () => {
    expect(it_.title).toBe('Porto weekend'); // the document's <name>, "Porto weekend.kml", without the file's extension
    expect(it_.stops.map((s) => [s.name, s.coordinates])).toEqual([
      ['Porto Campanhã station', [-8.585556, 41.148611]],
      ['Livraria Lello', [-8.614861, 41.146944]],
      ['Vila Nova de Gaia cellars', [-8.6125, 41.1375]],
    ]);
  });

  it('reads TimeStamp and TimeSpan as stated dates, and leaves a placemark without one undated', () => {
    expect(it_.stops.map((s) => [s.arrive, s.depart, s.dateCertainty])).toEqual([
      ['2024-06-14T18:20:00+01:00', undefined, 'stated'], // as written: <when>2024-06-14T18:20:00+01:00</when>
      ['2024-06-15', undefined, 'stated'],
      [undefined, undefined, undefined],
    ]);
    expect(it_.stops.every((s) => s.precision === 'city')).toBe(true);
  });

  it("takes the legs' mode from the path's name", () => {
    expect(it_.legs.map((l) => l.mode)).toEqual(['road', 'road']);
  });
});

describe('fromKML: a path drawn between two of the stops', () => {
  const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Aegean week.kml</name>
  <Placemark><name>Athens</name><Point><coordinates>23.727539,37.983810,0</coordinates></Point></Placemark>
  <Placemark><name>Piraeus</name><Point><coordinates>23.647,37.942,0</coordinates></Point></Placemark>
  <Placemark><name>Ferry to Naxos</name><LineString><coordinates>23.6475,37.9425,0 25.3764,37.1036,0</coordinates></LineString></Placemark>
  <Placemark><name>Naxos</name><Point><coordinates>25.376389,37.103611,0</coordinates></Point></Placemark>
</Document></kml>`;

  it("gives its mode to the legs between the stops at its ends, not to the others (Google Earth's one path set every leg)", () => {
    const draft = fromKML(kml);
    expect(draft.legs.map((l) => [l.from, l.to, l.mode])).toEqual([
      ['athens', 'piraeus', 'unknown'],
      ['piraeus', 'naxos', 'sea'],
    ]);
  });

  it('leaves the file name out of a title Google Earth took from it', () => {
    expect(fromKML(kml).title).toBe('Aegean week');
  });
});

describe('fromKML: paths of a round trip, home at two stops', () => {
  it('gives each path its own leg: the path home ends at the last stop, not the first (an outside tester\'s Oslo → Bergen → Oslo)', () => {
    const draft = fromKML(`<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Fjords</name>
  <Placemark><name>Trondheim</name><Point><coordinates>10.3951,63.4305</coordinates></Point></Placemark>
  <Placemark><name>Ålesund</name><Point><coordinates>6.1549,62.4722</coordinates></Point></Placemark>
  <Placemark><name>Molde</name><Point><coordinates>7.1598,62.7375</coordinates></Point></Placemark>
  <Placemark><name>Trondheim</name><Point><coordinates>10.3951,63.4305</coordinates></Point></Placemark>
  <Placemark><name>Train to Ålesund</name><LineString><coordinates>10.3951,63.4305 6.1549,62.4722</coordinates></LineString></Placemark>
  <Placemark><name>Ferry to Molde</name><LineString><coordinates>6.1549,62.4722 7.1598,62.7375</coordinates></LineString></Placemark>
  <Placemark><name>Flight home</name><LineString><coordinates>7.1598,62.7375 10.3951,63.4305</coordinates></LineString></Placemark>
</Document></kml>`);
    expect(draft.legs.map((l) => [l.from, l.to, l.mode])).toEqual([
      ['trondheim', 'alesund', 'rail'],
      ['alesund', 'molde', 'sea'],
      ['molde', 'trondheim-2', 'flight'],
    ]);
  });
});

describe('fromKML on placemarks that are not one point', () => {
  const read = (name: string) => {
    const warnings: ImportWarning[] = [];
    return { itinerary: fromKML(fixture(name), { onWarning: (w) => warnings.push(w) }), warnings };
  };

  it('makes a stop of a MultiGeometry that holds one point (and an area)', () => {
    const { itinerary, warnings } = read('multi.kml');
    expect(itinerary.stops.map((s) => [s.name, s.coordinates])).toEqual([
      ['Tokyo', [139.69, 35.69]],
      ['Osaka', [135.5, 34.69]],
    ]);
    expect(itinerary.legs.map((l) => [l.from, l.to])).toEqual([['tokyo', 'osaka']]);
    expect(warnings).toEqual([]);
  });

  it('names a gx:Track that gives no stop, with its index and name, rather than dropping it silently', () => {
    const { itinerary, warnings } = read('track.kml');
    expect(itinerary.stops.map((s) => s.name)).toEqual(['Tokyo']);
    expect(warnings).toEqual([
      {
        path: 'kml/Document/Placemark[2]',
        message: 'placemark 2 "Shinkansen" is a line (a path or a recorded track), not a point: no stop made of it (its name or type may give the legs\' travel mode)',
        skipped: true,
      },
    ]);
  });

  it('names an area, a placemark of several points and one without geometry', () => {
    const pm = (name: string, geometry: string) => `<Placemark><name>${name}</name>${geometry}</Placemark>`;
    const point = (x: number) => `<Point><coordinates>${x},1</coordinates></Point>`;
    const warnings: ImportWarning[] = [];
    const draft = fromKML(
      `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${[
        pm('A', point(1)),
        pm('Two', `<MultiGeometry>${point(2)}${point(3)}</MultiGeometry>`),
        pm('Park', '<Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon>'),
        '<Placemark><description>x</description></Placemark>',
        pm('B', point(4)),
      ].join('')}</Document></kml>`,
      { onWarning: (w) => warnings.push(w) },
    );
    expect(draft.stops.map((s) => s.name)).toEqual(['A', 'B']);
    expect(warnings).toEqual([
      { path: 'kml/Document/Placemark[2]', message: 'placemark 2 "Two" has 2 points (a MultiGeometry), and which one is the stop is not clear: no stop made of it', skipped: true },
      { path: 'kml/Document/Placemark[3]', message: 'placemark 3 "Park" is an area (a polygon), not a point: no stop made of it', skipped: true },
      { path: 'kml/Document/Placemark[4]', message: 'placemark 4 has no geometry: no stop made of it', skipped: true },
    ]);
  });

  it('says that coordinates are not numbers, quoting them, rather than that the placemark has no geometry', () => {
    const warnings: ImportWarning[] = [];
    const draft = fromKML(
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Tokyo</name><Point><coordinates>139.69,35.69</coordinates></Point></Placemark>' +
        '<Placemark><name>BadCoord</name><Point><coordinates> abc,def </coordinates></Point></Placemark></Document></kml>',
      { onWarning: (w) => warnings.push(w) },
    );
    expect(draft.stops.map((s) => s.name)).toEqual(['Tokyo']);
    expect(warnings).toEqual([
      { path: 'kml/Document/Placemark[2]', message: 'placemark 2 "BadCoord" has coordinates "abc,def" that are not longitude,latitude numbers: no stop made of it', skipped: true },
    ]);
  });

  it('warns of nothing when the lines are all there is: their ends are the stops', () => {
    const warnings: ImportWarning[] = [];
    const draft = fromKML(fixture('track.kml').replace(/<Placemark><name>Tokyo[\s\S]*?<\/Placemark>/, ''), { onWarning: (w) => warnings.push(w) });
    expect(draft.stops.map((s) => s.name)).toEqual(['Start of Shinkansen', 'End of Shinkansen']);
    expect(warnings).toEqual([]);
  });
});

describe('fromKML on times written with an offset', () => {
  it('keeps the offset as written, so the day stays the local day', () => {
    const draft = fromKML(fixture('tz.kml'));
    // In UTC the first would be 2025-05-05T23:00:00Z: the day before, in Japan.
    expect(draft.stops.map((s) => [s.name, s.arrive])).toEqual([
      ['Tokyo', '2025-05-06T08:00:00+09:00'],
      ['Osaka', '2025-05-07T10:00:00+09:00'],
    ]);
  });

  it('keeps fractions of a second to the millisecond, writes +0900 as +09:00, and an offset of zero as Z', () => {
    const pm = (when: string) => `<Placemark><TimeStamp><when>${when}</when></TimeStamp><Point><coordinates>1,2</coordinates></Point></Placemark>`;
    const warnings: ImportWarning[] = [];
    const draft = fromKML(
      `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${['2025-05-06T23:59:59.6-04:00', '2025-05-08T08:00:00+0900', '2025-05-09T08:00:00+00:00', '2025-05-11T08:00:00.500+05:30', '2025-05-12T08:00:00.000Z'].map(pm).join('')}</Document></kml>`,
      { onWarning: (w) => warnings.push(w) },
    );
    expect(draft.stops.map((s) => s.arrive)).toEqual(['2025-05-06T23:59:59.600-04:00', '2025-05-08T08:00:00+09:00', '2025-05-09T08:00:00Z', '2025-05-11T08:00:00.500+05:30', '2025-05-12T08:00:00Z']);
    expect(warnings).toEqual([]);
  });

  it('rounds digits past the millisecond, carrying over the day, and says so', () => {
    const warnings: ImportWarning[] = [];
    const draft = fromKML(
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Late</name><TimeStamp><when>2025-05-06T23:59:59.9996-04:00</when></TimeStamp><Point><coordinates>1,2</coordinates></Point></Placemark></kml>',
      { onWarning: (w) => warnings.push(w) },
    );
    expect(draft.stops[0]!.arrive).toBe('2025-05-07T00:00:00-04:00');
    expect(draft.stops[0]!.note).toContain('Its time "2025-05-06T23:59:59.9996-04:00" gives 4 digits of a second: kept to the millisecond.');
    expect(warnings).toEqual([
      {
        path: 'kml/Placemark',
        message: 'placemark 1 "Late": its time "2025-05-06T23:59:59.9996-04:00" gives 4 digits of a second: kept to the millisecond (the text is in the stop\'s note)',
        skipped: false,
      },
    ]);
  });
});

describe('fromKML on times the itinerary cannot hold as written', () => {
  const warnings: ImportWarning[] = [];
  // As the tester's times.kml: <when> with a month only, an offset that cannot be, a gx:TimeStamp, and a gx:TimeSpan whose end is a year.
  const pm = (name: string, time: string) => `<Placemark><name>${name}</name>${time}<Point><coordinates>1,2</coordinates></Point></Placemark>`;
  const draft = fromKML(
    `<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>${[
      pm('Month', '<TimeStamp><when>2025-05</when></TimeStamp>'),
      pm('Bad', '<TimeStamp><when>2025-05-12T08:00:00+25:00</when></TimeStamp>'),
      pm('GX', '<gx:TimeStamp><when>2025-05-13T08:00:00+08:00</when></gx:TimeStamp>'),
      pm('Span', '<gx:TimeSpan><begin>2025-05-14</begin><end>2026</end></gx:TimeSpan>'),
    ].join('')}</Document></kml>`,
    { onWarning: (w) => warnings.push(w) },
  );

  it('keeps what it can: the day of a time whose offset cannot be, and a gx:TimeStamp or gx:TimeSpan as the plain ones', () => {
    expect(draft.stops.map((s) => [s.name, s.arrive, s.depart, s.dateCertainty])).toEqual([
      ['Month', undefined, undefined, undefined],
      ['Bad', '2025-05-12', undefined, 'stated'],
      ['GX', '2025-05-13T08:00:00+08:00', undefined, 'stated'],
      ['Span', '2025-05-14', undefined, 'stated'],
    ]);
  });

  it("keeps the text in the stop's note and warns, naming the placemark", () => {
    expect(draft.stops[0]!.note).toContain('Its time "2025-05" names only a month, and a stop\'s times take a day: left out.');
    expect(draft.stops[1]!.note).toContain('Its time "2025-05-12T08:00:00+25:00" has an offset, +25:00, beyond ±23:59: only its day 2025-05-12 was kept.');
    expect(draft.stops[3]!.note).toContain('Its end time "2026" names only a year, and a stop\'s times take a day: left out.');
    expect(warnings).toEqual([
      { path: 'kml/Document/Placemark[1]', message: 'placemark 1 "Month": its time "2025-05" names only a month, and a stop\'s times take a day: left out (the text is in the stop\'s note)', skipped: false },
      {
        path: 'kml/Document/Placemark[2]',
        message: 'placemark 2 "Bad": its time "2025-05-12T08:00:00+25:00" has an offset, +25:00, beyond ±23:59: only its day 2025-05-12 was kept (the text is in the stop\'s note)',
        skipped: false,
      },
      { path: 'kml/Document/Placemark[4]', message: 'placemark 4 "Span": its end time "2026" names only a year, and a stop\'s times take a day: left out (the text is in the stop\'s note)', skipped: false },
    ]);
  });

  it('gives the warnings of skipped placemarks and of times in document order', () => {
    const order: string[] = [];
    fromKML(
      `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${pm('Month', '<TimeStamp><when>2025-05</when></TimeStamp>')}<Placemark><name>Empty</name></Placemark>${pm('Year', '<TimeStamp><when>2025</when></TimeStamp>')}</Document></kml>`,
      { onWarning: (w) => order.push(w.path) },
    );
    expect(order).toEqual(['kml/Document/Placemark[1]', 'kml/Document/Placemark[2]', 'kml/Document/Placemark[3]']);
  });
});

describe("what the file says in words, kept in the stops' notes", () => {
  const ours = 'Imported from KML: the file does not say whether the point is the venue itself, a district or the city, so precision is the least claim.';

  it("keeps a My Maps placemark's description (HTML as text), its data fields and its folder", () => {
    const draft = fromKML(fixture('mymaps.kml'));
    expect(draft.stops.map((s) => s.note)).toEqual([
      `Description: Arrival 09:40\nFlight CX 594\nDate: 2025-05-07\nFolder: Day 1 – Osaka\n${ours}`,
      `Description: Meeting with the Osaka Chamber of Commerce\nFolder: Day 1 – Osaka\n${ours}`,
      `Folder: Day 2 – Kyoto\n${ours}`,
    ]);
    expect(draft.description).toBe('Spring delegation\nMay 2025');
  });

  it('makes HTML text: tags dropped, entities decoded, a line per break or block', () => {
    const pm = `<Placemark><description><![CDATA[<p><b>Lunch</b> &amp; talk&nbsp;at &#26481;&#x4EAC;</p><div>with <a href="https://x.example/">the mayor</a></div>]]></description><Point><coordinates>1,2</coordinates></Point></Placemark>`;
    const draft = fromKML(`<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${pm}</Document></kml>`);
    expect(draft.stops[0]!.note).toBe(`Description: Lunch & talk at 東京\nwith the mayor (https://x.example/)\n${ours}`);
  });

  it("leaves out what a <script> or <style> holds, and keeps a link's address after its text", () => {
    // As the tester's desc.kml, with a style, a link whose text is its address, and addresses visitmap would not link.
    const html =
      '<style>p { color: red }</style><p>Hi &amp; <b>bold</b> <a href="https://e.x/">site</a><script>alert(1)</script><img src=x onerror=alert(2)>&nbsp;end</p>' +
      "<p><a href='mailto:a@e.x'><i>mail</i> us</a>, <a href=https://e.x/b>https://e.x/b</a>, <a href=\"javascript:alert(3)\">run</a>, <a href=\"#top\">top</a></p><script>unclosed";
    const draft = fromKML(`<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><description><![CDATA[${html}]]></description><Point><coordinates>1,2</coordinates></Point></Placemark></kml>`);
    expect(draft.stops[0]!.note).toBe(`Description: Hi & bold site (https://e.x/) end\nmail us (mailto:a@e.x), https://e.x/b, run, top\n${ours}`);
  });

  it("drops a link's address that hides a javascript: scheme, as the popups' isSafeUrl reads it", () => {
    // A tab, a newline or an entity inside the scheme: a browser reads each as javascript:.
    const html = '<a href="java\tscript:alert(1)">a</a>, <a href="java&#x0A;script:alert(2)">b</a>, <a href=" JAVA&#9;SCRIPT:alert(3)">c</a>, <a href="docs/p%3Ax.html">d</a>';
    const draft = fromKML(`<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><description><![CDATA[${html}]]></description><Point><coordinates>1,2</coordinates></Point></Placemark></kml>`);
    expect(draft.stops[0]!.note).toBe(`Description: a, b, c, d (docs/p%3Ax.html)\n${ours}`);
  });

  it("keeps a GPX waypoint's description, comment and type, and the file's own description", () => {
    const draft = fromGPX(fixture('garmin-basecamp.gpx').replace('<metadata>', '<metadata><desc>Swiss rail day</desc>'));
    // Then Garmin's extensions, each once (its DisplayMode is in two of them): the address a user typed is not lost.
    expect(draft.stops[0]!.note).toMatch(/^Description: Main station\nComment: Start\nType: user\nDisplayMode: SymbolAndName\nStreetAddress: Bahnhofplatz\nCity: Zürich\nCountry: CH\nImported from GPX: /);
    expect(draft.stops[1]!.note).toMatch(/^DisplayMode: SymbolAndName\nImported from GPX: /);
    expect(draft.description).toBe('Swiss rail day');
  });
});

describe("fromGPX on another tool's extensions", () => {
  it("keeps in the note each field of a waypoint's <extensions>, as GDAL and QGIS write a layer's columns there", () => {
    const gpx = `<?xml version="1.0"?>
<gpx version="1.1" creator="GDAL 3.6.2" xmlns="http://www.topografix.com/GPX/1/1" xmlns:ogr="http://osgeo.org/gdal">
<wpt lat="78.22" lon="15.65"><name>Longyearbyen</name><extensions><ogr:visit_day>2025-06-02</ogr:visit_day><ogr:host>Governor of Svalbard</ogr:host><ogr:empty></ogr:empty></extensions></wpt>
<wpt lat="59.91" lon="10.75"><name>Oslo</name><extensions><gpxx:WaypointExtension xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3"><gpxx:DisplayMode>SymbolAndName</gpxx:DisplayMode></gpxx:WaypointExtension></extensions></wpt>
</gpx>`;
    const draft = fromGPX(gpx);
    expect(draft.stops[0]!.note).toMatch(/^visit_day: 2025-06-02\nhost: Governor of Svalbard\nImported from GPX: /);
    expect(draft.stops[1]!.note).toMatch(/^DisplayMode: SymbolAndName\nImported from GPX: /);
  });
});

describe('fromGPX on tracks and routes beside waypoints', () => {
  it('warns that their points make no stop, saying what they still give', () => {
    const warnings: ImportWarning[] = [];
    const draft = fromGPX(fixture('garmin-basecamp.gpx'), { onWarning: (w) => warnings.push(w) });
    expect(draft.stops.map((s) => s.name)).toEqual(['Zürich HB', 'Bern Bundesplatz']);
    expect(warnings).toEqual([
      {
        path: 'gpx/rte',
        message: 'route 1 "Zürich to Bern" (2 points) is a line beside the file\'s waypoints: no stop made of its points (its name or type may give the legs\' travel mode)',
        skipped: true,
      },
      {
        path: 'gpx/trk',
        message: 'track 1 "2024-05-06 07:01:00 Day" (3 points) is a line beside the file\'s waypoints: no stop made of its points (its name or type may give the legs\' travel mode)',
        skipped: true,
      },
    ]);
    // A recorded track dates the waypoints without a time of their own: the warning says so.
    const phone: ImportWarning[] = [];
    fromGPX(fixture('phone-recording.gpx'), { onWarning: (w) => phone.push(w) });
    expect(phone.map((w) => w.message)).toEqual([
      'track 1 "Day drive" (6 points) is a line beside the file\'s waypoints: no stop made of its points (its recorded times date the waypoints that have no time of their own; its name or type may give the legs\' travel mode)',
    ]);
  });

  it('warns of nothing when the track is all there is: its ends are the stops', () => {
    const warnings: ImportWarning[] = [];
    fromGPX(fixture('phone-recording.gpx').replace(/<wpt[\s\S]*?<\/wpt>/g, ''), { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
  });
});

describe('GPX from Garmin tools', () => {
  it("titles a BaseCamp file after its route, not after the track named by the time it was recorded", () => {
    expect(fromGPX(fixture('garmin-basecamp.gpx')).title).toBe('Zürich to Bern');
  });

  it('makes every point of a route a stop when the file has no waypoint, with its name, time and description (a route is planned point by point)', () => {
    // Gave two stops, "Start of Graz to Ljubljana" and "End of Ljubljana to Trieste": Maribor, the
    // points' names, times and descriptions were lost, and nothing said so.
    const draft = fromGPX(fixture('garmin-route.gpx'));
    // The first route's first point is the start: its planned time is when the trip sets off.
    expect(draft.stops.map((s) => [s.name, s.arrive, s.depart, s.dateCertainty])).toEqual([
      ['Graz', undefined, '2025-09-02T07:00:00Z', 'inferred'],
      ['Maribor', undefined, undefined, undefined],
      ['Ljubljana', '2025-09-02T16:30:00Z', undefined, 'inferred'],
      ['Trieste', undefined, undefined, undefined],
    ]);
    expect(draft.stops[1]!.note).toMatch(/^Description: Lunch with the mayor\n/);
    // One stop where one route ends and the next begins; each leg in its route's mode.
    expect(draft.legs.map((l) => [l.from, l.to, l.mode])).toEqual([
      ['graz', 'maribor', 'road'],
      ['maribor', 'ljubljana', 'road'],
      ['ljubljana', 'trieste', 'rail'],
    ]);
    expect(draft.title).toBe('Graz to Ljubljana');
  });

  it("takes the time of a route's first point, where the trip starts or the route before ended, as the departure; names an empty route; calls a route point's time planned", () => {
    // An outside tester's: the second route's 09:00 from Zaragoza was dropped, the empty route said nothing, and the note said "recorded".
    // Another's: Bilbao at 08:00, where the trip sets off, was an arrival, and Pamplona's note said only "taken as the arrival".
    const warnings: ImportWarning[] = [];
    const draft = fromGPX(
      `<gpx version="1.1" creator="Garmin Explore" xmlns="http://www.topografix.com/GPX/1/1">
  <rte><name>Day 1</name><type>Driving</type>
    <rtept lat="43.2630" lon="-2.9350"><time>2025-04-03T08:00:00Z</time><name>Bilbao</name></rtept>
    <rtept lat="42.8125" lon="-1.6458"><time>2025-04-03T11:30:00Z</time><name>Pamplona</name></rtept>
  </rte>
  <rte><name>Day 2</name><type>train</type>
    <rtept lat="42.8125" lon="-1.6458"><time>2025-04-04T09:00:00Z</time><name>Pamplona</name><desc>Hotel breakfast first</desc></rtept>
    <rtept lat="41.6488" lon="-0.8891"><time>2025-04-04T11:00:00Z</time><name>Zaragoza</name></rtept>
  </rte>
  <rte><name>Spare</name></rte>
</gpx>`,
      { onWarning: (w) => warnings.push(w) },
    );
    expect(draft.stops.map((s) => [s.name, s.arrive, s.depart])).toEqual([
      ['Bilbao', undefined, '2025-04-03T08:00:00Z'],
      ['Pamplona', '2025-04-03T11:30:00Z', '2025-04-04T09:00:00Z'],
      ['Zaragoza', '2025-04-04T11:00:00Z', undefined],
    ]);
    expect(draft.stops[1]!.note).toMatch(/^Description: Hotel breakfast first\n/);
    expect(draft.stops.map((s) => s.note!.match(/The times? (is|are) the ones? the routes? plans? [^.]*\./)?.[0])).toEqual([
      'The time is the one the route plans for the point, taken as the departure.',
      'The times are the ones the routes plan for the point: where one route ends, taken as the arrival; where the next begins, as the departure.',
      'The time is the one the route plans for the point, taken as the arrival.',
    ]);
    expect(draft.stops.some((s) => s.note!.includes('recorded'))).toBe(false);
    expect(draft.legs.map((l) => l.mode)).toEqual(['road', 'rail']);
    expect(warnings).toEqual([{ path: 'gpx/rte[3]', message: 'route 3 "Spare" has no points: nothing made of it', skipped: true }]);
  });

  it("keeps a route's planned start time where a recorded track also passes the start", () => {
    const draft = fromGPX(`<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <rte><name>Coast</name>
    <rtept lat="38.7223" lon="-9.1393"><time>2025-06-01T07:00:00Z</time><name>Lisbon</name></rtept>
    <rtept lat="41.1579" lon="-8.6291"><time>2025-06-01T10:30:00Z</time><name>Porto</name></rtept>
  </rte>
  <trk><trkseg>
    <trkpt lat="38.7223" lon="-9.1393"><time>2025-06-01T07:20:00Z</time></trkpt>
    <trkpt lat="38.7224" lon="-9.1394"><time>2025-06-01T07:25:00Z</time></trkpt>
    <trkpt lat="41.1579" lon="-8.6291"><time>2025-06-01T10:50:00Z</time></trkpt>
  </trkseg></trk>
</gpx>`);
    expect(draft.stops.map((s) => [s.name, s.arrive, s.depart])).toEqual([
      ['Lisbon', undefined, '2025-06-01T07:00:00Z'],
      ['Porto', '2025-06-01T10:30:00Z', undefined],
    ]);
  });

  it("keeps a track's type that is none of visitmap's modes in the leg's note", () => {
    const draft = fromGPX(fixture('garmin-connect.gpx'));
    expect(draft.legs.map((l) => [l.mode, l.note])).toEqual([['unknown', 'The file says its travel is "cycling", which is none of visitmap\'s modes (flight, rail, road, sea).']]);
  });
});

describe("visitmap's KML as any other reader sees it (its ExtendedData dropped, as GDAL's KML drivers do)", () => {
  const pacific = parseItinerary(readJson('tests/fixtures/in/pacific-crossing.json'));
  const bare = toKML(pacific).replace(/<ExtendedData>[\s\S]*?<\/ExtendedData>|<Schema [\s\S]*?<\/Schema>/g, '');

  it('gives a stop that is only left (the first) back as a departure, and one only reached (the last) as an arrival', () => {
    expect(bare).not.toContain('visitmap-stop');
    const draft = fromKML(bare);
    expect(draft.stops.map((s) => [s.arrive, s.depart])).toEqual([
      [undefined, '2024-03-01T10:30:00Z'],
      ['2024-03-01T18:00:00Z', '2024-03-03T23:00:00Z'],
      ['2024-03-04T05:40:00Z', undefined],
    ]);
  });
});

describe('fromKML on a KML that GDAL wrote', () => {
  it('notes a midnight without zone, which may be a day that GDAL wrote as midnight, and keeps it as given', () => {
    const placemark = (name: string, when: string) => `<Placemark><name>${name}</name><TimeStamp><when>${when}</when></TimeStamp><Point><coordinates>1,2</coordinates></Point></Placemark>`;
    const draft = fromKML(`<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemark('A', '2023-12-10T00:00:00')}${placemark('B', '2023-12-11T00:00:00Z')}</Document></kml>`);
    expect(draft.stops.map((s) => s.arrive)).toEqual(['2023-12-10T00:00:00', '2023-12-11T00:00:00Z']);
    expect(draft.stops[0]!.note).toContain('Its time 2023-12-10T00:00:00 may be the day 2023-12-10 that a tool wrote as midnight');
    expect(draft.stops[1]!.note).not.toContain('midnight');
  });

  it("reads the times GDAL's KML driver writes as fields, in GDAL's form", () => {
    const fields = (data: Record<string, string>) =>
      `<ExtendedData><SchemaData schemaUrl="#Stops">${Object.entries(data)
        .map(([k, v]) => `<SimpleData name="${k}">${v}</SimpleData>`)
        .join('')}</SchemaData></ExtendedData>`;
    const placemark = (name: string, data: Record<string, string>) => `<Placemark><name>${name}</name>${fields(data)}<Point><coordinates>1,2</coordinates></Point></Placemark>`;
    const draft = fromKML(
      `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${[
        placemark('A', { end: '2024/03/01 10:30:00+00' }),
        placemark('B', { begin: '2024/03/01 18:00:00+0530', end: '2024/03/03 23:00:00-10' }),
        placemark('C', { timestamp: '2024/03/04' }),
        placemark('D', { begin: 'spring', end: 'autumn' }),
      ].join('')}</Document></kml>`,
    );
    expect(draft.stops.map((s) => [s.arrive, s.depart])).toEqual([
      [undefined, '2024-03-01T10:30:00Z'],
      ['2024-03-01T18:00:00+05:30', '2024-03-03T23:00:00-10:00'],
      ['2024-03-04', undefined],
      [undefined, undefined],
    ]);
  });
});

describe('bad files', () => {
  it('locates XML that is not well-formed by line and column', () => {
    const issues = issuesOf(() => fromGPX('<gpx version="1.1">\n  <wpt lat="1" lon="2">\n</gpx>'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/^line 2, column \d+$/); // where the unclosed <wpt> opens
    expect(issues[0]!.message).toContain('not well-formed XML');
  });

  it("gives xmldom's own words once, not wrapped in its report of our handler", () => {
    const [issue] = issuesOf(() => fromGPX('<gpx><wpt lat="1" lon="2"><name>x</wpt></gpx>'));
    expect(issue!.message).toBe('not well-formed XML: Opening and ending tag mismatch: "name" != "wpt"');
  });

  it('locates a stray "&" at the "&" itself, in words of its own (the same in a browser), skipping comments and CDATA', () => {
    // An outside tester's GPX from GDAL: xmldom said column 3 (where <link> opens) with "EntityRef: expecting ;", Chromium
    // column 42 with its own words. A "&" in a comment or CDATA section, and the entities before it, are not the error.
    const text = '<gpx version="1.1">\n<!-- R&D -->\n<wpt lat="1" lon="2"><desc><![CDATA[a & b]]> &amp; &#38; &#x26;</desc>\n  <link href="https://example.org/m?a=1&b=2"><text>x</text></link></wpt></gpx>';
    expect(issuesOf(() => fromGPX(text))).toEqual([{ path: 'line 4, column 40', message: 'not well-formed XML: a "&" that starts no entity ("&b=2"): write it as &amp;' }]);
  });

  it.each(['', '  \n\t'])('says an empty file is empty (%j)', (text) => {
    expect(issuesOf(() => fromGPX(text))).toEqual([{ path: '(root)', message: 'the file is empty' }]);
    expect(issuesOf(() => fromKML(text))).toEqual([{ path: '(root)', message: 'the file is empty' }]);
  });

  it('says which root it expected', () => {
    expect(issuesOf(() => fromGPX(fixture('google-earth.kml')))).toEqual([{ path: '(root)', message: 'expected a <gpx> root element, found <kml>' }]);
    expect(issuesOf(() => fromKML('<gpx/>'))).toEqual([{ path: '(root)', message: 'expected a <kml> root element, found <gpx>' }]);
  });

  it('locates a bad coordinate by element path', () => {
    const text = fixture('phone-recording.gpx').replace('lat="38.797436"', 'lat="97.5"').replace('lon="-9.260000"', 'lon="east"');
    expect(issuesOf(() => fromGPX(text))).toEqual([
      { path: 'gpx/wpt[2]/@lat', message: 'expected a number from -90 to 90, got "97.5"' },
      { path: 'gpx/trk/trkseg/trkpt[2]/@lon', message: 'expected a number from -180 to 180, got "east"' },
    ]);
    const kml = fixture('google-earth.kml').replace('-8.6125,41.1375,0', '-8.6125,95,0');
    expect(issuesOf(() => fromKML(kml)).map((i) => i.path)).toEqual(['kml/Document/Folder/Placemark[3].coordinates[1]']);
  });

  it('says when a file has nothing to import', () => {
    expect(issuesOf(() => fromGPX('<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"/>'))).toEqual([{ path: 'gpx', message: 'no waypoint, route or track found' }]);
  });
});
