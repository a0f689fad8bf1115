import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { run } from '../../src/cli/run';
import { repoRoot, SEED } from '../geojson/helpers';
import { fakeIO } from './fake-io';

const CWD = '/work/trip';
const seedText = readFileSync(path.join(repoRoot, SEED), 'utf8');
const pacificText = readFileSync(path.join(repoRoot, 'tests/fixtures/in/pacific-crossing.json'), 'utf8');
const io = (files: Record<string, string> = {}, extra: Parameters<typeof fakeIO>[0] = {}) =>
  fakeIO({ cwd: CWD, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(CWD, k), v])), ...extra });

describe('visitmap: help, version and usage errors', () => {
  it('prints help with --help and exits 0', async () => {
    const t = io();
    expect(await run(['--help'], t)).toBe(0);
    expect(t.out()).toMatch(/^Usage: visitmap <command> FILE/);
    for (const c of ['validate', 'geojson', 'gpx', 'kml', 'summary']) expect(t.out()).toContain(`  ${c} FILE`);
  });

  const OWN: Record<string, string[]> = {
    validate: ['--out'],
    geojson: ['--out', '--tolerance', '--flat'],
    gpx: ['--out', '--tolerance', '--language', '--legs'],
    kml: ['--out', '--tolerance', '--language'],
    summary: ['--out', '--json'],
    extract: ['--out', '--published', '--home', '--places'],
    import: ['--out'],
  };
  it.each(Object.entries(OWN))("prints %s's own help after its name (its arguments, options and an example), exiting 0", async (command, options) => {
    const all = new Set(Object.values(OWN).flat());
    for (const argv of [[command, '--help'], [command, 'x.json', '-h']]) {
      const t = io();
      expect(await run(argv, t)).toBe(0);
      expect(t.out()).toMatch(new RegExp(`^Usage: visitmap ${command} FILE`));
      expect(t.out()).toContain('\nArguments:\n  FILE');
      expect(t.out()).toMatch(new RegExp(`\nExample:\n  visitmap ${command} \\S`));
      for (const o of all) expect(t.out().includes(`  ${o} `) || t.out().includes(`, ${o} `)).toBe(options.includes(o));
      expect(t.err()).toBe('');
    }
  });

  it('prints the package version with --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const t = io();
      expect(await run([flag], t)).toBe(0);
      expect(t.out()).toBe(`${version}\n`);
    }
  });

  it.each([
    [[], 'missing command'],
    [['draw', 'x.json'], 'unknown command `draw`'],
    [['geojson', 'x.json', '--colour', 'red'], 'visitmap: unknown option `--colour`\n'],
    [['geojson'], 'visitmap: missing FILE: visitmap geojson FILE\n'],
    [['geojson', 'a.json', 'b.json'], 'visitmap: unexpected `b.json`: geojson reads one FILE (validate reads several)\n'], // one itinerary a command; validate takes several,
    [['geojson', 'x.json', '-o'], 'value is missing'],
    [['geojson', 'x.json', '--tolerance', 'fine'], '--tolerance must be a number of km, at least 0.000001 (1 mm), got `fine`'],
    [['geojson', 'x.json', '--tolerance', '0'], '--tolerance must be a number of km'],
    [['geojson', 'x.json', '--tolerance', '1e-9'], '--tolerance must be a number of km'],
    [['geojson', 'x.json', '--tolerance', '0x10'], 'got `0x10`'],
    [['geojson', 'x.json', '--tolerance=Infinity'], 'got `Infinity`'],
    // A negative number is the flag's value, not an unknown option `-1`.
    [['geojson', 'x.json', '--tolerance', '-1'], '--tolerance must be a number of km, at least 0.000001 (1 mm), got `-1`'],
    [['geojson', 'x.json', '--tolerance', '-.5'], 'got `-.5`'],
    [['summary', 'x.json', 'extra'], 'visitmap: unexpected `extra`: summary reads one FILE (validate reads several)\n'],
    [['summary', 'x.json', '--route'], 'visitmap: unknown option `--route`\n'],
  ])('exits 2 with a usage hint for %j', async (argv, message) => {
    const t = io({ 'x.json': seedText });
    expect(await run(argv, t)).toBe(2);
    expect(t.err()).toContain(message);
    expect(t.err()).toMatch(/Run "visitmap --help" for usage\.\n$/);
    expect(t.out()).toBe('');
  });
});

