import { isoCheck } from '../itinerary/iso-date';
import type { Itinerary, Leg, SourceRef, Stop, TravelMode } from '../itinerary/types';
import { addDays, findDates, findDuration, findPublished, tenseOf, type DateMention } from './dates';
import { findPlaces, type PlaceMention } from './find-places';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { placeKey, slug } from './normalize';
import { resolvePlaces } from './resolve-places';
import { splitSentences } from './segment';
import { attachMeetings } from './attach-meetings';
import { ref, uniqueId, type Draft, type Info, type Visit } from './draft';
import type { ExtractOptions, ExtractWarning, GazetteerEntry } from './types';

/** What {@link extractItinerary} returns: a draft to check, and what to check first. */
export interface ExtractResult {
  /** The draft itinerary, valid for `parseItinerary`. */
  itinerary: Itinerary;
  /** What could not be done, or was guessed and should be checked by a person; `[]` when none. */
  warnings: ExtractWarning[];
}

const DEPART = /\b(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left|set(?:s)?\s+(?:off|out)|beg(?:an|in|ins|inning)|start(?:s|ed|ing)?|embark(?:s|ed|ing)?|commenc(?:e|es|ed|ing)|kick(?:s|ed)?\s+off)\b/i;
const RETURN = /\b(?:return(?:s|ed|ing)?|back\s+(?:to|in|home)|conclud(?:e|es|ed|ing)|end(?:s|ed)?\s+(?:her|his|their|the)\s+(?:visit|trip|tour))\b/i;
const DATELINE = /^[\p{L} .'’-]{2,40},\s*(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}\s*[–—-]\s*/u;
const ARRIVE = /\barriv(?:e|es|ed|ing)\b/i;
const EVENT_VERB = /\b(?:met|meet|visit|attend|tour|call|held|hold|sign|witness|spoke|speak|address|deliver|inspect|join|launch|open|host|participat|officiat|stay|arriv|view|receiv|welcom|exchang|interact|learn|see|saw|observ|lead|led|celebrat|unveil|lay|laid|give|gave|brief|talk)/i;
const SITE_VERB = /\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|inspect(?:s|ed|ing)?|call(?:s|ed)?\s+at|view(?:s|ed)?|went\s+to|arriv(?:e|es|ed))\b/i;
const UNPLACED = /\b(?:visits?\s+to|trip\s+to|travel(?:s|led|ed)?\s+to|arriv(?:e|es|ed)\s+in|depart(?:s|ed)?\s+for|fl(?:y|ies|ew)\s+to|head(?:s|ed)?\s+to|proceed(?:s|ed)?\s+to|tour\s+of|left\s+for|leave\s+for)\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’-]*){0,4})/gu;

/** Which mentions of a sentence are visits: travel words, "in X" with an event, or a named site being visited. */
function visitConfidence(m: PlaceMention, e: GazetteerEntry, sentence: string): number {
  if (m.personal || m.locator || e.kind === 'region') return 0;
  const big = e.origin !== 'world' || e.population >= 100000;
  if (m.cue === 'visit') return !m.embedded || big ? 0.9 : 0;
  if (m.cue === 'in') return !m.embedded && EVENT_VERB.test(sentence) ? 0.75 : 0;
  if (m.cue === 'none' && e.origin !== 'world' && SITE_VERB.test(sentence)) return 0.6;
  return 0;
}

function modeOf(sentence: string): TravelMode {
  if (/\b(?:fl(?:y|ew|ies|ying)|by\s+air|flight|plane)\b/i.test(sentence)) return 'flight';
  if (/\b(?:by\s+(?:high-speed\s+)?(?:rail|train)|high-speed\s+rail|train)\b/i.test(sentence)) return 'rail';
  if (/\b(?:by\s+(?:road|car|coach|bus)|drove|drive)\b/i.test(sentence)) return 'road';
  if (/\b(?:by\s+(?:sea|ferry|boat|ship)|ferry|sailed)\b/i.test(sentence)) return 'sea';
  return 'unknown';
}

