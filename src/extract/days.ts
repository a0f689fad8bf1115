import { addDays } from './dates';
import { ref, type Draft, type Info, type Visit } from './draft';
import { outsideStay } from '../itinerary/stay';
import type { Leg, Stop } from '../itinerary/types';
import { isHistory } from './leaving-day';
import { RETURN } from './sentences';
import type { ExtractWarning, GazetteerEntry } from './types';
import type { TripDay, Visits } from './visits';

// Stage 4 of extraction: the trip's first and last days, the home stops around it, and
// the days the text leaves out, inferred and marked so.

/** The trip's first and last days: as stated, else from the stops' days and the stated length. */
function tripBounds(ordered: readonly Draft[], found: Visits): { start?: TripDay; end?: TripDay; begins?: string } {
  const statedDays = ordered
    .flatMap((d) => [d.arrive, d.depart, d.stay && d.arrive && !d.depart ? addDays(d.arrive, d.stay) : undefined])
    .filter((x): x is string => !!x)
    .sort();
  // "will travel to China from 4 to 7 November … in Shanghai … on 5 November": begun by the span's first day, inferred.
  const first = found.opens && (!statedDays[0] || found.opens < statedDays[0]) ? found.opens : statedDays[0];
  // "will visit the Caribbean from 17 to 27 March. They will begin in Kingstown on 18 March": the day the visit begins at its
  // first stop, told after the trip's span, is no day of leaving home; the span's first day is (inferred), and that day the first stop's.
  const begins = found.start && !found.start.stated && found.opens && found.opens < found.start.day ? found.start.day : undefined;
  const begun = begins ? undefined : found.start;
  const start = begun ?? (first ? { day: first, stated: false } : undefined);
  let end = found.end;
  if (!end && start && found.duration) end = { day: addDays(start.day, found.duration - 1), stated: false };
  if (!end && statedDays.length) end = { day: statedDays[statedDays.length - 1]!, stated: false };
  return { ...(start ? { start } : {}), ...(end ? { end } : {}), ...(begins ? { begins } : {}) };
}

/**
 * Stage 4: puts the home stops around the trip (when there is a home city), then infers
 * the days the text does not give: a stop begins when the one before it ends, and ends
 * when the next begins. Days never go backwards from one stop to the next; where the text
 * seems to say so, the later stop keeps the earlier one's last day and a warning.
 * Returns the stops, home ones included; `ordered` is changed in place.
 */
