import type { Meeting, Stop } from '../itinerary/types';
import { ref, uniqueId, type Draft, type Info } from './draft';
import { findMeetings, fullName, invitingHost, officeHolder, titled } from './find-meetings';
import type { PlaceMention } from './find-places';
import { placeKey, slug } from './normalize';
import { THEN_TRAVEL } from './sentences';
import type { DateMention } from './dates';
import { isRegionName } from './place-warnings';
import { re } from './verbs';
import { TOWN_NOUN } from './visit-words';
import type { GazetteerEntry } from './types';

// "fishing village of ", "the port city of ": the words that describe the place named after them.
const DESCRIBED_AS = re('iu')`^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${TOWN_NOUN})\s+of\s+$`;

/** Places each meeting, site visit and event at the stop it happened at, and dates it. */
export function attachMeetings(
  stops: Stop[],
  drafts: Draft[],
  infos: Info[],
  entryOf: (m: PlaceMention) => GazetteerEntry | undefined,
  countries: ReadonlyMap<string, string> = new Map(),
): void {
  const used = new Set<string>();
  const inner = drafts.map((d, i) => ({ d, i })).filter(({ d }) => !d.home);
  const stopFor = (e: GazetteerEntry | undefined, day?: string): number | undefined => {
    if (!e) return undefined;
    const hits = inner.filter(({ d }) => d.entry === e || d.entry.name === e.name);
    const dated = day ? hits.find(({ d }) => d.arrive && d.depart && d.arrive <= day && day <= d.depart) : undefined;
    return (dated ?? hits[0])?.i;
  };
  let current: number | undefined = inner[0]?.i;
  const texts = infos.map((i) => i.s.text);
  // The stops the inviting host is met at: those in the country of the first stop the invitation's sentence names (the visit
  // it is for: "At the invitation of President Macron, … visit Paris … before travelling to Berlin"), else the first stop only.
  const invited = infos.findIndex((i) => !!invitingHost([i.s.text]));
  const invitedStop = invited < 0 ? undefined : (infos[invited]!.mentions.map((m) => stopFor(entryOf(m))).find((x) => x !== undefined) ?? inner[0]?.i);
  const country = invitedStop === undefined ? '' : drafts[invitedStop]!.entry.country;
  const hostsAt = (t: number) => t === invitedStop || (!!country && drafts[t]!.entry.country === country);
  // The one host the visit is at the invitation of, if the text names one: read once, for every "the two presidents" meeting.
  const inviter = invitingHost(texts);
  infos.forEach((info, idx) => {
    const own = drafts.findIndex((d) => d.visits.some((v) => v.info === idx));
    const visitedHere = inner.filter(({ d }) => d.visits.some((v) => v.info === idx)).map(({ i }) => i);
    const day = info.dates[0]?.from;
    // On a travel day two stops hold the day: the one the traveller has reached (`current`) first.
    const holds = (d: Draft) => !!day && d.stated.size > 0 && !!d.arrive && !!d.depart && d.arrive <= day && day <= d.depart;
    const byDay = current !== undefined && holds(drafts[current]!) ? current : inner.find(({ d }) => holds(d))?.i;
    // "She will return to Hong Kong on 8 May. On 9 May, she will attend a Legislative Council meeting.": a sentence whose
    // days all fall after the stated return home is at home, not at the last place visited.
    const ret = drafts.findIndex((d) => d.home === 'return' && d.stated.has('arrive') && !!d.arrive);
    const atHome = ret >= 0 && info.dates.length > 0 && info.dates.every((d) => d.from > drafts[ret]!.arrive!) ? ret : undefined;
    for (const said of findMeetings(info.s.text)) {
      // "the two presidents will hold a bilateral meeting": with the one host the visit is at the invitation of, if the text names one.
      const host = said.counterpart ? inviter : undefined;
      if (said.counterpart && !host) continue;
      const found = host ? { ...said, with: [{ ...host, participant: { ...host.participant }, start: said.start, end: said.start }] } : said;
      // "visit Adelaide, Canberra, where he will meet X, and Perth": a place visited in the list is no participant.
      const listed = (w: (typeof found.with)[number]) =>
        info.mentions.some((m) => m.start === w.start && m.end === w.end && visitedHere.includes(stopFor(entryOf(m), day) ?? -1));
      const kept = found.with.filter((w) => !listed(w));
      if (found.with.length && !kept.length) continue;
      const mm = kept.length < found.with.length ? { ...found, with: kept, end: kept[kept.length - 1]!.end } : found;
      for (const w of mm.with) {
        const p = w.participant;
        if (typeof p.name !== 'string') continue;
        if (p.kind === 'person') p.name = fullName(p.name, texts, typeof p.role === 'string' ? p.role : undefined);
        else if (!p.role && !p.organisation) {
          // "a state banquet hosted by Putin", "talks with Tokayev": a surname alone that the text names in full after a
          // title or an office ("Russian President Vladimir Putin") is that person, not a body.
          const full = fullName(p.name, texts, undefined, true);
          if (full !== p.name) Object.assign(p, { name: full, kind: 'person' });
        }
        // "His Majesty the Sultan", "the Governor": the one holder of that title the text names.
        const holder = officeHolder(p.name, texts);
        if (holder) Object.assign(p, { name: holder, kind: 'person' });
      }
      // "visit the Greater Bay Area" is a trip, not a site visit: the phrase is only a place name (an airport's is a site: "visit Changi Airport").
      // "visit the fishing village of Svolvær": nor is the place behind the words that describe it.
      const placeOnly = (m: PlaceMention) => placeKey(m.text) === placeKey(mm.title) || (mm.title.endsWith(m.text) && DESCRIBED_AS.test(mm.title.slice(0, -m.text.length)));
      if (mm.kind !== 'meeting' && info.mentions.some((m) => m.start <= mm.end && placeOnly(m) && entryOf(m)?.kind !== 'airport')) continue;
      // "… visits the Gulf and Egypt": regions and countries are the trip, not a site; a headline's sites are the body's.
      if (mm.kind !== 'meeting' && (info.headline || mm.title.split(/,\s*|\s+and\s+/).every((p) => isRegionName(p.replace(/^the\s+/i, '')) || countries.has(placeKey(p))))) continue;
      const inSpan = (a: number, b: number) =>
        info.mentions.filter((m) => m.start >= a && m.end <= b).map((m) => stopFor(entryOf(m), day)).filter((x): x is number => x !== undefined);
      const phraseStops = [...new Set(inSpan(mm.start, mm.end))];
      // Else the place visited last before the phrase in this sentence: "… visit Qianhai to meet …".
      const before = info.mentions
        .filter((m) => m.end <= mm.start)
        .map((m) => entryOf(m))
        .map((e) => visitedHere.find((i) => drafts[i]!.entry === e))
        .filter((x): x is number => x !== undefined);
      // "in Accra and Conakry, where he will be received by President X and President Y respectively": as many people as places
      // visited before them, each met at the place of the same rank.
      const respective = /^\s*,?\s*respectively\b/i.test(info.s.text.slice(mm.end)) ? [...new Set(before)] : [];
      const perParticipant = mm.with.map((w, k) => inSpan(w.start, w.end)[0] ?? (respective.length === mm.with.length ? respective[k] : undefined));
      // "… an audience with the King, and will then go to Putrajaya", "…, and on 13 July he will travel to Helsinki": a place the
      // sentence goes on to is not where the meeting is.
      const goneOnTo = (i: number) =>
        info.mentions.some((m) => m.start >= mm.end && stopFor(entryOf(m), day) === i && /\b(?:then|later|afterwards|before|after\s+which)\b|\band\s+(?:on\s+[^,.;]{1,25}?\s+)?(?:(?:he|she|they|we)\s+)?(?:will\s+)?(?:visit|travel|fly|go|head|proceed|continue|leave)/i.test(info.s.text.slice(mm.end, m.start)));
      const here = visitedHere.filter((i) => !goneOnTo(i));
      const fallback =
        phraseStops[phraseStops.length - 1] ??
        before[before.length - 1] ??
        here[0] ??
        (visitedHere.length ? current : undefined) ??
        // A place inside a longer name ("the Hiroshima Accord") does not place a meeting.
        [...new Set(info.mentions.filter((m) => !m.embedded).map((m) => stopFor(entryOf(m), day)).filter((x): x is number => x !== undefined))][0] ??
        atHome ??
        byDay ??
        (own >= 0 && !drafts[own]!.home ? own : current);
      const targets: Map<number, typeof mm.with> = new Map();
      if (mm.kind === 'meeting') {
        mm.with.forEach((w, k) => {
          const t = perParticipant[k] ?? fallback;
          if (t !== undefined) targets.set(t, [...(targets.get(t) ?? []), w]);
        });
      } else if (phraseStops.length > 1) for (const t of phraseStops) targets.set(t, mm.with);
      else if (fallback !== undefined) targets.set(fallback, mm.with);
      for (const [t, withList] of targets) {
        const stop = stops[t]!;
        // … unless someone is met there already: the counterpart, named where the meeting was first told.
        if (mm.counterpart && (stop.meetings.some((m) => m.kind === 'meeting') || !hostsAt(t))) continue;
        // "landed in Brasília the following morning, where the President received him": the day given last before the meeting.
        // … unless the phrase has its own: "attend the forum in Jakarta from 6 to 7 June", "meet X on 4 June".
        const own = info.dates.find((d) => d.start >= mm.start && d.start <= mm.end + 20 && /^[\s,]*(?:on|from|in)?\s*(?:the\s+)?$/.test(info.s.text.slice(Math.min(mm.end, d.start), d.start)));
        // Not the day the story has reached, carried by travel told as what comes next to a meeting after it ("He will then travel
        // to Sydney, where he will attend a forum"; not "visit the shrine at Knock, then travel to Ballina", the day's own visit), nor
        // a stay's bound ("stay in New Caledonia until Thursday 27 July, where he will meet …"): a meeting there is on a day inferred.
        const given = (d: DateMention) => !(d.bound && !/\bwhen\b/i.test(info.s.text.slice(d.end, mm.start))) && !(d.end <= mm.start && THEN_TRAVEL.test(info.s.text.slice(d.start, d.end)));
        // A meeting listed after another's day ("…, and Minister Y in Accra") takes none of the days before it.
        const told = own ?? (mm.ownDay ? undefined : (info.dates.filter((d) => d.start < mm.start).pop() ?? info.dates[0]));
        const stated = told && given(told) ? told : undefined;
        // "… will meet the Minister on March 10. She will also visit Changi Airport.": an undated one is on the day the
        // paragraph has reached, where that day is in the stop's stay; else on the stop's first day.
        const reached = stated ? undefined : storyDay(infos, idx, stop);
        const date = stated?.from ?? reached ?? stop.arrive;
        // An office met without a holder's name is titled with every word the text gives it ("Minister of Foreign Affairs of Malaysia").
        const names = withList.map((w) => (typeof w.participant.name !== 'string' ? '' : w.participant.kind === 'person' ? titled(w.participant) : (w.said ?? w.participant.name))).join(', ');
        const title = mm.kind === 'meeting' ? `${mm.named ?? 'Meeting'} with ${names}` : mm.title;
        const meeting: Meeting = {
          id: uniqueId(`${stop.id}-${slug(title).slice(0, 40).replace(/-$/, '')}`, used),
          title,
          kind: mm.kind,
          ...(date ? { date, dateCertainty: stated ? ('stated' as const) : ('inferred' as const) } : {}),
          with: withList.map((w) => w.participant),
          topics: [],
          source: [ref(info, mm.kind === 'meeting' ? 0.8 : 0.6)],
          ...(!stated && date ? { note: reached ? 'Date inferred from the sentence before.' : 'Date inferred from the stop.' } : {}),
        };
        stop.meetings.push(meeting);
        current = t;
      }
    }
    if (visitedHere.length) current = visitedHere[visitedHere.length - 1];
  });
}

/**
 * The day the sentences before `idx` in its paragraph have reached, if it is in the stop's stay: the first day the
 * nearest dated one gives, not a bound ("until 13 July"); "travel to Wellington on 3 March, returning on 6 March" is at
 * Wellington on the 3rd.
 */
function storyDay(infos: readonly Info[], idx: number, stop: Stop): string | undefined {
  const paragraph = infos[idx]!.s.paragraph;
  for (let k = idx - 1; k >= 0 && infos[k]!.s.paragraph === paragraph; k--) {
    const day = infos[k]!.dates.find((d) => !d.bound)?.from;
    if (!day) continue;
    const from = stop.arrive?.slice(0, 10);
    const to = (stop.depart ?? stop.arrive)?.slice(0, 10);
    return from && to && from <= day && day <= to ? day : undefined;
  }
  return undefined;
}
