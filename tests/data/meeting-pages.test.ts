import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeHtml, safeUrl, withMeetingPages, writeMeetingPages } from '../../scripts/meeting-pages.mjs';
import { parseItinerary } from '../../src/index';
import { asList, readSeed, repoRoot, SEED_PATH, type Json } from './seed-files';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'visitmap-meetings-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A one-stop itinerary whose every text field carries markup and whose links are scripts. */
function hostileItinerary(): Json {
  return {
    id: 'x',
    title: HOSTILE,
    sources: [{ id: 'doc', title: HOSTILE, url: ' JaVa\nScript:alert(1)', publisher: HOSTILE }],
    stops: [{
      id: 'stop"><script>alert(1)</script>',
      name: { en: HOSTILE, '"><script>alert(2)</script>': HOSTILE + 'zh' },
      coordinates: [0, 0],
      precision: 'city',
      note: HOSTILE,
      meetings: [{
        id: 'm1',
        title: HOSTILE,
        date: HOSTILE,
        dateCertainty: 'stated',
        with: [{ name: HOSTILE, role: HOSTILE, organisation: { en: HOSTILE } }],
        summary: HOSTILE,
        url: 'javascript:alert(1)',
        topics: [HOSTILE],
        source: [{ document: 'doc', paragraph: 1, sentence: 1 }],
        note: HOSTILE,
      }],
    }],
  };
}

describe('meeting pages for the seed', () => {
  const seed = readSeed();
  const out = tempDir();
  const pages = writeMeetingPages(seed, out);
  const meetings = asList(seed.stops).flatMap((stop) => asList(stop.meetings).map((m) => ({ stop: String(stop.id), meeting: m })));

  it('writes one page per meeting, at the address the gallery’s copy of the data links it to', () => {
    expect(pages.map((p) => p.id)).toEqual(meetings.map((m) => m.meeting.id));
    const gallery = withMeetingPages(seed, pages).itinerary;
    for (const stop of asList(gallery.stops)) {
      for (const meeting of asList(stop.meetings)) {
        expect(meeting.url).toBe(`meetings/${String(meeting.id)}.html`);
        expect(existsSync(path.join(out, String(meeting.url)))).toBe(true);
      }
    }
  });

  it('links, in the gallery’s copy, exactly the meetings the data leaves without a url, and never changes the data', () => {
    const stripped = structuredClone(seed);
    for (const stop of asList(stripped.stops)) for (const meeting of asList(stop.meetings)) delete (meeting as { url?: string }).url;
    const before = JSON.stringify(stripped);
    const { itinerary, added } = withMeetingPages(stripped, pages);
    expect(added).toBe(meetings.length);
    expect(JSON.stringify(stripped)).toBe(before);
    const urls = asList(itinerary.stops).flatMap((stop) => asList(stop.meetings).map((m) => m.url));
    expect(urls).toEqual(meetings.map((m) => `meetings/${String(m.meeting.id)}.html`));
    const kept = withMeetingPages({ stops: [{ meetings: [{ id: pages[0]!.id, url: 'https://elsewhere.example/' }] }] }, pages);
    expect(kept.added).toBe(0);
    expect(asList(kept.itinerary.stops[0]!.meetings)[0]!.url).toBe('https://elsewhere.example/');
  });

  it('links every page back to the map at its own stop', () => {
    for (const { stop, meeting } of meetings) {
      const html = readFileSync(path.join(out, 'meetings', `${String(meeting.id)}.html`), 'utf8');
      const backLinks = [...html.matchAll(/href="\.\.\/seed\.html#stop=([^"]+)"/g)].map((m) => m[1]);
      expect(backLinks.length).toBeGreaterThan(0);
      expect(new Set(backLinks)).toEqual(new Set([stop]));
    }
  });

  it('lists every meeting in the index and copies the stylesheet', () => {
    const index = readFileSync(path.join(out, 'meetings/index.html'), 'utf8');
    for (const { meeting } of meetings) expect(index).toContain(`href="${String(meeting.id)}.html"`);
    expect(readFileSync(path.join(out, 'meetings/meeting.css'), 'utf8'))
      .toBe(readFileSync(path.join(repoRoot, 'examples/meetings/meeting.css'), 'utf8'));
  });

  it('shows each meeting as a page in English with its date certainty and source', () => {
    const html = readFileSync(path.join(out, 'meetings/hangzhou-customs-meeting.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<strong>Wang Wei</strong>, Director General');
    expect(html).toContain('10 December 2023</time> <span class="certainty certainty-inferred">inferred</span>');
    expect(html).toContain('Source: press release, paragraph 3, sentence 1');
    expect(html).toContain('<p class="alt-title" lang="zh-Hans">与杭州海关关长会面</p>');
  });

  it('says the release’s publisher and date are inferred, and how', () => {
    const html = readFileSync(path.join(out, 'meetings/hangzhou-customs-meeting.html'), 'utf8');
    expect(html).toContain('Hong Kong SAR Government, Customs and Excise Department (inferred), published 13 December 2023 (inferred).');
    expect(html).toMatch(/<p class="citation-note">The release states neither its date nor its publisher\./);
  });

  it('shows a Chinese name written alike in both scripts once, in the heading and wherever else the name is', () => {
    // Hangzhou is 杭州 in simplified and traditional Chinese alike; the meeting title differs between them.
    const html = readFileSync(path.join(out, 'meetings/hangzhou-customs-meeting.html'), 'utf8');
    expect(html).toContain('<p class="kicker">Meeting · Hangzhou <span class="alt" lang="zh-Hans">杭州</span></p>');
    expect(html).toContain('<dt>Where</dt><dd>Hangzhou <span class="alt" lang="zh-Hans">杭州</span> <span class="muted">');
    expect(html).toContain('<p class="alt-title" lang="zh-Hant">與杭州海關關長會面</p>\n<p class="alt-title" lang="zh-Hans">与杭州海关关长会面</p>');
    const index = readFileSync(path.join(out, 'meetings/index.html'), 'utf8');
    expect(index).toContain('<h2>Yangshan Automated Terminal <span class="alt" lang="zh-Hans">洋山港</span></h2>');
  });

  it('never shows the same text twice for one name, whatever languages share it', () => {
    const tag = fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'zh', 'fr', 'ja');
    const word = fc.constantFrom('Hangzhou', '杭州', '杭州市', 'Hang-tcheou');
    fc.assert(fc.property(fc.dictionary(tag, word, { minKeys: 1 }), (name) => {
      const dir = tempDir();
      writeMeetingPages({ id: 'v', title: 'Visit', stops: [{ id: 's', name, meetings: [{ id: 'm', title: 'Talks' }] }] }, dir);
      const heading = /<h2>(.*)<\/h2>/.exec(readFileSync(path.join(dir, 'meetings/index.html'), 'utf8'))![1]!;
      const shown = [heading.replace(/ <span.*/, ''), ...[...heading.matchAll(/<span class="alt"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1])];
      // Every text the name has is shown, and none twice.
      expect(new Set(shown).size).toBe(shown.length);
      expect(new Set(shown)).toEqual(new Set(Object.values(name)));
    }), { numRuns: 60 });
  });

  it('writes the same pages from the parsed itinerary as from the JSON', () => {
    const parsed = tempDir();
    writeMeetingPages(parseItinerary(seed), parsed);
    for (const name of [...pages.map((p) => `${p.id}.html`), 'index.html']) {
      expect(readFileSync(path.join(parsed, 'meetings', name), 'utf8'), name)
        .toBe(readFileSync(path.join(out, 'meetings', name), 'utf8'));
    }
  });

  it('runs as a command', () => {
    const cli = tempDir();
    const stdout = execFileSync(process.execPath, [path.join(repoRoot, 'scripts/meeting-pages.mjs'), SEED_PATH, cli], { encoding: 'utf8' });
    expect(stdout).toContain(`wrote ${meetings.length} meeting pages`);
    expect(existsSync(path.join(cli, 'meetings/index.html'))).toBe(true);
  });
});