/**
 * Reads a visit announcement and drafts its itinerary: the places visited in order
 * (with the departure from and return to the home city), their dates, and the
 * meetings, site visits and events at each. Every fact carries its `source` (paragraph,
 * sentence, range, the sentence itself and a confidence); dates the text does not give
 * are marked `inferred`; names it cannot place are `warnings`, never guesses. The draft
 * is for a person to check before it is published.
 *
 * Loads the world-city list on first use (a dynamic import, so bundles that never call
 * this never carry it).
 * @param text The announcement, as plain text.
 * @param options `published` (ISO date; default: a date line in the text), `home`
 *   (default `'Hong Kong'`), `gazetteer` (your own places; default none),
 *   `worldCities` (default `true`).
 * @throws {TypeError} when `published` is not a real YYYY-MM-DD date, or the home city is in no gazetteer.
 * @example
 * const { itinerary, warnings } = await extractItinerary(
 *   'The Secretary will depart tomorrow (January 8) for a three-day visit to Guangzhou and Shenzhen.',
 *   { published: '2024-01-07' },
 * );
 * itinerary.stops.map((s) => s.name); // ['Hong Kong', 'Guangzhou', 'Shenzhen', 'Hong Kong']
 */
export async function extractItinerary(text: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  if (typeof text !== 'string') throw new TypeError('extractItinerary: text must be a string');
  checkPublished(options, 'extractItinerary');
  const gazetteer = await loadGazetteer(options);
  return extractWith(gazetteer, text, options);
}

/** A TypeError unless `options.published` is absent or a real `YYYY-MM-DD` day (not 2023-02-30). */
function checkPublished(options: ExtractOptions, fn: string): void {
  const p = options.published;
  if (p !== undefined && (typeof p !== 'string' || p.length !== 10 || isoCheck(p) !== 0)) {
    throw new TypeError(`${fn}: published must be a real YYYY-MM-DD date, got ${JSON.stringify(p)}`);
  }
}

/**
 * {@link extractItinerary} with a gazetteer already loaded (synchronous); `options.gazetteer` is ignored: load it into `gazetteer`.
 * Load the gazetteer once to draft many texts.
 * @throws {TypeError} when the home city is in no gazetteer, or `published` is not a real YYYY-MM-DD date.
 * @example
 * const gazetteer = await loadGazetteer();
 * const { itinerary } = extractWith(gazetteer, 'The Secretary will depart tomorrow (January 8) for a two-day visit to Guangzhou and Shenzhen.', {
 *   published: '2024-01-07',
 * });
 * itinerary.stops.map((s) => s.arrive); // [undefined, '2024-01-08', '2024-01-08', '2024-01-09']
 */