describe('visitmap: input problems exit 1', () => {
  it('reports a missing file in one line, without a stack trace', async () => {
    const t = io();
    expect(await run(['validate', 'nope.json'], t)).toBe(1);
    expect(t.err()).toBe('visitmap: cannot read nope.json: no such file\n');
  });

  it('says a file (or standard input) is empty, rather than that its JSON ends too soon', async () => {
    // An outside tester's empty file got "Unexpected end of JSON input".
    for (const [text, said] of [['', 'the file is empty'], [' \r\n\t', 'the file is empty (white space only)']]) {
      for (const command of ['validate', 'import', 'extract']) {
        const t = io({ 'empty.json': text! });
        expect(await run([command, 'empty.json'], t)).toBe(1);
        expect(t.err()).toBe(`visitmap: cannot read empty.json: ${said}\n`);
      }
    }
    const t = io({}, { stdin: '' });
    expect(await run(['geojson', '-'], t)).toBe(1);
    expect(t.err()).toBe('visitmap: cannot read <stdin>: nothing came on standard input\n');
  });

  it('says a backslash is part of a name here when a Windows path is not found', async () => {
    const t = io({ 'sub/t.json': seedText });
    expect(await run(['validate', 'sub\\t.json'], t)).toBe(1);
    expect(t.err()).toBe('visitmap: cannot read sub\\t.json: no such file (a \\ is part of a file\'s name here, not a folder separator: write sub/t.json)\n');
    // Found, a backslash is no problem; missing without one, no hint.
    const u = io({ 'a\\b.json': seedText });
    expect(await run(['validate', 'a\\b.json'], u)).toBe(0);
    const v = io();
    expect(await run(['validate', 'sub/t.json'], v)).toBe(1);
    expect(v.err()).toBe('visitmap: cannot read sub/t.json: no such file\n');
  });

  it('names a binary file for what it is, and the conversion for GIS files, instead of "not UTF-8"', async () => {
    // An outside tester's PNG got "not UTF-8 (byte 0x89); save the file as UTF-8".
    const bytes = (head: string, size = 64) => Uint8Array.from({ length: size }, (_, i) => (i < head.length ? head.charCodeAt(i) : i % 7 === 0 ? 0 : 65));
    const cases: Array<[string, Uint8Array, string]> = [
      ['map.png', bytes('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'), 'a PNG image'],
      ['photo.jpg', bytes('\xff\xd8\xff\xe0'), 'a JPEG image'],
      ['trip.gpkg', bytes('SQLite format 3\0'), 'an SQLite database (a GeoPackage is one: ogr2ogr -f GeoJSON out.geojson FILE writes its layer as GeoJSON)'],
      ['trip.fgb', bytes('fgb\x03fgb\0'), 'a FlatGeobuf file (ogr2ogr -f GeoJSON out.geojson FILE writes it as GeoJSON)'],
      ['trip.shp', bytes('\0\0\x27\x0a\0\0'), 'a shapefile (ogr2ogr -f GeoJSON out.geojson FILE.shp writes it as GeoJSON)'],
      ['release.pdf', bytes('%PDF-1.7\n'), 'a PDF document (copy its text into a .txt file to extract from it)'],
      ['seed.json.gz', bytes('\x1f\x8b\x08\0'), 'gzip-compressed (gunzip it first)'],
      ['data.bin', bytes('\x01\x02\x03'), 'a binary file'],
    ];
    for (const [name, data, kind] of cases) {
      const t = fakeIO({ cwd: CWD, files: { [path.join(CWD, name)]: data } });
      expect(await run(['import', name], t)).toBe(1);
      expect(t.err()).toBe(`visitmap: cannot read ${name}: it is ${kind}, not text; visitmap reads JSON, GeoJSON, GPX, KML or an announcement's text\n`);
    }
    // Latin-1 text (no NUL) is still a byte at its place, UTF-16 with and without its mark still read as before.
    const latin = fakeIO({ cwd: CWD, files: { [path.join(CWD, 'l.json')]: Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) } });
    expect(await run(['validate', 'l.json'], latin)).toBe(1);
    expect(latin.err()).toMatch(/^l\.json:1:3: not UTF-8 \(byte 0xE9\)/);
  });

  it('reports an unreadable file in one line', async () => {
    const t = io({ 'locked.json': '{}' });
    expect(await run(['geojson', 'locked.json'], t)).toBe(1);
    expect(t.err()).toBe('visitmap: cannot read locked.json: permission denied\n');
  });

  it('reports broken JSON with its line and column', async () => {
    const t = io({ 'data.json': '{\n  "id": "x",\n  "title": tru,\n}' });
    expect(await run(['validate', 'data.json'], t)).toBe(1);
    // V8 reads `tru` as far as it can: the fault is the comma at column 15.
    expect(t.err()).toBe("data.json:3:15: Unexpected token ','\n");
  });

  it('says that a GeoJSON text sequence (one feature per line) is not read, and how to convert it', async () => {
    // An outside tester's ogr2ogr -f GeoJSONSeq file got only "Unexpected non-whitespace character after JSON".
    const feature = (n: number) => JSON.stringify({ type: 'Feature', properties: { n }, geometry: { type: 'Point', coordinates: [n, n] } });
    for (const text of [`${feature(1)}\n${feature(2)}\n`, `\x1e${feature(1)}\n\x1e${feature(2)}\n`]) {
      const t = io({ 'trip.geojsonl': text });
      expect(await run(['validate', 'trip.geojsonl'], t)).toBe(1);
      expect(t.err()).toMatch(/^trip\.geojsonl:[12]:1: .+ \(one GeoJSON feature per line, a GeoJSON text sequence: visitmap reads one FeatureCollection; convert with ogr2ogr -f GeoJSON out\.geojson FILE\)\n$/);
    }
    // Two objects that are no features: no such hint.
    const t = io({ 'two.json': '{"a": 1}\n{"b": 2}\n' });
    expect(await run(['validate', 'two.json'], t)).toBe(1);
    expect(t.err()).not.toMatch(/sequence/);
  });

  it('refuses a key given twice in an object, which JSON.parse would drop silently, naming the file, line:column and path', async () => {
    // An outside tester's: a stop's id given twice validated, the first id lost.
    const lines = JSON.stringify(JSON.parse(seedText), null, 2).split('\n');
    const id = lines.findIndex((l, i) => i > lines.findIndex((m) => m.includes('"stops"')) && l.startsWith('      "id": '));
    lines.splice(id + 1, 0, '      "id": "again",');
    const text = lines.join('\n');
    for (const command of ['validate', 'geojson', 'gpx', 'kml', 'summary']) {
      const t = io({ 'trip.json': text });
      expect(await run([command, 'trip.json'], t), command).toBe(1);
      expect(t.err()).toBe(`trip.json:${id + 2}:7: stops[0]: "id" is given twice (first at ${id + 1}:7); JSON keeps only the last\n`);
      expect(t.out()).toBe('');
    }
    // Each key on its own line; a third time, the same key escaped, standard input, and a GeoJSON file are no different.
    const t = io({}, { stdin: '{"id":"x","title":"t","stops":[{"id":"a","\\u0069d":"b","id":"c"}],\n"id":"y"}' });
    expect(await run(['validate', '-'], t)).toBe(1);
    expect(t.err()).toBe(
      '<stdin>:1:42: stops[0]: "id" is given 3 times (first at 1:33); JSON keeps only the last\n' + '<stdin>:2:1: (root): "id" is given twice (first at 1:2); JSON keeps only the last\n',
    );
    const g = io({ 'trip.geojson': (await geojsonOf(pacificText)).replace('"kind":"stop"', '"kind":"stop","kind":"stop"') });
    expect(await run(['validate', 'trip.geojson'], g)).toBe(1);
    expect(g.err()).toMatch(/^trip\.geojson:\d+:\d+: features\[\d+\]\.properties: "kind" is given twice \(first at \d+:\d+\); JSON keeps only the last\n$/);
  });

  it('counts columns one way in every located message: UTF-16 units, as editors do, so an emoji counts two', async () => {
    // Line 2 is `"😀":1,` and then the fault: a key given again, broken JSON, or a byte that is not UTF-8,
    // each at the 8th unit (the 7th code point). The three messages name the same column.
    const head = '{"a":1,\n"😀":1,';
    const dup = io({ 'a.json': `${head}"a":2}` });
    expect(await run(['validate', 'a.json'], dup)).toBe(1);
    expect(dup.err()).toBe('a.json:2:8: (root): "a" is given twice (first at 1:2); JSON keeps only the last\n');
    const broken = io({ 'b.json': `${head},}` });
    expect(await run(['validate', 'b.json'], broken)).toBe(1);
    expect(broken.err()).toMatch(/^b\.json:2:8: /);
    const bytes = fakeIO({ cwd: CWD, files: { [path.join(CWD, 'c.json')]: Uint8Array.from([...new TextEncoder().encode(head), 0xe9, 0x7d]) } });
    expect(await run(['validate', 'c.json'], bytes)).toBe(1);
    expect(bytes.err()).toMatch(/^c\.json:2:8: not UTF-8 \(byte 0xE9\)/);
  });

  it('prints each itinerary issue on its own line as FILE: path: message', async () => {
    const bad = JSON.parse(seedText);
    bad.stops[1].coordinates = [120, 95];
    bad.stops[2].meetings[0].url = 'javascript:alert(1)';
    const t = io({ 'bad.json': JSON.stringify(bad) });
    expect(await run(['validate', 'bad.json'], t)).toBe(1);
    const lines = t.err().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(expect.stringMatching(/^bad\.json: stops\[1\]\.coordinates\[1\]: .*95/));
    expect(lines).toContainEqual(expect.stringMatching(/^bad\.json: stops\[2\]\.meetings\[0\]\.url: /));
  });

  it('locates problems of a GeoJSON input in the collection', async () => {
    const g = JSON.parse(await geojsonOf(pacificText));
    g.features[1].geometry.coordinates = 'here';
    const t = io({ 'trip.geojson': JSON.stringify(g) });
    expect(await run(['validate', 'trip.geojson'], t)).toBe(1);
    expect(t.err()).toBe('trip.geojson: features[1].geometry.coordinates: expected [longitude, latitude]\n');
  });

  it("says first that another tool's FeatureCollection is not a visitmap export, then keeps the located issues", async () => {
    const other = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [121.47, 31.23] }, properties: { name: 'Shanghai' } }] };
    const t = io({ 'points.geojson': JSON.stringify(other) });
    expect(await run(['validate', 'points.geojson'], t)).toBe(1);
    const lines = t.err().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^points\.geojson: not a visitmap GeoJSON export: .*`visitmap import` reads GPX and KML/);
    expect(lines.slice(1)).toEqual(['points.geojson: features[0].id: missing required member']);
  });

  it('warns, naming toFlatGeoJSON, of an export without its visitmap member, and refuses its local times (finding 9)', async () => {
    const seed = JSON.parse(await geojsonOf(seedText));
    delete seed.visitmap;
    const t = io({ 'seed.geojson': JSON.stringify(seed) });
    expect(await run(['validate', 'seed.geojson'], t)).toBe(0);
    expect(t.err()).toMatch(/^seed\.geojson: warning: visitmap: missing: .*read as id "itinerary", title "Hong Kong.*toFlatGeoJSON \(visitmap geojson --flat\)[^\n]*\n$/);
    const pacific = JSON.parse(await geojsonOf(pacificText));
    delete pacific.visitmap;
    const p = io({ 'trip.geojson': JSON.stringify(pacific) });
    expect(await run(['summary', 'trip.geojson'], p)).toBe(1);
    expect(p.err()).toMatch(/^trip\.geojson: features\[\d+\]\.properties\.arrive: "2024-03-01T08:00:00" has no UTC offset .*refused rather than read as UTC[^\n]*\n$/);
  });

  it('reports a broken visitmap export without that first line, also after the foreign member was dropped', async () => {
    const g = JSON.parse(await geojsonOf(pacificText));
    delete g.visitmap;
    delete g.features[0].id;
    const t = io({ 'trip.geojson': JSON.stringify(g) });
    expect(await run(['validate', 'trip.geojson'], t)).toBe(1);
    expect(t.err()).toMatch(/^trip\.geojson: features\[0\]\.id: missing required member\n/);
    expect(t.err()).not.toContain('not a visitmap GeoJSON export');
  });

  it('reports a failed write in one line', async () => {
    const t = io({ 'seed.json': seedText }, { unwritable: true });
    expect(await run(['kml', 'seed.json', '-o', 'out/seed.kml'], t)).toBe(1);
    expect(t.err()).toBe('visitmap: cannot write out/seed.kml: permission denied\n');
  });
});

