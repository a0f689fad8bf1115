#!/usr/bin/env node
/**
 * Meeting-details pages: one accessible HTML page per meeting of an itinerary, plus an
 * index, written to `OUT_DIR/meetings/`. Each page links back to the map at its stop
 * (`../seed.html#stop=<stop id>` by default). Plain Node, no dependencies, so the
 * gallery build can call it before anything is compiled.
 *
 *   node scripts/meeting-pages.mjs data/hk-customs-yrd-visit-2023.json site/examples
 *
 * Every text from the data is HTML-escaped; links keep only http:, https:, mailto: and
 * relative URLs. The input may be the itinerary JSON as written or as `parseItinerary`
 * returns it: single values where lists are expected are accepted.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stylesheet copied next to the pages. */
const STYLESHEET = fileURLToPath(new URL('../examples/meetings/meeting.css', import.meta.url));
/** Ids become file names: nothing that could leave the folder or need escaping. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML content or in a quoted attribute. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * The URL if its scheme is http:, https: or mailto:, or it has none (relative);
 * otherwise `undefined`. Tabs and newlines are removed first, as browsers do, so
 * `java\nscript:` cannot slip through.
 */
export function safeUrl(url) {
  if (typeof url !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // eslint-disable-next-line no-control-regex
  if (cleaned === '' || /[\u0000-\u001f\u007f]/.test(cleaned)) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  if (!scheme) return cleaned;
  return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()) ? cleaned : undefined;
}

/**
 * Writes `outDir/meetings/<meeting id>.html` for every meeting, `outDir/meetings/index.html`
 * and `outDir/meetings/meeting.css`.
 *
 * @param {object} itinerary the itinerary JSON (raw or parsed)
 * @param {string} outDir the folder holding the map page, e.g. `site/examples`
 * @param {{ mapPage?: string }} [options] `mapPage` (default `'../seed.html'`): the map,
 *   relative to the meeting pages; `#stop=<id>` is appended.
 * @returns {{ id: string, stop: string, file: string }[]} the pages written, in visiting order
 * @example
 *   writeMeetingPages(JSON.parse(readFileSync('data/hk-customs-yrd-visit-2023.json', 'utf8')), 'site/examples');
 */
export function writeMeetingPages(itinerary, outDir, options = {}) {
  const mapPage = options.mapPage ?? '../seed.html';
  const meetings = collectMeetings(itinerary);
  const dir = join(outDir, 'meetings');
  mkdirSync(dir, { recursive: true });
  const written = meetings.map((entry) => {
    const file = join(dir, `${entry.meeting.id}.html`);
    writeFileSync(file, renderMeetingPage(itinerary, entry, mapPage));
    return { id: entry.meeting.id, stop: entry.stop.id, file };
  });
  writeFileSync(join(dir, 'index.html'), renderIndexPage(itinerary, meetings, mapPage));
  const css = join(dir, 'meeting.css');
  if (resolve(css) !== resolve(STYLESHEET)) copyFileSync(STYLESHEET, css);
  return written;
}

/**
 * A copy of the itinerary JSON in which each meeting without a `url` links to its page
 * (`meetings/<id>.html`), and how many links were added.
 * The package's seed has none (its users have no such pages); the gallery links its copy.
 *
 * @param {any} itinerary the itinerary JSON as written
 * @param {{ id: string }[]} pages the pages `writeMeetingPages` wrote
 * @returns {{ itinerary: any, added: number }}
 * @example
 *   const { itinerary } = withMeetingPages(raw, writeMeetingPages(raw, 'site/examples'));
 */
export function withMeetingPages(itinerary, pages) {
  const ids = new Set(pages.map((p) => p.id));
  const copy = structuredClone(itinerary);
  let added = 0;
  for (const stop of list(copy.stops)) {
    for (const meeting of list(stop?.meetings)) {
      if (meeting?.url === undefined && ids.has(meeting?.id)) {
        meeting.url = `meetings/${meeting.id}.html`;
        added++;
      }
    }
  }
  return { itinerary: copy, added };
}

/** Every meeting with its stop, checking the ids that become file names and links. */
function collectMeetings(itinerary) {
  if (itinerary === null || typeof itinerary !== 'object') throw new TypeError('writeMeetingPages: itinerary must be an object');
  const seen = new Set();
  return list(itinerary.stops).flatMap((stop, s) => {
    if (typeof stop?.id !== 'string') throw new Error(`stops[${s}].id: a stop needs a string id to be linked to`);
    return list(stop.meetings).map((meeting, m) => {
      const path = `stops[${s}].meetings[${m}].id`;
      if (typeof meeting?.id !== 'string' || !SAFE_ID.test(meeting.id)) {
        throw new Error(`${path}: ${JSON.stringify(meeting?.id)} cannot name a page (use letters, digits, - and _)`);
      }
      if (seen.has(meeting.id)) throw new Error(`${path}: "${meeting.id}" is used by two meetings`);
      seen.add(meeting.id);
      return { stop, meeting };
    });
  });
}

