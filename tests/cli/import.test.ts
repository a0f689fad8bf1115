import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { toGPX } from '../../src/geojson/gpx';
import { toKML } from '../../src/geojson/kml';
import { parseItinerary } from '../../src/itinerary/parse';
import { repoRoot, SEED } from '../geojson/helpers';
import { fakeIO } from './fake-io';

const seed = readFileSync(path.join(repoRoot, SEED), 'utf8');
const itinerary = parseItinerary(JSON.parse(seed));

describe('visitmap import', () => {
  it("prints the itinerary of visitmap's own GPX and KML, the same as the one exported", async () => {
    const io = fakeIO({ files: { '/work/visit.gpx': toGPX(itinerary), '/work/visit.kml': toKML(itinerary) } });
    expect(await run(['import', 'visit.gpx'], io)).toBe(0);
    expect(parseItinerary(JSON.parse(io.out()))).toEqual(itinerary);
    expect(await run(['import', 'visit.kml', '-o', 'back.json'], io)).toBe(0);
    expect(parseItinerary(JSON.parse(io.files.get('/work/back.json')!))).toEqual(itinerary);
  });

  it('tells GPX from KML by the root element when reading standard input', async () => {
    const io = fakeIO({ stdin: readFileSync(path.join(repoRoot, 'tests/import/fixtures/google-earth.kml'), 'utf8') });
    expect(await run(['import', '-'], io)).toBe(0);
    expect(JSON.parse(io.out()).stops).toHaveLength(3);
  });

  it('reports broken XML as FILE:line:column and bad content by element path, exiting 1', async () => {
    const io = fakeIO({ files: { '/work/broken.gpx': '<gpx version="1.1">\n<wpt lat="1" lon="2">\n</gpx>' } });
    expect(await run(['import', 'broken.gpx'], io)).toBe(1);
    expect(io.err()).toMatch(/^broken\.gpx:2:\d+: not well-formed XML: /);
    const far = fakeIO({ files: { '/work/far.gpx': '<gpx version="1.1"><wpt lat="91" lon="2"/></gpx>' } });
    expect(await run(['import', 'far.gpx'], far)).toBe(1);
    expect(far.err()).toBe('far.gpx: gpx/wpt/@lat: expected a number from -90 to 90, got "91"\n');
    const txt = fakeIO({ files: { '/work/notes.txt': 'hello' } });
    expect(await run(['import', 'notes.txt'], txt)).toBe(1);
    expect(txt.err()).toContain('notes.txt: not a GPX or KML file');
  });
});

describe('visitmap import of a file too large for the heap', () => {
  it('refuses it before parsing, naming the file, its size, the heap it needs and has, and how to raise it', async () => {
    const gpx = toGPX(itinerary);
    const tags = gpx.split('<').length - 1;
    // Too small: the DOM takes about 560 bytes a tag, beside what the program holds.
    const io = { ...fakeIO({ files: { '/work/visit.gpx': gpx } }), heapLimit: 64 * 2 ** 20 };
    expect(await run(['import', 'visit.gpx'], io)).toBe(1);
    expect(io.err()).toMatch(new RegExp(`^visit\\.gpx: too large to import with this process's memory: its 0 MB of XML \\(${tags} tags\\) need about \\d+ MB of heap to parse, and the heap's limit is 64 MB; raise it, e.g\\. NODE_OPTIONS=--max-old-space-size=100 visitmap import …\n$`));
    expect(io.out()).toBe('');
    const roomy = { ...fakeIO({ files: { '/work/visit.gpx': gpx } }), heapLimit: 64 * 2 ** 20 + tags * 2000 };
    expect(await run(['import', 'visit.gpx'], roomy)).toBe(0);
  });
});

describe('visitmap import of placemarks that give no stop', () => {
  const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/import/fixtures', name), 'utf8');

  it('imports a MultiGeometry point, and warns of a recorded track, saying how many placemarks it skipped', async () => {
    const io = fakeIO({ files: { '/work/multi.kml': fixture('multi.kml'), '/work/track.kml': fixture('track.kml') } });
    expect(await run(['import', 'multi.kml'], io)).toBe(0);
    expect(JSON.parse(io.out()).stops.map((s: { id: string }) => s.id)).toEqual(['tokyo', 'osaka']);
    expect(io.err()).toBe('');
    expect(await run(['import', 'track.kml', '-o', 'track.json'], io)).toBe(0);
    expect(io.err()).toBe(
      'track.kml: warning: kml/Document/Placemark[2]: placemark 2 "Shinkansen" is a line (a path or a recorded track), not a point: no stop made of it (its name or type may give the legs\' travel mode)\n' +
        'track.kml: imported 1 stop and 0 legs; 1 placemark skipped (see the warnings above)\n',
    );
  });
});