export function extractWith(gazetteer: Gazetteer, text: string, options: ExtractOptions = {}): ExtractResult {
  checkPublished(options, 'extractWith');
  const warnings: ExtractWarning[] = [];
  const sentences = splitSentences(text);
  const published = options.published ?? findPublished(text);
  const year = /\b(19[5-9]\d|20\d\d)\b/.exec(text)?.[1];
  if (!published && !year) {
    warnings.push({ code: 'no-date', message: 'No publication date and no year in the text: pass `published` (--published YYYY-MM-DD) to resolve dates.' });
  }

  // Pass 1: dates and place names, sentence by sentence.
  const infos: Info[] = [];
  let previous: string | undefined;
  for (const s of sentences) {
    // "Berlin, 17 April 2024 –": the dateline is the publication date, not a travel day.
    const dateline = s.sentence === 1 ? DATELINE.exec(s.text)?.[0].length ?? 0 : 0;
    const dates = findDates(s.text, { ...(published ? { published } : {}), ...(year ? { year: Number(year) } : {}), tense: tenseOf(s.text), ...(previous ? { previous } : {}) });
    if (dateline) dates.splice(0, dates.length, ...dates.filter((d) => d.start >= dateline));
    previous = dates[dates.length - 1]?.to ?? dates[dates.length - 1]?.from ?? previous;
    infos.push({ s, dates, mentions: findPlaces(s.text, gazetteer), departs: DEPART.test(s.text), returns: RETURN.test(s.text) });
  }

  // The home city: as given, else the place the traveller "returns to", else Hong Kong.
  const best = (name: string) => [...gazetteer.lookup(name)].sort((a, b) => (b.origin === 'world' ? 0 : 1) - (a.origin === 'world' ? 0 : 1) || b.population - a.population)[0];
  let homeName = options.home;
  if (!homeName) {
    for (const info of infos) {
      if (!info.returns) continue;
      const m = info.mentions.find((x) => x.cue === 'visit' && !x.personal && /\b(?:return(?:s|ed|ing)?|back)\s+(?:to\s+)?(?:the\s+)?$/i.test(info.s.text.slice(0, x.start)));
      if (m) homeName = m.text;
    }
  }
  const home = best(homeName ?? 'Hong Kong');
  if (!home) throw new TypeError(`extractItinerary: home "${homeName}" is in no gazetteer; add it with the gazetteer option (--places)`);

  const allMentions = infos.flatMap((i) => i.mentions);
  const { chosen, ambiguous } = resolvePlaces(allMentions, home);
  // A country that is also its own city (Singapore, Monaco) is the city.
  const entryOf = (m: PlaceMention) =>
    m.personal || (m.country && !m.candidates.some((c) => c.country === m.country)) ? undefined : chosen.get(placeKey(m.text));
  const isHome = (e: GazetteerEntry) => e === home || (e.name === home.name && e.country === home.country);

  // Pass 2: visits, with the days the text gives for them; trip start and end.
  const visits: Visit[] = [];
  let tripStart: { day: string; stated: boolean } | undefined;
  let tripEnd: { day: string; stated: boolean; info?: number } | undefined;
  let startInfo: number | undefined;
  let duration: number | undefined;
  let lastVisit: Visit | undefined;
  infos.forEach((info, idx) => {
    duration ??= findDuration(info.s.text);
    const found: { m: PlaceMention; e: GazetteerEntry; c: number }[] = [];
    for (const m of info.mentions) {
      const e = entryOf(m);
      if (!e || isHome(e)) continue;
      const c = visitConfidence(m, e, info.s.text);
      if (c > 0) found.push({ m, e, c });
    }
    const first = info.dates[0];
    const last = info.dates[info.dates.length - 1];
    const homeReturn = info.returns && info.mentions.some((m) => m.cue === 'visit' && entryOf(m) && isHome(entryOf(m)!));
    // "departed Beijing for London" leaves a stop, not home: it does not start the trip.
    const leavesElsewhere = info.mentions.some(
      (m) => !m.personal && /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+(?:the\s+)?$/i.test(info.s.text.slice(0, m.start)) && !(entryOf(m) && isHome(entryOf(m)!)),
    );
    if (info.departs && first && !tripStart && !leavesElsewhere && !visits.some((v) => v.days.length) && !(info.returns && !found.length)) {
      tripStart = { day: first.from, stated: true };
      startInfo = idx;
    }
    if ((homeReturn || (info.returns && !found.length)) && last) tripEnd = { day: last.to ?? last.from, stated: true, info: idx };
    if (info.departs && first && !tripEnd && first.to && found.length > 1) tripEnd = { day: first.to, stated: true, info: idx };

    // Each date goes to the visit nearest it in its clause; the date of the sentence that
    // starts the trip is the start, not a day at a stop. A span given for a list of places
    // opens at the first and closes at the last; a single day given for a list is each one's.
    const clause = (pos: number) => info.s.text.slice(0, pos).split(/;|,\s+(?:and|then|before|after|while)\s/).length;
    const dated = found.map(() => [] as DateMention[]);
    info.dates.forEach((d, di) => {
      if (idx === startInfo && di === 0) return;
      const inClause = found.map((f, k) => k).filter((k) => clause(found[k]!.m.start) === clause(d.start));
      const pool = inClause.length ? inClause : found.map((_f, k) => k);
      const k = pool.sort((a, b) => Math.abs(found[a]!.m.start - d.start) - Math.abs(found[b]!.m.start - d.start))[0];
      if (k !== undefined) dated[k]!.push(d);
    });
    const as: Visit['days'][number]['as'] = ARRIVE.test(info.s.text) ? 'arrive' : 'both';
    const days = found.map(() => [] as Visit['days']);
    found.forEach((f, k) => {
      for (const d of dated[k]!) {
        const list = found.map((_g, j) => j).filter((j) => j === k || (clause(found[j]!.m.start) === clause(f.m.start) && dated[j]!.length === 0));
        if (list.length > 1 && d.to) {
          days[list[0]!]!.push({ day: d.from, as: 'arrive' });
          days[list[list.length - 1]!]!.push({ day: d.to, as: 'depart' });
        } else if (list.length > 1) for (const j of list) days[j]!.push({ day: d.from, as });
        else if (d.to) days[k]!.push({ day: d.from, as: 'arrive' }, { day: d.to, as: 'depart' });
        else days[k]!.push({ day: d.from, as: f.m.cue === 'from' ? 'depart' : as });
      }
    });
    found.forEach((f, k) => {
      const v: Visit = { entry: f.e, info: idx, days: days[k]!, confidence: f.c * (dated[k]!.length ? Math.min(1, dated[k]![0]!.confidence + 0.1) : 1) };
      visits.push(v);
      lastVisit = v;
    });
    // "Today he attended …": a dated event with no place named happened where the traveller last was.
    const namesPlace = info.mentions.some((m) => !m.personal);
    if (!namesPlace && lastVisit && info.dates.length && EVENT_VERB.test(info.s.text) && !info.departs && !info.returns) {
      for (const d of info.dates) lastVisit.days.push({ day: d.from, as: 'both' }, ...(d.to ? [{ day: d.to, as: 'both' as const }] : []));
      if (!lastVisit.extra?.includes(idx)) (lastVisit.extra ??= []).push(idx);
    }
  });

  for (const [name, a, b] of ambiguous) {
    if (!visits.some((v) => v.entry === a)) continue;
    warnings.push({
      code: 'ambiguous',
      message: `"${name}" could be ${a.name} (${gazetteer.countryNames.get(a.country) ?? a.country}) or ${b.name} (${gazetteer.countryNames.get(b.country) ?? b.country}); ${a.country === b.country ? 'the larger' : 'the one nearer the other places'} was taken.`,
    });
  }
  infos.forEach((info) => {
    for (const m of info.s.text.matchAll(UNPLACED)) {
      const at = m.index + m[0].length - m[1]!.length;
      const name = m[1]!.replace(/^the\s+/, '');
      if (info.mentions.some((x) => x.start < at + m[1]!.length && x.end > at)) continue;
      if (gazetteer.countryByKey.has(placeKey(name))) continue;
      warnings.push({ code: 'unplaced', message: `"${name}" looks like a place visited but is in no gazetteer: add it with the gazetteer option (--places).`, source: ref(info, 0.5) });
    }
  });

  // Stops: visits in the order the text gives them, one stop per place, except that a
  // city dated again after trips to its own districts is a return to it.
  const drafts: Draft[] = [];
  for (const v of visits) {
    const same = drafts.filter((d) => d.entry === v.entry);
    const lastSame = same[same.length - 1];
    const after = lastSame ? drafts.slice(drafts.indexOf(lastSame) + 1) : [];
    const returnToCity =
      lastSame && after.length > 0 && v.days.length > 0 && after.every((d) => d.entry.within === v.entry.name && d.stated.size === 0) && lastSame.stated.size === 0;
    const d: Draft = lastSame && !returnToCity ? lastSame : { entry: v.entry, visits: [], stated: new Set(), meetings: [] };
    if (d !== lastSame) drafts.push(d);
    d.visits.push(v);
    for (const { day, as } of v.days) {
      if (as !== 'depart' && (!d.arrive || day < d.arrive)) d.arrive = day;
      if (as !== 'arrive' && (!d.depart || day > d.depart)) d.depart = day;
      if (as !== 'depart') d.stated.add('arrive');
      if (as !== 'arrive') d.stated.add('depart');
    }
  }
  // Dates win over the order of mention; undated stops keep their place after the stop before them.
  let key = '';
  const keyed = drafts.map((d, i) => ({ d, i, key: (key = d.arrive ?? d.depart ?? key) }));
  keyed.sort((a, b) => (a.key && b.key && a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.i - b.i));
  const ordered = keyed.map((k) => k.d);

  if (!ordered.length) warnings.push({ code: 'no-places', message: 'No visited place was found: check the text, or add its places with the gazetteer option (--places).' });

  // The trip's first and last days, and the home stops around it.
  const statedDays = ordered.flatMap((d) => [d.arrive, d.depart]).filter((x): x is string => !!x).sort();
  const start = tripStart ?? (statedDays[0] ? { day: statedDays[0], stated: false } : undefined);
  let end = tripEnd;
  if (!end && start && duration) end = { day: addDays(start.day, duration - 1), stated: false };
  if (!end && statedDays.length) end = { day: statedDays[statedDays.length - 1]!, stated: false };
  if (ordered.length) {
    const dep: Draft = { entry: home, visits: [], stated: new Set(), meetings: [], home: 'departure' };
    if (start) dep.depart = start.day;
    if (start?.stated) dep.stated.add('depart');
    const ret: Draft = { entry: home, visits: [], stated: new Set(), meetings: [], home: 'return' };
    if (end) ret.arrive = end.day;
    if (end?.stated) ret.stated.add('arrive');
    ordered.unshift(dep);
    ordered.push(ret);
  }
  // Inferred days: a stop begins when the one before it ends, and ends when the next begins.
  for (let i = 1; i < ordered.length - 1; i++) {
    const d = ordered[i]!;
    const before = ordered[i - 1]!;
    d.arrive ??= before.depart ?? before.arrive;
  }
  for (let i = ordered.length - 2; i >= 1; i--) {
    const d = ordered[i]!;
    const next = ordered[i + 1]!;
    const nextDay = next.arrive ?? next.depart;
    if (!d.depart && nextDay && (!d.arrive || nextDay >= d.arrive)) d.depart = d.stated.has('arrive') || i === ordered.length - 2 ? nextDay : d.arrive ?? nextDay;
    d.depart ??= d.arrive;
  }

  // Days never go backwards from one stop to the next; where the text seems to say so, a
  // person must look, so the later stop keeps the earlier one's last day and a warning.
  let latest = '';
  for (const d of ordered) {
    const first = d.home === 'departure' ? d.depart : d.arrive ?? d.depart;
    if (first && latest && first < latest) {
      warnings.push({ code: 'date-conflict', message: `${d.entry.name}: the text dates it ${first}, before the stop listed ahead of it ends (${latest}); moved to ${latest}, check the order.` });
      if (d.arrive && d.arrive < latest) d.arrive = latest;
      if (d.depart && d.depart < latest) d.depart = latest;
      d.stated.clear();
    }
    latest = [latest, d.arrive ?? '', d.depart ?? ''].sort().pop()!;
  }
  const stops = buildStops(ordered, infos, startInfo, tripEnd?.info);
  attachMeetings(stops, ordered, infos, entryOf);

  const legs: Leg[] = [];
  for (let i = 1; i < stops.length; i++) {
    const v = ordered[i]!.visits[0] ?? (ordered[i]!.home === 'return' && tripEnd?.info !== undefined ? { info: tripEnd.info } : undefined);
    const mode = v ? modeOf(infos[v.info]!.s.text) : 'unknown';
    legs.push({ from: stops[i - 1]!.id, to: stops[i]!.id, mode, source: v && mode !== 'unknown' ? [ref(infos[v.info]!, 0.6)] : [] });
  }

  const first = sentences[0];
  const title = first && first.paragraph === 1 && !sentences.some((s) => s.paragraph === 1 && s.sentence > 1) && first.text.length < 200 ? first.text : 'Draft itinerary';
  const itinerary: Itinerary = {
    id: slug(title).slice(0, 60).replace(/-$/, '') || 'draft-itinerary',
    title,
    description: 'Draft extracted automatically from the text: check every place, date and meeting before publishing.',
    sources: [{ id: 'text', ...(title !== 'Draft itinerary' ? { title } : {}), ...(published ? { published } : {}) }],
    stops,
    legs,
  };
  return { itinerary, warnings };
}