/** The HTML page of one meeting. */
function renderMeetingPage(itinerary, { stop, meeting }, mapPage = '../seed.html') {
  const title = plain(meeting.title) || meeting.id;
  const back = mapLink(mapPage, stop.id);
  const stopName = localized(stop.name);
  const external = safeUrl(meeting.url);
  const sections = [
    section('who', 'Who', participantList(list(meeting.with))),
    section('summary', 'Summary', meeting.summary ? `<p>${localized(meeting.summary)}</p>` : ''),
    section('topics', 'Topics', tagList(list(meeting.topics))),
    section('notes', 'What is inferred or approximate', notesHtml(meeting, stop)),
    section('source', 'Source', sourceHtml(itinerary, list(meeting.source))),
  ].join('');
  return page({
    title: `${title} · ${plain(itinerary.title) || 'visit'}`,
    nav: `<a href="${escapeHtml(back)}">Map: ${escapeHtml(plain(stop.name))}</a><a href="index.html">All meetings</a>`,
    body: `<article>
<p class="kicker">${escapeHtml(kindLabel(meeting.kind))} · ${stopName}</p>
<h1>${escapeHtml(title)}</h1>${otherLanguages(meeting.title, 'alt-title')}
<dl class="facts">
<dt>Where</dt><dd>${stopName} <span class="muted">(${escapeHtml(precisionLabel(stop.precision))})</span></dd>
<dt>When</dt><dd>${whenHtml(meeting, stop)}</dd>
<dt>Visit</dt><dd>${localized(itinerary.title)}</dd>
</dl>
${sections}${external && /^[a-z]+:/i.test(external) ? `<p><a href="${escapeHtml(external)}">More about this meeting</a></p>\n` : ''}<p class="back"><a class="button" href="${escapeHtml(back)}">Back to the map at ${escapeHtml(plain(stop.name))}</a></p>
</article>`,
  });
}

/** The index of all meetings, grouped by stop in visiting order. */
function renderIndexPage(itinerary, meetings, mapPage = '../seed.html') {
  const groups = [];
  for (const entry of meetings) {
    const last = groups[groups.length - 1];
    if (last && last.stop === entry.stop) last.meetings.push(entry.meeting);
    else groups.push({ stop: entry.stop, meetings: [entry.meeting] });
  }
  const items = groups.map(({ stop, meetings: ms }) => `<li>
<h2>${localized(stop.name)}</h2>
<p class="when">${whenText(dateRange(stop.arrive, stop.depart), stop.dateCertainty)}</p>
<ul class="meeting-list">${ms.map((m) => `
<li><a href="${escapeHtml(`${m.id}.html`)}">${escapeHtml(plain(m.title) || m.id)}</a><span class="when">${whenText(m.date && formatDate(m.date), m.dateCertainty)}</span></li>`).join('')}
</ul>
<p><a href="${escapeHtml(mapLink(mapPage, stop.id))}">Show ${escapeHtml(plain(stop.name))} on the map</a></p>
</li>`).join('\n');
  return page({
    title: `Meetings · ${plain(itinerary.title) || 'visit'}`,
    nav: `<a href="${escapeHtml(mapPage)}">Map</a>`,
    body: `<h1>Meetings</h1>
<p class="lead">${localized(itinerary.title)}</p>
<ol class="stops">
${items}
</ol>`,
  });
}

