/**
 * The itinerary format as member tables, with the rules that span members: unique ids,
 * known source documents, dates in order, legs between consecutive stops. Members are
 * checked in table order, so documents are known before stops cite them and stops before
 * legs join them.
 *
 * The tables are made by calls at the module's top level, each marked `@__PURE__`: without the
 * mark a bundler keeps them (and the whole validator) in any bundle that imports this module's
 * chunk, even for `{ TRAVEL_MODES }` alone.
 */
import { type Check, type Context, coordinates, date, fail, list, object, oneOf, ordinal, range, pathText, show, str, table, text, timeZone, unit, url, walk, type QuickStop, type StopSink } from './checks';
import { IdTable } from './id-table';
import { isEarlier } from './iso-date';
import { DATE_CERTAINTIES, type DateCertainty, type LngLat, type LocalizedText, type Meeting, PRECISIONS, type Precision, type SourceRef, TRAVEL_MODES } from './types';

/**
 * Reports the `id` of the object being checked if `seen` already holds it, naming where it
 * was first used (a path, or a stop's index), and returns that; else remembers where it is.
 */
function unique<T extends number | (string | number)[]>(c: Context, seen: IdTable<T>, id: unknown, what: string, here: T): T | undefined {
  if (typeof id != 'string') return;
  const first = seen.first(id, here);
  if (first !== undefined) fail(c, `duplicate ${what} id ${show(id)} (first used at ${pathText(typeof first == 'number' ? ['stops', first] : first)})`, 'id');
  return first;
}

const certainty = /* @__PURE__ */ oneOf(DATE_CERTAINTIES);

const document = /* @__PURE__ */ object(
  /* @__PURE__ */ table({ id: [str, 1], title: [text], url: [url], published: [date], publishedCertainty: [certainty], publisher: [str], publisherCertainty: [certainty], note: [str] }, (o, c) =>
    unique(c, c.docs, o[0], 'source', c.path.slice()),
  ),
);

const reference = /* @__PURE__ */ object(
  /* @__PURE__ */ table({ document: [str], paragraph: [ordinal], sentence: [ordinal], range: [range], text: [str], confidence: [unit] }, ([document], c) => {
    const docs = c.docs;
    if (document === undefined) {
      if (docs.size > 1) fail(c, `say which document: the itinerary has ${docs.size} sources`);
    } else if (docs.get(document as string) === undefined) {
      fail(c, `unknown document ${show(document)} (${docs.size ? `expected ${docs.ids.map(show).join(', ')}` : 'the itinerary has no sources'})`, 'document');
    }
  }),
);

/** One source reference or a list of them, always returned as a list. */
const source = /* @__PURE__ */ list(reference, true);

const participant = /* @__PURE__ */ object(/* @__PURE__ */ table({ name: [text, 1], role: [text], organisation: [text], kind: [/* @__PURE__ */ oneOf(['person', 'organisation'])] }));

const meeting = /* @__PURE__ */ object(
  /* @__PURE__ */ table(
    {
    id: [str, 1],
    title: [text, 1],
    kind: [/* @__PURE__ */ oneOf(['meeting', 'visit', 'event'])],
    date: [date],
    dateCertainty: [certainty],
    with: [/* @__PURE__ */ list(participant), 2],
    summary: [text],
    url: [url],
    topics: [/* @__PURE__ */ list(str), 2],
    source: [source, 2],
    note: [str],
    },
    (o, c) => unique(c, c.meetings, o[0], 'meeting', c.path.slice()),
  ),
);

/** The stop's members: the order of the values that `walk` gives and a StopSink receives. */
export const stopTable = /* @__PURE__ */ table(
  {
    id: [str, 1],
    name: [text, 1],
    coordinates: [coordinates, 1],
    // The least exact claim unless the data says more.
    precision: [/* @__PURE__ */ oneOf(PRECISIONS), 'city'],
    place: [str],
    arrive: [date],
    depart: [date],
    dateCertainty: [certainty],
    meetings: [/* @__PURE__ */ list(meeting), 2],
    source: [source, 2],
    note: [str],
  },
  (o, c) => {
    const i = c.path[1] as number;
    // A duplicated id is not in `order` again: its later stop reads as one without a usable id, which
    // the legs do not report again (no "expected \"b\", the stop after \"b\"" beside the duplicate).
    // (`null` for a duplicate, `undefined` for a missing id: a leg beside a duplicate can still name no stop at all).
    c.order[i] = unique(c, c.stops, o[0], 'stop', i) === undefined ? o[0] : null;
    const arrive = o[5] as string | undefined;
    const depart = o[6] as string | undefined;
    if (arrive && depart && isEarlier(depart, arrive)) fail(c, `departs ${depart}, before arriving ${arrive}`, 'depart');
    const first = arrive ?? depart;
    const last = c.last;
    if (first && last && isEarlier(first, last)) {
      fail(c, `${arrive ? 'arrives' : 'departs'} ${first}, before leaving stops[${c.lastStop}] ${show(c.lastId)} (${last})`, arrive ? 'arrive' : 'depart');
    }
    if (first) {
      c.last = depart ?? first;
      c.lastStop = i;
      c.lastId = o[0];
    }
  },
);