export function fillDays(ordered: Draft[], home: GazetteerEntry | undefined, found: Visits, warnings: ExtractWarning[], infos: readonly Info[] = []): Draft[] {
  if (!ordered.length) return ordered;
  const { start, end, begins } = tripBounds(ordered, found);
  if (begins && (!ordered[0]!.arrive || ordered[0]!.arrive < begins)) ordered[0]!.arrive = begins;
  // The trip's bounds, as a stop before the first and one after the last: real home stops,
  // or stand-ins dropped at the end when there is no home.
  const dep: Draft = { entry: home ?? ordered[0]!.entry, visits: [], stated: new Set(), meetings: [], home: 'departure' };
  if (start) dep.depart = start.day;
  if (start?.stated) dep.stated.add('depart');
  const ret: Draft = { entry: home ?? ordered[0]!.entry, visits: [], stated: new Set(), meetings: [], home: 'return' };
  if (end) ret.arrive = end.day;
  if (end?.stated) ret.stated.add('arrive');
  // "attend the summit in X from 14 to 17 October … travel to Y on 16 October, and return to X the next
  // day": a stay the text comes back to ends when the trip away from it begins.
  ordered.forEach((d, i) => {
    const next = ordered[i + 1];
    const back = ordered.slice(i + 2).some((e) => e.entry === d.entry);
    if (back && next?.arrive && d.arrive && d.depart && next.arrive >= d.arrive && next.arrive < d.depart) {
      d.depart = next.arrive;
      d.stated.delete('depart');
    }
  });
  // "will visit Tokyo on 14 November … return to Hong Kong on 16 November": a day at the last stop states no leaving; the
  // traveller is there until the way home, inferred, unless a sentence says the leaving ("leave Tokyo on 15 November").
  const last = ordered[ordered.length - 1]!;
  const saysLeaving = last.visits.some((v) => v.days.some((x) => x.as === 'depart' && !x.inferred && x.day === last.depart));
  // "March 6 (Fri.): Departure for Seoul", "She will fly back to Brussels on the morning of 26 April": a sentence that sets
  // off home that day states the leaving, later than any day the stop was given ("a visit to India on 24 and 25 April").
  // "9 March (Mon.): Lima. … 10 March (Tue.): Departure for Madrid": a programme's heading gives Lima no day of leaving at all.
  if (end && (last.depart ? end.day > last.depart : !!last.arrive && end.day >= last.arrive) && end.setsOff && end.stated) {
    last.depart = end.day;
    last.stated.add('depart');
  } else if (end?.leaves && (!last.depart || end.leaves >= last.depart) && (!last.arrive || end.leaves >= last.arrive)) {
    // "will depart for Hong Kong in the evening of February 8 and arrive on February 9": the leaving is stated, the day before the end.
    last.depart = end.leaves;
    last.stated.add('depart');
    last.guessed?.delete(`depart:${end.leaves}`);
  } else if (end && last.depart && end.day > last.depart && !saysLeaving) {
    last.depart = end.day;
    last.stated.delete('depart');
    last.untilReturn = true;
  }
  // "Monday 2 March — Coimbra … Tuesday 3 March — Faro", "arrived in Nagoya on Monday … On Thursday she arrived in Sendai": a stop
  // whose leaving no sentence states lasts until the next stop's stated arrival, inferred, as the last one lasts until the return.
  ordered.forEach((d, i) => {
    const next = ordered[i + 1];
    const leaves = d.visits.some((v) => v.days.some((x) => x.as !== 'arrive' && !x.inferred));
    // "arrived in Kigali on Monday … held talks the next day. He arrived in Nairobi on Wednesday": a day spent at the stop
    // states no leaving either; where the next stop's day is told as its arrival, the day of travelling on is the last here.
    const arrivesNext = next?.visits.some((v) => v.days.some((x) => x.as === 'arrive' && !x.inferred && x.day === next.arrive));
    // "stay there over the weekend. On 31 December he will fly to Brasília": a weekend spent there ends on its Sunday, which says
    // no leaving when the next stop is reached the day after it; the traveller sets off from here that day. (Not a span the
    // text bounds, "in Beijing from 3 to 5 June. On Thursday she will fly to Tianjin": where she is on the 6th is not told.)
    const spanEnd = (v: Visit, day: string) => {
      const info = infos[v.info];
      return !!next?.arrive && next.arrive === addDays(day, 1) && !!info?.dates.some((x) => x.to === day && /\bweekend\b/i.test(info.s.text.slice(x.start, x.end)));
    };
    const saysLeaving = d.visits.some((v) => v.days.some((x) => x.as === 'depart' && !x.inferred && !spanEnd(v, x.day)));
    if (!next?.arrive || !next.stated.has('arrive') || !d.depart || next.arrive <= d.depart || (leaves && !(arrivesNext && !saysLeaving)) || next.entry === d.entry) return;
    if (ordered.slice(i + 2).some((e) => e.entry === d.entry)) return;
    d.depart = next.arrive;
    d.stated.delete('depart');
  });
  // "will travel to China from 4 to 7 November … In Shanghai, … on 5 November": the first stop, its arrival not stated, is
  // reached on the span's first day (inferred).
  const firstStop = ordered[0]!;
  if (found.opens && !found.start && !begins && dep.depart === found.opens && firstStop.arrive && firstStop.arrive > found.opens && (!firstStop.stated.has('arrive') || firstStop.guessed?.has(`arrive:${firstStop.arrive}`))) {
    firstStop.arrive = found.opens;
    firstStop.stated.delete('arrive');
  }
  const all = [dep, ...ordered, ret];
  for (let i = 1; i < all.length - 1; i++) {
    const d = all[i]!;
    // "take the high-speed rail to Shanghai on April 17 to visit the Lingang Special Area", "In Shenzhen, he visited the Qianhai
    // … Zone": an undated district told only in sentences of its city's stay is reached within that stay (on the day the
    // shared sentence gives the city, or the stay's first), not on the day the city is left.
    const city = all[i - 1]!;
    const shared = (x: Visit) => d.visits.some((v) => v.info === x.info);
    if (!d.arrive && city.arrive && d.entry.within === city.entry.name && d.entry.country === city.entry.country && d.visits.length && d.visits.every((v) => city.visits.some((x) => x.info === v.info))) {
      d.arrive = city.visits.flatMap((x) => (shared(x) ? x.days.filter((y) => y.as !== 'depart') : []))[0]?.day ?? city.arrive;
    }
    // "On 24 October he flies to Beijing …, with talks with President Xi Jinping the next day. After two days in Beijing, the
    // President goes on to Abu Dhabi": an undated stop is reached no earlier than the last day the text gives the stop before it.
    d.arrive ??= all[i - 1]!.depart ?? lastTold(all[i - 1]!) ?? all[i - 1]!.arrive;
    // "where he will spend two nights": the stay ends that many days on, or when the next stop begins.
    if (d.stay && d.arrive && !d.depart) {
      const next = all[i + 1]!;
      const last = addDays(d.arrive, d.stay);
      d.depart = next.arrive && next.stated.has('arrive') && next.arrive >= d.arrive && next.arrive < last ? next.arrive : last;
    }
  }
  for (let i = all.length - 2; i >= 1; i--) {
    const d = all[i]!;
    const nextDay = all[i + 1]!.arrive ?? all[i + 1]!.depart;
    // "fly to Port Moresby, where on Saturday he will meet …. On Sunday … he will board an aircraft for Vanimo": a day spent there
    // (inferred) says no leaving; the traveller is there until the next stop is reached.
    const spentOnly = !!d.depart && !!d.guessed?.has(`depart:${d.depart}`) && d.visits.some((v) => v.days.some((x) => x.day === d.depart && x.as === 'both' && x.inferred && x.where));
    if (spentOnly && nextDay && nextDay > d.depart!) d.depart = nextDay;
    if (!d.depart && nextDay && (!d.arrive || nextDay >= d.arrive)) d.depart = d.stated.has('arrive') || i === all.length - 2 ? nextDay : d.arrive ?? nextDay;
    d.depart ??= d.arrive;
  }
  // "returned to Türkiye late in the evening, landing in Istanbul", "will thereafter return to Lagos": a trip that ends, by a
  // sentence of return, in another city of the home's country ends there, not at the home.
  const lastVisit = last.visits[last.visits.length - 1];
  const lastInfo = lastVisit && infos[lastVisit.info];
  // The return comes before the place, in a sentence that does not name the home ("… to Anchorage, before returning to Washington").
  const returnsThere = (info: Info, at: number) => {
    const r = RETURN.exec(info.s.text);
    return !!r && r.index < at && !info.mentions.some((m) => !m.personal && m.candidates.includes(home!));
  };
  const endsAtHome = !home || last.entry === home || last.entry.country !== home.country || last.entry.kind !== 'city' || !lastInfo || !returnsThere(lastInfo, lastVisit.at ?? 0);
  // "This evening he will travel on to Bali, where he will attend the G20 summit", "At the conclusion of the Working Visit, the
  // President will proceed to London, where …": a text that sends the traveller on abroad to another engagement and tells
  // no return ends there; a way home would be invented. ("departed Beijing for London, where he will attend …" and going
  // on to a city of the home country still end at home.)
  const goesOn = !!home && !!lastInfo && last.entry.country !== home.country && found.end?.info === undefined && !infos.some((i) => i.returns) && goesOnFrom(lastInfo.s.text, lastVisit.at ?? 0);
  const stops = home ? (endsAtHome && !goesOn ? all : all.slice(0, -1)) : ordered;
  let latest = '';
  for (const [k, d] of stops.entries()) {
    const first = d.home === 'departure' ? d.depart : d.arrive ?? d.depart;
    // "to Beijing and Shanghai from April 15 to 18 … take the high-speed rail to Shanghai on April 17 to visit the Lingang Special
    // Area": a district of the city before it, reached within the city's stay, ends that stay; it is not moved past it.
    const city = stops[k - 1];
    if (first && latest && first < latest && city?.arrive && city.depart === latest && first >= city.arrive && d.entry.within === city.entry.name && d.entry.country === city.entry.country) {
      city.depart = first;
      city.stated.delete('depart');
      latest = [city.arrive, first].sort().pop()!;
    }
    if (first && latest && first < latest) {
      warnings.push({ code: 'date-conflict', message: `${d.entry.name}: the text dates it ${first}, before the stop listed ahead of it ends (${latest}); moved to ${latest}, check the order.` });
      if (d.arrive && d.arrive < latest) d.arrive = latest;
      if (d.depart && d.depart < latest) d.depart = latest;
      d.stated.clear();
    }
    // Never a stop left before it is reached: the text's day of leaving gives way to its arrival.
    if (d.arrive && d.depart && d.depart < d.arrive && d.home !== 'departure') {
      warnings.push({ code: 'date-conflict', message: `${d.entry.name}: the text has the traveller leave on ${d.depart}, before arriving on ${d.arrive}; left on ${d.arrive}, check the dates.` });
      d.depart = d.arrive;
      d.stated.delete('depart');
    }
    latest = [latest, d.arrive ?? '', d.depart ?? ''].sort().pop()!;
  }
  return stops;
}