function page({ title, nav, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="meeting.css">
</head>
<body>
<header><nav aria-label="Site">${nav}</nav></header>
<main>
${body}
</main>
<footer><p>Facts from the cited source; summaries written in our own words. Made with visitmap.</p></footer>
</body>
</html>
`;
}

function section(id, heading, content) {
  if (!content) return '';
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>\n${content}</section>\n`;
}

function participantList(people) {
  if (people.length === 0) return '';
  const items = people.map((p) => {
    const details = [p?.role, p?.organisation].filter(Boolean).map(localized).join(', ');
    return `<li><strong>${localized(p?.name)}</strong>${details ? `, ${details}` : ''}</li>`;
  });
  return `<ul class="people">${items.join('')}</ul>`;
}

function tagList(topics) {
  if (topics.length === 0) return '';
  return `<ul class="topics">${topics.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`;
}

function notesHtml(meeting, stop) {
  const notes = [meeting.note, stop.note].filter((n) => typeof n === 'string' && n !== '');
  return notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('\n');
}

/** "Source: press release, paragraph 3, sentence 1", linked to the document when it has a safe URL. */
function sourceHtml(itinerary, refs) {
  if (refs.length === 0) return '';
  const documents = list(itinerary.sources ?? itinerary.source);
  const items = refs.map((ref) => {
    const doc = documents.find((d) => d?.id === ref?.document) ?? (documents.length === 1 ? documents[0] : undefined);
    const label = (doc?.id ?? ref?.document ?? 'source').replace(/[-_]+/g, ' ');
    const where = ['paragraph', 'sentence'].filter((k) => Number.isInteger(ref?.[k])).map((k) => `${k} ${ref[k]}`);
    const url = safeUrl(doc?.url);
    const name = url ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
    return `<li>Source: ${name}${where.length ? `, ${escapeHtml(where.join(', '))}` : ''}</li>`;
  });
  const cited = documents.filter((d) => refs.some((r) => r?.document === d?.id || documents.length === 1));
  const citations = cited.map((d) => {
    // A publisher or date worked out rather than read is said to be so, with the document's note.
    const inferred = (certainty) => (certainty === 'inferred' ? ' (inferred)' : '');
    const parts = [
      d.publisher && `${d.publisher}${inferred(d.publisherCertainty)}`,
      d.published && `published ${formatDate(d.published)}${inferred(d.publishedCertainty)}`,
    ].filter(Boolean);
    const note = typeof d.note === 'string' && d.note ? `<p class="citation-note">${escapeHtml(d.note)}</p>` : '';
    return `<p class="citation"><cite>${localized(d.title ?? d.id)}</cite>${parts.length ? `. ${escapeHtml(parts.join(', '))}.` : ''}</p>${note}`;
  });
  return `<ul class="sources">${items.join('')}</ul>\n${citations.join('\n')}`;
}

function whenHtml(meeting, stop) {
  const date = meeting.date ?? undefined;
  const certainty = date ? meeting.dateCertainty : stop.dateCertainty;
  const text = date ? formatDate(date) : dateRange(stop.arrive, stop.depart);
  if (!text) return 'Not given';
  const time = date ? `<time datetime="${escapeHtml(date)}">${escapeHtml(text)}</time>` : escapeHtml(text);
  if (!certainty) return time;
  const label = certainty === 'stated' ? 'stated in the source' : certainty === 'inferred' ? 'inferred' : certainty;
  return `${time} <span class="certainty certainty-${certainty === 'stated' ? 'stated' : 'inferred'}">${escapeHtml(label)}</span>`;
}

/** `10 December 2023`, `10 December 2023, 09:30`, or the text unchanged when it is not ISO 8601. */
function formatDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(String(value));
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return String(value ?? '');
  return `${Number(m[3])} ${month} ${m[1]}${m[4] ? `, ${m[4]}:${m[5]}` : ''}`;
}

/** `10 to 11 December 2023`; the month and year are said once when shared. */
function dateRange(arrive, depart) {
  if (!arrive || !depart || arrive === depart) return arrive || depart ? formatDate(arrive ?? depart) : '';
  const [from, to] = [formatDate(arrive), formatDate(depart)];
  const [day, ...rest] = from.split(' ');
  const sameMonth = /^\d{4}-\d{2}-\d{2}$/.test(arrive) && rest.join(' ') === to.split(' ').slice(1).join(' ');
  return sameMonth ? `${day} to ${to}` : `${from} to ${to}`;
}

/** Escaped "10 December 2023 (inferred)" for lists; empty when there is no date. */
function whenText(date, certainty) {
  if (!date) return '';
  return escapeHtml(certainty ? `${date} (${certainty})` : date);
}

function mapLink(mapPage, stopId) {
  return `${mapPage}#stop=${encodeURIComponent(stopId)}`;
}

function kindLabel(kind) {
  return { meeting: 'Meeting', visit: 'Site visit', event: 'Event' }[kind] ?? 'Meeting';
}

function precisionLabel(precision) {
  return { venue: 'the venue', district: 'district or port area, approximate', city: 'city only' }[precision] ?? 'place';
}

/** A value as a list: lists stay, a single value becomes one item, nothing becomes none. */
function list(value) {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** The English (or first) text of a LocalizedText, unescaped. */
function plain(text) {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  const value = text.en ?? Object.values(text).find((v) => typeof v === 'string');
  return typeof value === 'string' ? value : '';
}

/** The English (or first) text, escaped, followed by the other languages marked with `lang`. */
function localized(text) {
  return `${escapeHtml(plain(text))}${otherLanguages(text, 'alt')}`;
}

/**
 * The texts of the languages other than the main one, each marked with `lang`. A text that
 * two tags share (a place written alike in simplified and traditional Chinese) is shown once,
 * with the first tag that has it.
 */
function otherLanguages(text, className) {
  if (!text || typeof text !== 'object') return '';
  const shown = new Set([plain(text)]);
  return Object.entries(text)
    .filter(([tag, value]) => typeof value === 'string' && tag !== 'en' && !shown.has(value) && shown.add(value))
    .map(([tag, value]) => {
      const lang = LANGUAGE_TAG.test(tag) ? ` lang="${escapeHtml(tag)}"` : '';
      return className === 'alt'
        ? ` <span class="alt"${lang}>${escapeHtml(value)}</span>`
        : `\n<p class="${className}"${lang}>${escapeHtml(value)}</p>`;
    })
    .join('');
}

function main(argv) {
  const [input, outDir, ...rest] = argv;
  if (!input || !outDir || rest.length > 0) {
    process.stderr.write('usage: node scripts/meeting-pages.mjs ITINERARY.json OUT_DIR\n');
    return 2;
  }
  let itinerary;
  try {
    itinerary = JSON.parse(readFileSync(input, 'utf8'));
  } catch (error) {
    process.stderr.write(`${input}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const pages = writeMeetingPages(itinerary, outDir);
    process.stdout.write(`wrote ${pages.length} meeting pages and an index to ${join(outDir, 'meetings')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${input}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