describe('meeting pages and hostile data', () => {
  const out = tempDir();
  writeMeetingPages(hostileItinerary(), out);
  const files = ['m1.html', 'index.html'].map((f) => readFileSync(path.join(out, 'meetings', f), 'utf8'));

  it('escapes markup from every text field', () => {
    for (const html of files) {
      expect(html).not.toMatch(/<img|<script/i);
      expect(html).toContain(escapeHtml(HOSTILE));
    }
    // title, summary, name, role, organisation, topic, both notes, stop name: all present as text
    expect(files[0]?.split(escapeHtml(HOSTILE)).length).toBeGreaterThan(9);
  });

  it('drops javascript: links from the meeting and its source document', () => {
    for (const html of files) expect(html.replace(/\s+/g, '')).not.toMatch(/javascript:/i);
    expect(files[0]).toContain('Source: doc, paragraph 1, sentence 1');
  });

  it('keeps a safe source link', () => {
    const itinerary = hostileItinerary();
    (itinerary.sources as Json[])[0]!.url = 'https://example.org/release?a=1&b=2';
    const dir = tempDir();
    writeMeetingPages(itinerary, dir);
    expect(readFileSync(path.join(dir, 'meetings/m1.html'), 'utf8')).toContain('<a href="https://example.org/release?a=1&amp;b=2">doc</a>');
  });

  it('refuses a meeting id that would leave the folder, naming where it is', () => {
    const itinerary = hostileItinerary();
    asList(asList(itinerary.stops)[0]?.meetings)[0]!.id = '../../evil';
    expect(() => writeMeetingPages(itinerary, tempDir())).toThrow(/^stops\[0\]\.meetings\[0\]\.id: "\.\.\/\.\.\/evil" cannot name a page/);
  });
});

describe('escapeHtml and safeUrl', () => {
  it('leaves no markup character in any string, and loses nothing', () => {
    const unescape = (s: string): string => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) =>
      ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '');
    // Ordinary text, and text made only of markup characters and entity look-alikes.
    const markupHeavy = fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', '&amp;', '&#39;', ';', '杭', '\u2028') });
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), markupHeavy), (s) => {
      const escaped = escapeHtml(s);
      return !/[<>"']/.test(escaped) && unescape(escaped) === s;
    }));
  });

  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['HTTP://example.org', 'HTTP://example.org'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
    ['meetings/a.html', 'meetings/a.html'],
    ['../seed.html#stop=x', '../seed.html#stop=x'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['vbscript:x', undefined],
    ['', undefined],
  ])('safeUrl(%j) is %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});