/** The latest day a sentence gives a stop as a day of reaching it, later than its arrival: a day spent there (see `fillDays`). */
function lastTold(d: Draft): string | undefined {
  const day = d.visits.flatMap((v) => v.days.filter((x) => x.as === 'arrive' && !x.inferred).map((x) => x.day)).sort().pop();
  return day && d.arrive && day > d.arrive ? day : undefined;
}

/** Whether the sentence sends the traveller on, at `at`, to an engagement of its own (see `fillDays`). */
function goesOnFrom(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at);
  if (/\bat\s+the\s+(?:conclusion|end|close)\s+of\s+(?:the|his|her|their|this)\s+(?:[\p{L}-]+\s+){0,2}visit\b/iu.test(before)) return true;
  return (
    /\b(?:on|onward)\s+to\s+(?:the\s+)?$/i.test(before) &&
    /^[^.;]{0,80}?,\s*where\s+(?:he|she|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+will\s+(?:attend|take\s+part\s+in|participate\s+in)\b/iu.test(after)
  );
}

/**
 * After the meetings are placed: a meeting the text dates at a stop is a day at that stop
 * ("On 13 April he met Kim Jong Un" in Pyongyang, where the stop's days had ended on the 12th).
 * The stop's stay grows to that day (inferred: no sentence says the leaving then) unless the day belongs to the stop before or after it
 * (a stop may share its first day with the last of the one before), and a meeting still outside
 * its stop's stay is a `date-conflict` warning. `stops` is changed in place.
 */