describe('visitmap import of times it cannot keep as written, and of tracks beside waypoints', () => {
  it('warns of each on standard error, naming the placemark, and counts them apart from skipped placemarks', async () => {
    const pm = (name: string, when: string) => `<Placemark><name>${name}</name><TimeStamp><when>${when}</when></TimeStamp><Point><coordinates>1,2</coordinates></Point></Placemark>`;
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${pm('Month', '2025-05')}<Placemark><name>Park</name></Placemark>${pm('Bad', '2025-05-12T08:00:00+25:00')}</Document></kml>`;
    const io = fakeIO({ files: { '/work/times.kml': kml } });
    expect(await run(['import', 'times.kml'], io)).toBe(0);
    expect(io.err()).toBe(
      'times.kml: warning: kml/Document/Placemark[1]: placemark 1 "Month": its time "2025-05" names only a month, and a stop\'s times take a day: left out (the text is in the stop\'s note)\n' +
        'times.kml: warning: kml/Document/Placemark[2]: placemark 2 "Park" has no geometry: no stop made of it\n' +
        'times.kml: warning: kml/Document/Placemark[3]: placemark 3 "Bad": its time "2025-05-12T08:00:00+25:00" has an offset, +25:00, beyond ±23:59: only its day 2025-05-12 was kept (the text is in the stop\'s note)\n' +
        'times.kml: imported 2 stops and 1 leg; 1 placemark skipped, 2 times not kept as written (see the warnings above)\n',
    );
    const gpx = fakeIO({ files: { '/work/basecamp.gpx': readFileSync(path.join(repoRoot, 'tests/import/fixtures/garmin-basecamp.gpx')) } });
    expect(await run(['import', 'basecamp.gpx'], gpx)).toBe(0);
    expect(gpx.err().split('\n').slice(-2)).toEqual(['basecamp.gpx: imported 2 stops and 1 leg; 2 tracks and routes skipped (see the warnings above)', '']);
  });
});

describe('visitmap geojson --flat', () => {
  it('writes the flat profile, which reads back as the same itinerary', async () => {
    const io = fakeIO({ files: { '/work/visit.json': seed } });
    expect(await run(['geojson', 'visit.json', '--flat'], io)).toBe(0);
    const flat = JSON.parse(io.out());
    expect(flat.features.every((f: { properties: object }) => Object.keys(f.properties).every((k) => k.length <= 10))).toBe(true);
    expect(fromGeoJSON(flat)).toEqual(itinerary);
  });
});

describe('visitmap import of a GPX that GDAL or QGIS re-saved', () => {
  // GDAL names each column <ogr:visitmap_id> and drops the <metadata> (its own holds only the bounds).
  const gdal = (gpx: string) =>
    gpx
      .replace(/<metadata>.*<\/metadata>/, '<metadata><bounds minlat="22" minlon="114" maxlat="32" maxlon="122"/></metadata>')
      .replace(/<(\/?)visitmap:/g, '<$1ogr:visitmap_')
      .replace('xmlns:visitmap=', 'xmlns:ogr="http://osgeo.org/gdal" xmlns:visitmap=');

  it('prints the same itinerary, with no warning: not a draft of 0 meetings and 6 tracks "beside the waypoints"', async () => {
    const io = fakeIO({ files: { '/work/resaved.gpx': gdal(toGPX(itinerary)) } });
    expect(await run(['import', 'resaved.gpx'], io)).toBe(0);
    expect(parseItinerary(JSON.parse(io.out()))).toEqual(itinerary);
    expect(io.err()).toBe('');
  });

  it("names what is lost from an earlier release's GPX, which kept the itinerary's own columns in <metadata>", async () => {
    const old = readFileSync(path.join(repoRoot, 'tests/import/fixtures/visitmap-metadata-extensions.gpx'), 'utf8');
    const io = fakeIO({ files: { '/work/old.gpx': gdal(old) } });
    expect(await run(['import', 'old.gpx'], io)).toBe(0);
    expect(JSON.parse(io.out()).id).toBe('tokyo-los-angeles');
    const lines = io.err().split('\n');
    expect(lines[0]).toMatch(/^old\.gpx: warning: gpx\/metadata: the file has visitmap's columns on its waypoints but not the itinerary's own: its id, title, time zone, languages, description, traveller and sources are lost /);
    expect(lines.slice(1)).toEqual(["old.gpx: imported 3 stops and 2 legs; the itinerary's own fields lost (see the warnings above)", '']);
  });
});
