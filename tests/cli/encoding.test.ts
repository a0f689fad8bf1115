import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { decodeText, MAX_BYTES } from '../../src/cli/decode';
import { repoRoot, SEED } from '../geojson/helpers';
import { fakeIO } from './fake-io';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(repoRoot, 'tests/cli/fixtures', name)));
const seed = readFileSync(path.join(repoRoot, SEED), 'utf8');
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('reading files that are not UTF-8', () => {
  it('refuses Latin-1 JSON at its first byte that is not UTF-8, instead of replacing the text', async () => {
    const io = fakeIO({ files: { '/work/latin1b.json': fixture('latin1b.json') } });
    expect(await run(['validate', 'latin1b.json'], io)).toBe(1);
    expect(io.out()).toBe('');
    // `{"id":"x","title":"Caf\xe9 visit"`: the é is the 23rd character of line 1.
    expect(io.err()).toMatch(/^latin1b\.json:1:23: not UTF-8 \(byte 0xE9\); save the file as UTF-8/);
    expect(io.err().split('\n')).toHaveLength(2);
  });

  it('refuses GBK JSON with the line and column of its first Chinese character', async () => {
    const io = fakeIO({ files: { '/work/gbk.json': fixture('gbk.json') } });
    expect(await run(['geojson', 'gbk.json'], io)).toBe(1);
    expect(io.out()).toBe('');
    // Line 5 is `    "zh-Hant": "海關…`: the first byte of 海 in GBK is 0xBA.
    expect(io.err()).toMatch(/^gbk\.json:5:17: not UTF-8 \(byte 0xBA\)/);
  });

  it('locates a bad byte after multi-byte characters by character, not by byte', () => {
    // 'Zü\n  é': ü is two bytes in UTF-8; the bad byte is on line 2 at column 3.
    const bytes = Uint8Array.from([0x5a, 0xc3, 0xbc, 0x0a, 0x20, 0x20, 0xe9, 0x20]);
    expect(() => decodeText(bytes)).toThrow(expect.objectContaining({ line: 2, column: 3, message: expect.stringMatching(/^not UTF-8 \(byte 0xE9\)/) }));
    // A sequence cut short at the end of the file is refused too.
    expect(() => decodeText(Uint8Array.from([0x7b, 0xe6, 0xb5]))).toThrow(expect.objectContaining({ line: 1, column: 2 }));
  });

  it('reads UTF-16 with a byte-order mark, little- or big-endian, as Windows tools write it', async () => {
    const le = new Uint8Array(Buffer.from(`\ufeff${seed}`, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    for (const bytes of [le, be]) {
      const io = fakeIO({ files: { '/work/u16.json': bytes } });
      expect(await run(['validate', 'u16.json'], io)).toBe(0);
      expect(io.out()).toBe('u16.json: valid: 7 stops, 6 legs, 8 meetings\n');
    }
    const utf8 = fakeIO({ files: { '/work/visit.json': seed } });
    const le16 = fakeIO({ files: { '/work/visit.json': le } });
    expect(await run(['geojson', 'visit.json'], utf8)).toBe(0);
    expect(await run(['geojson', 'visit.json'], le16)).toBe(0);
    expect(le16.out()).toBe(utf8.out());
  });

  it('still reads UTF-8 with a byte-order mark', async () => {
    const io = fakeIO({ files: { '/work/bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed)]) } });
    expect(await run(['validate', 'bom.json'], io)).toBe(0);
  });

  it('reads a GPX in the encoding its XML declaration names', async () => {
    const io = fakeIO({ files: { '/work/latin1.gpx': fixture('latin1.gpx') } });
    expect(await run(['import', 'latin1.gpx'], io)).toBe(0);
    const stops = JSON.parse(io.out()).stops;
    expect(stops.map((s: { id: string; name: string }) => [s.id, s.name])).toEqual([
      ['zurich', 'Zürich'],
      ['bern', 'Bern'],
    ]);
  });

  it('reads the euro sign and curly quotes of windows-1252, also under the labels the Encoding Standard gives it', async () => {
    // Bytes 0x80–0x9F as windows-1252 assigns them (as Python's cp1252 codec has them); the five it leaves unassigned stay C1 controls.
    const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const high = Array.from({ length: 32 }, (_, i) => 0x80 + i);
    for (const label of ['windows-1252', 'ISO-8859-1', 'latin1']) {
      const head = new TextEncoder().encode(`<?xml version="1.0" encoding="${label}"?><x>`);
      expect(decodeText(new Uint8Array([...head, ...high, 0xe9, 0x3c]))).toBe(`<?xml version="1.0" encoding="${label}"?><x>${cp1252}é<`);
    }
  });

  it('reads a KML declared as Shift_JIS or GBK, and from standard input', async () => {
    // 東京 in Shift_JIS is 93 8C 8B 9E; 杭州 in GBK is BA BC D6 DD.
    const kml = (encoding: string, name: number[]) =>
      new Uint8Array([
        ...latin1(`<?xml version="1.0" encoding="${encoding}"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>`),
        ...name,
        ...latin1('</name><Point><coordinates>139.69,35.69</coordinates></Point></Placemark></kml>'),
      ]);
    for (const [encoding, bytes, name] of [['Shift_JIS', [0x93, 0x8c, 0x8b, 0x9e], '東京'], ['GBK', [0xba, 0xbc, 0xd6, 0xdd], '杭州']] as const) {
      const io = fakeIO({ stdin: kml(encoding, [...bytes]) });
      expect(await run(['import', '-'], io)).toBe(0);
      expect(JSON.parse(io.out()).stops[0].name).toBe(name);
    }
  });

  it('refuses an XML encoding it does not know, naming it where the file declares it', async () => {
    const io = fakeIO({ files: { '/work/odd.gpx': latin1('<?xml version="1.0" encoding="x-klingon"?>\n<gpx version="1.1"/>') } });
    expect(await run(['import', 'odd.gpx'], io)).toBe(1);
    expect(io.err()).toBe('odd.gpx:1:31: unknown encoding "x-klingon" in the XML declaration; save the file as UTF-8\n');
  });

  it('refuses a GPX that says UTF-8 but is not, at its bad byte', async () => {
    const text = fixture('latin1.gpx');
    const io = fakeIO({ files: { '/work/wrong.gpx': new Uint8Array([...latin1('<?xml version="1.0" encoding="UTF-8"?>'), ...text.subarray(text.indexOf(0x0a))]) } });
    expect(await run(['import', 'wrong.gpx'], io)).toBe(1);
    expect(io.err()).toMatch(/^wrong\.gpx:2:\d+: not UTF-8 \(byte 0xFC\)/);
  });

  it('names the file and the limit for a file too large to be one text', async () => {
    // Zero-filled: the pages are never touched, only the length is read.
    const io = fakeIO({ files: { '/work/huge.json': new Uint8Array(MAX_BYTES + 1) } });
    expect(await run(['validate', 'huge.json'], io)).toBe(1);
    expect(io.err()).toBe('visitmap: cannot read huge.json: it is 536870889 bytes (512 MB); visitmap reads files of at most 536870888 bytes (512 MB, the longest text Node can hold)\n');
  });

  it('says a .kmz is a zip to unzip, rather than that it is not a GPX or KML file', async () => {
    // The start of a zip's local file header, as My Maps' KMZ export has it.
    const io = fakeIO({ files: { '/work/trip.kmz': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00, 0x08, 0x00, ...latin1('doc.kml')]) } });
    expect(await run(['import', 'trip.kmz'], io)).toBe(1);
    expect(io.err()).toBe('visitmap: cannot read trip.kmz: it is a zip archive, not text (a .kmz is one: unzip the .kml inside from it and import that)\n');
  });

  it('names the .kml a .kmz holds, from the zip\'s central directory', async () => {
    // As the tester's nested.kmz: an image first, then the KML in a folder; a .kml named doc.kml wins.
    for (const [names, kml] of [[['images/icon.png', 'files/trip.kml'], 'files/trip.kml'], [['a.kml', 'doc.kml'], 'doc.kml']] as const) {
      const io = fakeIO({ files: { '/work/trip.kmz': zip(names.map((n) => [n, 'x'])) } });
      expect(await run(['import', 'trip.kmz'], io)).toBe(1);
      expect(io.err()).toBe(`visitmap: cannot read trip.kmz: it is a zip archive, not text (a .kmz is one: unzip ${kml} from it and import that)\n`);
    }
  });

  it('says a file looks like UTF-16 without a byte-order mark, rather than that it is not UTF-8 or not well-formed', async () => {
    const le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = (text: string) => le(text).map((_, i, a) => a[i ^ 1]!);
    const cases = [
      ['validate', 'ascii16.json', le('{"id":"x"}'), 'LE'],
      ['import', 'ascii16.gpx', be('<gpx version="1.1"><wpt lat="1" lon="2"/></gpx>'), 'BE'],
      ['import', 'u16.kml', le('<?xml version="1.0" encoding="UTF-16BE"?><kml/>'), 'LE'],
    ] as const;
    for (const [command, file, bytes, order] of cases) {
      const io = fakeIO({ files: { [`/work/${file}`]: bytes } });
      expect(await run([command, file], io)).toBe(1);
      expect(io.err()).toBe(
        `visitmap: cannot read ${file}: it looks like UTF-16 ${order} without a byte-order mark (every second byte is 0, as in text of Latin letters); save it as UTF-8, or as UTF-16 with a byte-order mark\n`,
      );
    }
  });

  it('reads XML in UTF-16 without a byte-order mark when its declaration names UTF-16, as XML allows', async () => {
    const kml = '<?xml version="1.0" encoding="UTF-16LE"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Zürich 北京</name><Point><coordinates>8.54,47.37</coordinates></Point></Placemark></kml>';
    const io = fakeIO({ files: { '/work/u16.kml': new Uint8Array(Buffer.from(kml, 'utf16le')) } });
    expect(await run(['import', 'u16.kml'], io)).toBe(0);
    expect(JSON.parse(io.out()).stops[0].name).toBe('Zürich 北京');
  });
});

/** A zip of `files` stored uncompressed (checksums left 0: only the names are read). */
function zip(files: Array<readonly [string, string]>): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, n >> 8];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  for (const [name, text] of files) {
    const [n, data] = [[...new TextEncoder().encode(name)], [...new TextEncoder().encode(text)]];
    const offset = parts.length;
    parts.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(n.length), ...u16(0), ...n, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(data.length), ...u32(data.length));
    central.push(...u16(n.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...n);
  }
  const at = parts.length;
  return new Uint8Array([...parts, ...central, ...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length), ...u32(central.length), ...u32(at), ...u16(0)]);
}