export function meetingDays(stops: Stop[], warnings: ExtractWarning[]): void {
  // The meeting's day is a day at the stop, not a stated day of reaching or leaving it: that field is inferred, and says so.
  const moved = (s: Stop, f: 'arrive' | 'depart', day: string) => {
    s[f] = day;
    s.dateCertainty = 'inferred';
    const note = `${f} inferred from a meeting there on ${day}, not stated.`;
    if (new RegExp(`\\b(?:arrive and depart|${f}) inferred`).test(s.note ?? '')) return;
    s.note = s.note ? `${s.note} ${note}` : note;
  };
  stops.forEach((s, i) => {
    const before = stops[i - 1];
    const after = stops[i + 1];
    for (const m of s.meetings) {
      const day = m.dateCertainty === 'stated' && m.date?.slice(0, 10);
      if (!day) continue;
      if (s.arrive && day < s.arrive.slice(0, 10) && (!before || (before.depart ?? before.arrive ?? '') <= day)) moved(s, 'arrive', day);
      // The way home, whose day no sentence states, comes after the last stop's dated meetings.
      const homeAfter = !!after && i + 2 === stops.length && !after.depart && after.dateCertainty === 'inferred';
      if (s.depart && day > s.depart.slice(0, 10) && (!after || day <= (after.arrive ?? after.depart ?? day) || homeAfter)) {
        moved(s, 'depart', day);
        if (homeAfter && after.arrive && after.arrive.slice(0, 10) < day) after.arrive = day;
      }
    }
    // Still outside: the meeting or the stop's days are misread; say so rather than draw it on a day spent elsewhere.
    for (const [, m] of outsideStay(s)) {
      if (m.dateCertainty !== 'stated') continue;
      const source = m.source[0];
      warnings.push({ code: 'date-conflict', message: `${m.title}: the text dates it ${m.date}, outside the stay at ${s.name as string} (${s.arrive ?? '…'} to ${s.depart ?? '…'}); check the meeting's stop and the stop's days.`, ...(source ? { source } : {}) });
    }
  });
}

/**
 * "On 9 March the Minister will brief the Senate committee in Canberra", after the return home on 6 March: a sentence
 * that dates something after the drafted trip ends, and that no stop, leg or meeting of the draft quotes, is on no map.
 * Each is a `date-conflict` warning naming the day and quoting the sentence, so that nothing dated is lost unsaid.
 * Not the publication's day (a date line of a report issued after the trip), bounds ("until 13 July"), nor days
 * before the trip: those are, over the corpus, the announcement's own date lines and "today announced" sentences.
 */
export function outsideTrip(infos: readonly Info[], stops: readonly Stop[], legs: readonly Leg[], returnsHome: boolean, published: string | undefined, warnings: ExtractWarning[]): void {
  const last = stops.flatMap((s) => [s.arrive, s.depart]).filter((d): d is string => !!d).map((d) => d.slice(0, 10)).sort().pop();
  if (!last) return;
  const quoted = new Set(
    [...stops.flatMap((s) => [...s.source, ...s.meetings.flatMap((m) => m.source)]), ...legs.flatMap((l) => l.source)].map((r) => r.range?.[0]),
  );
  for (const info of infos) {
    if (info.headline || quoted.has(info.s.range[0])) continue;
    const d = info.dates.find((x) => !x.bound && !isHistory(info, x) && x.from !== published && (x.to ?? x.from) > last);
    if (!d) continue;
    const when = returnsHome ? `after the return home (${last})` : `after the last stop ends (${last})`;
    const text = info.s.text.length > 90 ? `${info.s.text.slice(0, 87)}…` : info.s.text;
    warnings.push({
      code: 'date-conflict',
      message: `"${text}": the text dates this ${d.to ? `${d.from} to ${d.to}` : d.from}, ${when}, and no stop or meeting of the draft holds it; check whether the trip goes on, or add it.`,
      source: ref(info, 0.5),
    });
  }
}