const stopList = /* @__PURE__ */ list(/* @__PURE__ */ object(stopTable));
const stops: Check = (v, c) => {
  if (!Array.isArray(v)) return stopList(v, c);
  if (!v.length) return fail(c, 'expected at least one stop');
  c.stops = new IdTable(v.length);
  c.order = new Array(v.length);
  return (c.stopsInPlace ?? stopList)(v, c);
};

/**
 * The walk of the stop list in place (see `Context.stopsInPlace`): each stop goes out to `each` as soon as it is
 * checked, as its members' values (no object is built for it), `quick` checking it first if given. After the
 * first issue, stops are only checked: a stop with an issue may lack a member.
 */
export const inPlace =
  (each: StopSink, quick?: QuickStop): Context['stopsInPlace'] =>
  (v, c) => {
    const path = c.path;
    const d = path.push(0) - 1;
    // Room for the legs' features after the stops': the export's list, made once.
    const out = (c.out = new Array(2 * v.length - 1));
    for (let i = 0; i < v.length; i++) {
      path[d] = i;
      let s = quick?.(v[i], c);
      if (s) stopTable.after!(s, c);
      else s = walk(stopTable, v[i], c);
      if (s && !c.issues.length) {
        out[i] = (each(i, s[0] as string, s[1] as LocalizedText, s[2] as LngLat, s[3] as Precision, s[4] as string, s[5] as string, s[6] as string, s[7] as DateCertainty, s[8] as Meeting[], s[9] as SourceRef[], s[10] as string));
      }
    }
    path.pop();
    return v;
  };

/**
 * A leg override: it must join a stop to the next one, once. Its mode, source and note are
 * kept by the index of its `from` stop (see `Context.legs`); no object is built for it.
 */
const legTable = /* @__PURE__ */ table({ from: [str, 1], to: [str, 1], mode: [/* @__PURE__ */ oneOf(TRAVEL_MODES), 'unknown'], source: [source, 2], note: [str] }, (o, c) => {
  const from = o[0];
  const to = o[1];
  if (from === undefined || to === undefined) return;
  // Legs usually come in stop order: try the stop after the previous leg's before a look-up.
  const guess = c.next;
  const i = c.order[guess] === from ? guess : c.stops.get(from as string);
  // A stop list that failed (no stops: `order` is empty) is reported there, once.
  if (i === undefined) return c.order.length && fail(c, `unknown stop ${show(from)}`, 'from');
  const next = c.order[i + 1];
  // A next stop without a usable id (or with a duplicated one) is reported there, once: nothing to say of
  // the leg, which is not kept either, so a second leg to it is no "already given" (ids are never empty
  // strings here, so `next ??` reads "a next stop with an id, or none at all").
  if (next !== to) {
    // Beside a duplicated next id, a `to` that names no stop at all is still this leg's own mistake
    // (beside a missing one it may be the id the stop lacks).
    if (next === null) return c.stops.get(to as string) === undefined && fail(c, `unknown stop ${show(to)}`, 'to');
    return (next ?? i + 1 >= c.order.length) && fail(c, next === undefined ? `${show(from)} is the last stop: no leg leaves it` : `expected ${show(next)}, the stop after ${show(from)}`, 'to');
  }
  if (c.legAt[i] !== undefined) return fail(c, `the leg from ${show(from)} to ${show(to)} is already given at legs[${c.legAt[i]}]`);
  c.legs[3 * i] = o[2];
  c.legs[3 * i + 1] = o[3];
  c.legs[3 * i + 2] = o[4];
  c.legAt[i] = c.path[1] as number;
  c.next = i + 1;
});

// The list itself is returned: what matters is kept in the context.
const legList = /* @__PURE__ */ list((x, c) => (walk(legTable, x, c), x));
const legs: Check = (v, c) => {
  // Room for a leg from every stop, made once: growing these lists leg by leg took a tenth of the time of checking in place.
  const n = c.order.length;
  c.legs = new Array(3 * n);
  c.legAt = new Array(n);
  return legList(v, c);
};

/** The whole itinerary, before `source`/`sources` are merged and the legs derived. */
export const itinerary = /* @__PURE__ */ object(
  /* @__PURE__ */ table({
  $schema: [str],
  id: [str, 1],
  title: [text, 1],
  description: [text],
  traveller: [participant],
  timezone: [timeZone],
  source: [document],
  sources: [/* @__PURE__ */ list(document)],
  stops: [stops, 1],
  legs: [legs],
  }),
);