describe('visitmap: -o naming an input is refused, and the input kept', () => {
  // An outside tester's `extract release.txt -o release.txt` replaced the announcement its draft points into.
  it.each([
    [['extract', 'release.txt', '-o', 'release.txt'], 'release.txt', 'release.txt'],
    [['import', 'trip.gpx', '--out', './trip.gpx'], 'trip.gpx', './trip.gpx'],
    [['gpx', 'seed.json', '-o', `${CWD}/seed.json`], 'seed.json', `${CWD}/seed.json`],
    [['validate', 'release.txt', 'seed.json', '-o', 'sub/../seed.json'], 'seed.json', 'sub/../seed.json'],
    [['extract', 'release.txt', '--places', 'places.json', '-o', 'places.json'], 'places.json', 'places.json'],
  ])('%j', async (argv, input, out) => {
    const files = { 'release.txt': 'The Chief Executive visits Hangzhou on 10 December 2023.', 'trip.gpx': '<gpx/>', 'seed.json': seedText, 'places.json': '[]' };
    const t = io(files);
    expect(await run(argv, t)).toBe(2);
    expect(t.err().split('\n')[0]).toBe(`visitmap: -o ${out} would write over the input ${input}: write to another file`);
    expect(t.out()).toBe('');
    for (const [name, text] of Object.entries(files)) expect(t.files.get(path.join(CWD, name))).toBe(text);
  });

  it('still writes beside the input, and to standard output with -o -', async () => {
    const t = io({ 'seed.json': seedText });
    expect(await run(['geojson', 'seed.json', '-o', 'seed.geojson'], t)).toBe(0);
    expect(t.files.get(path.join(CWD, 'seed.geojson'))).toMatch(/^\{"type":"FeatureCollection"/);
    const s = io({ stdin: seedText }, { stdin: seedText });
    expect(await run(['validate', '-', '-o', '-'], s)).toBe(0);
    expect(s.out()).toMatch(/^<stdin>: valid: 7 stops/);
  });
});

describe('visitmap: output problems exit 1', () => {
  it('names the missing folder when -o points into a folder that does not exist', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'visitmap-out-'));
    try {
      const out = path.join(dir, 'nonexistent', 'dir', 'out.geojson');
      // The real file system, so the error is the one Node gives.
      const t = { ...io({ 'seed.json': seedText }), writeFile: (p: string, text: string) => writeFile(p, text, 'utf8') };
      expect(await run(['geojson', 'seed.json', '-o', out], t)).toBe(1);
      expect(t.err()).toBe(`visitmap: cannot write ${out}: the folder ${path.dirname(out)} does not exist\n`);
      expect(t.out()).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function geojsonOf(text: string, argv: string[] = []): Promise<string> {
  const t = io({ 'in.json': text });
  expect(await run(['geojson', 'in.json', ...argv], t)).toBe(0);
  return t.out();
}

describe('visitmap: commands', () => {
  it('validates a good itinerary, saying what it holds', async () => {
    const t = io({ 'seed.json': seedText });
    expect(await run(['validate', 'seed.json'], t)).toBe(0);
    const seed = JSON.parse(seedText) as { stops: Array<{ meetings?: unknown[] }> };
    const meetings = seed.stops.reduce((n, s) => n + (s.meetings?.length ?? 0), 0);
    expect(t.out()).toBe(`seed.json: valid: ${seed.stops.length} stops, ${seed.stops.length - 1} legs, ${meetings} meetings\n`);
    const one = io({ 'one.json': JSON.stringify({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }] }) });
    expect(await run(['validate', 'one.json'], one)).toBe(0);
    expect(one.out()).toBe('one.json: valid: 1 stop, 0 legs, 0 meetings\n');
    expect(t.err()).toBe('');
  });

  it('validates several files, as a linter does: each said in turn, an invalid one does not stop the rest, the status is the worst', async () => {
    const one = JSON.stringify({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }] });
    const t = io({ 'seed.json': seedText, 'one.json': one, 'bad.json': '{"id": "x"}' });
    expect(await run(['validate', 'one.json', 'bad.json', 'missing.json', 'seed.json', '-o', 'report.txt'], t)).toBe(1);
    const written = t.files.get(path.join(CWD, 'report.txt'))!;
    expect(written).toMatch(/^one\.json: valid: 1 stop, 0 legs, 0 meetings\nseed\.json: valid: \d+ stops/);
    expect(written.split('\n')).toHaveLength(3);
    expect(t.err()).toMatch(/^bad\.json: /m);
    expect(t.err()).toContain('visitmap: cannot read missing.json: no such file\n');
    const good = io({ 'seed.json': seedText, 'one.json': one });
    expect(await run(['validate', 'seed.json', 'one.json'], good)).toBe(0);
    expect(good.out().trimEnd().split('\n')).toEqual([expect.stringMatching(/^seed\.json: valid/), 'one.json: valid: 1 stop, 0 legs, 0 meetings']);
  });

  it('warns of a meeting dated outside its stop\'s stay, and still says the file is valid (the format allows it)', async () => {
    // An outside tester's file: a roundtable of 2025 dated 1999. A date and a date-time of one day are no conflict.
    const meeting = (id: string, date: string) => ({ id, title: id, date });
    const stops = [
      { id: 'a', name: 'A', coordinates: [0, 0], arrive: '2025-05-08', depart: '2025-05-10T09:00', meetings: [meeting('ok', '2025-05-10'), meeting('old', '1999-01-01')] },
      { id: 'b', name: 'B', coordinates: [1, 1], arrive: '2025-05-11T10:00+02:00', meetings: [meeting('early', '2025-05-10T20:00+02:00'), meeting('same', '2025-05-11')] },
    ];
    const t = io({ 'trip.json': JSON.stringify({ id: 'x', title: 'X', stops }) });
    expect(await run(['validate', 'trip.json'], t)).toBe(0);
    expect(t.out()).toBe('trip.json: valid: 2 stops, 1 leg, 4 meetings\n');
    expect(t.err()).toBe(
      "trip.json: warning: stops[0].coordinates: [0, 0] is at sea in the Gulf of Guinea; a missing position?\n" +
      "trip.json: warning: stops[0].meetings[1].date: 1999-01-01 is outside the stop's stay (2025-05-08 to 2025-05-10T09:00)\n" +
        "trip.json: warning: stops[1].meetings[0].date: 2025-05-10T20:00+02:00 is outside the stop's stay (2025-05-11T10:00+02:00 to …)\n",
    );
  });

  it('bounds a stay the stop leaves open by its neighbours\' days, and says so in the warning', async () => {
    // An outside tester's file: Shanghai has no `depart`, the next stop arrives on 13 December, and a
    // meeting there is dated the 25th (a typo for the 12th). No warning stretched the trip to the 25th.
    const meeting = (id: string, date: string) => ({ id, title: id, date });
    const stops = [
      { id: 'a', name: 'A', coordinates: [0, 0], arrive: '2023-12-09', depart: '2023-12-10' },
      { id: 'b', name: 'B', coordinates: [1, 1], arrive: '2023-12-11', meetings: [meeting('typo', '2023-12-25'), meeting('leaving-day', '2023-12-13')] },
      { id: 'c', name: 'C', coordinates: [2, 2], arrive: '2023-12-13', depart: '2023-12-14' },
      { id: 'd', name: 'D', coordinates: [3, 3], meetings: [meeting('before', '2023-12-13'), meeting('that-day', '2023-12-14')] },
      { id: 'e', name: 'E', coordinates: [4, 4] },
    ];
    const t = io({ 'trip.json': JSON.stringify({ id: 'x', title: 'X', stops }) });
    expect(await run(['validate', 'trip.json'], t)).toBe(0);
    expect(t.err()).toBe(
      "trip.json: warning: stops[0].coordinates: [0, 0] is at sea in the Gulf of Guinea; a missing position?\n" +
      "trip.json: warning: stops[1].meetings[0].date: 2023-12-25 is outside the stop's stay (2023-12-11 to 2023-12-13, the next stop's arrival)\n" +
        "trip.json: warning: stops[3].meetings[0].date: 2023-12-13 is outside the stop's stay (2023-12-14, the previous stop's departure to …)\n",
    );
  });

  it('writes GeoJSON to standard output, to a file with -o, and to standard output with -o -', async () => {
    const stdout = await geojsonOf(seedText);
    expect(JSON.parse(stdout).type).toBe('FeatureCollection');
    const t = io({ 'seed.json': seedText });
    expect(await run(['geojson', 'seed.json', '-o', 'seed.geojson'], t)).toBe(0);
    expect(t.files.get(path.join(CWD, 'seed.geojson'))).toBe(stdout);
    expect(t.out()).toBe('');
    expect(await geojsonOf(seedText, ['-o', '-'])).toBe(stdout);
  });

  it('takes file names and values as written, even when they look like numbers', async () => {
    const t = io({ '1e3': seedText });
    expect(await run(['geojson', '1e3', '-o', '007', '--tolerance=0.50'], t)).toBe(0);
    expect(t.files.get(path.join(CWD, '007'))).toBe(await geojsonOf(seedText, ['--tolerance', '0.5']));
    expect(t.err()).toBe('');
  });

  it('reads standard input for -', async () => {
    const t = io({}, { stdin: `\ufeff${seedText}` });
    expect(await run(['geojson', '-'], t)).toBe(0);
    expect(t.out()).toBe(await geojsonOf(seedText));
    const bad = io({}, { stdin: '{' });
    expect(await run(['validate', '-'], bad)).toBe(1);
    expect(bad.err()).toMatch(/^<stdin>:1:2: /);
  });

  it('uses --tolerance for the legs', async () => {
    const vertices = (text: string) => (text.match(/\],\[/g) ?? []).length;
    expect(vertices(await geojsonOf(pacificText, ['--tolerance', '0.1']))).toBeGreaterThan(vertices(await geojsonOf(pacificText, ['--tolerance', '50'])));
  });

  it('turns a GeoJSON export back into the same GeoJSON', async () => {
    const g = await geojsonOf(seedText);
    expect(await geojsonOf(g)).toBe(g);
  });

  it('writes GPX and KML, with --language and --route', async () => {
    const t = io({ 'p.json': pacificText });
    expect(await run(['gpx', 'p.json', '--language', 'ja', '--route'], t)).toBe(0);
    expect(t.out()).toContain('<name>東京</name>');
    expect(t.out()).toContain('<rte>');
    const k = io({ 'p.json': pacificText });
    expect(await run(['kml', 'p.json'], k)).toBe(0);
    expect(k.out()).toMatch(/^<\?xml[^]*<kml xmlns="http:\/\/www\.opengis\.net\/kml\/2\.2">[^]*<\/kml>\n$/);
  });

  it('prints a summary table, or JSON with --json', async () => {
    const t = io({ 'p.json': pacificText });
    expect(await run(['summary', 'p.json'], t)).toBe(0);
    expect(t.out()).toMatch(/^Across the Pacific\n/);
    expect(t.out()).toMatch(/Stops\s+3 \(3 places\)/);
    expect(t.out()).toMatch(/1\s+Tokyo\s+Honolulu\s+flight\s+6,\d{3}\.\d km/);
    const j = io({ 'p.json': pacificText });
    expect(await run(['summary', 'p.json', '--json'], j)).toBe(0);
    expect(JSON.parse(j.out())).toMatchObject({ stops: 3, places: 3, meetings: 1, start: '2024-03-01', end: '2024-03-03' });
  });
});