function buildStops(ordered: Draft[], infos: Info[], startInfo: number | undefined, endInfo: number | undefined): Stop[] {
  const used = new Set<string>();
  return ordered.map((d) => {
    const base = slug(d.entry.name);
    const id = uniqueId(d.home ? `${base}-${d.home}` : base, used);
    const fields = (['arrive', 'depart'] as const).filter((f) => d[f]);
    const allStated = fields.length > 0 && fields.every((f) => d.stated.has(f));
    const inferred = fields.filter((f) => !d.stated.has(f));
    const seen = new Set<number>();
    const source: SourceRef[] = [];
    for (const v of d.visits) {
      for (const i of [v.info, ...(v.extra ?? [])]) {
        if (seen.has(i)) continue;
        seen.add(i);
        source.push(ref(infos[i]!, i === v.info ? v.confidence : 0.6));
      }
    }
    const homeInfo = d.home === 'departure' ? startInfo : d.home === 'return' ? endInfo : undefined;
    if (homeInfo !== undefined) source.push(ref(infos[homeInfo]!, 0.8));
    const notes: string[] = [];
    if (d.home) notes.push(`Home city (${d.home}); ${homeInfo === undefined ? 'not named by the text, assumed' : 'read from the text'}.`);
    if (inferred.length) notes.push(`${inferred.join(' and ')} inferred, not stated.`);
    if (d.entry.precision !== 'venue' && d.entry.origin !== 'world') notes.push(`Point is approximate (${d.entry.precision}).`);
    return {
      id,
      name: d.entry.name,
      coordinates: [d.entry.coordinates[0], d.entry.coordinates[1]],
      precision: d.entry.precision,
      ...(d.arrive && d.home !== 'departure' ? { arrive: d.arrive } : {}),
      ...(d.depart && d.home !== 'return' ? { depart: d.depart } : {}),
      ...(fields.length ? { dateCertainty: allStated ? ('stated' as const) : ('inferred' as const) } : {}),
      meetings: [],
      source,
      ...(notes.length ? { note: notes.join(' ') } : {}),
    };
  });
}
