import type { Draft, Visit } from './draft';
import type { GazetteerEntry } from './types';

// Stage 3 of extraction: visits become stops, in the order the text and its dates give.

/** A stop's first day the text gives: its arrival, or its leaving where no arrival is given. */
const dayOf = (d: Draft) => d.arrive ?? d.depart;

/**
 * Whether a visit with days the text states comes after stops the text dates, all of them no later than its first stated
 * day: "She will be in Paris on 16 April … In London, from 18 to 20 April" after London was first named undated. Not when a
 * stop after it is dated later ("travel to Amman, Cairo, …, and Kuwait City January 8–15 … in Cairo Thursday, Jan. 10"): the
 * list's order stands there.
 */
function toldAfterDated(v: Visit, after: readonly Draft[]): boolean {
  const stated = v.days.filter((x) => !x.inferred).map((x) => x.day).sort();
  const dated = after.filter((d) => d.arrive || d.depart);
  return stated.length > 0 && dated.length > 0 && dated.every((d) => (d.depart ?? d.arrive)! <= stated[0]!);
}

/**
 * One stop per place, in the order the text gives them, except that a "return to" ("back in") a
 * place after other stops, or a city dated again after trips to its own districts, is a
 * return to it; then dates win over the order of
 * mention, and undated stops keep their place after the stop before them (an undated return, after
 * the latest day the text has given so far). `located`: the
 * cities the text names as the place of a district ("Qianhai in Shenzhen").
 * @example
 * orderStops(visits).map((d) => d.entry.name); // ['Guangzhou', 'Nansha', 'Guangzhou']
 */
export function orderStops(visits: readonly Visit[], located: readonly GazetteerEntry[] = []): Draft[] {
  const drafts: Draft[] = [];
  // The drafts a text comes back to after other stops.
  const backs = new Set<Draft>();
  for (const v of visits) {
    const same = drafts.filter((d) => d.entry === v.entry);
    const lastSame = same[same.length - 1];
    const after = lastSame ? drafts.slice(drafts.indexOf(lastSame) + 1) : [];
    const returnToCity =
      lastSame &&
      after.length > 0 &&
      // "return to Sydney the same evening" after a day in Canberra, "back in Kyiv in the afternoon" after Irpin; or a city dated
      // again after its own undated districts, unless the sentences that named the city named those districts with it (a headline
      // "CS to visit Guangzhou and Nansha" lists the places of the trip; it tells no trip out to Nansha before Guangzhou).
      (v.comesBack ||
        (v.days.length > 0 &&
          after.every((d) => d.entry.within === v.entry.name && d.stated.size === 0) &&
          lastSame.stated.size === 0 &&
          !after.every((d) => d.visits.every((x) => lastSame.visits.some((y) => y.info === x.info)))) ||
        datedBack(lastSame, after, v));
    // "at the Summit, which Switzerland is hosting at the Bürgenstock resort … land in Zurich … From Zurich she will travel
    // to Bürgenstock": a place only named, undated, before other stops is reached where the text travels to it.
    // "travel to Europe …, with the Commonwealth meeting in London at its centre. She will be in Paris on 16 April … In London,
    // from 18 to 20 April, …": so is one first named undated, then told with days of its own after stops the text dates.
    const reached =
      lastSame &&
      after.length > 0 &&
      !returnToCity &&
      !lastSame.arrive &&
      !lastSame.depart &&
      ((v.confidence >= 0.9 && lastSame.visits.every((x) => x.confidence < v.confidence)) || toldAfterDated(v, after));
    if (reached) drafts.splice(drafts.indexOf(lastSame), 1);
    const d: Draft = lastSame && !returnToCity ? lastSame : { entry: v.entry, visits: [], stated: new Set(), meetings: [] };
    if (d !== lastSame || reached) drafts.push(d);
    if (returnToCity) backs.add(d);
    d.visits.push(v);
    if (v.stay) d.stay ??= v.stay;
    for (const { day, as } of v.days) {
      if (as !== 'depart' && (!d.arrive || day < d.arrive)) d.arrive = day;
      if (as !== 'arrive' && (!d.depart || day > d.depart)) d.depart = day;
      if (as !== 'depart') d.stated.add('arrive');
      if (as !== 'arrive') d.stated.add('depart');
    }
  }
  // "will leave for Tokyo tomorrow": a day the text gives a field only by inference is not that field's stated day.
  for (const d of drafts) {
    const days = d.visits.flatMap((v) => v.days);
    const told = (f: 'arrive' | 'depart', day: string, inferred: boolean) => days.some((x) => x.day === day && !!x.inferred === inferred && (x.as === 'both' || x.as === f));
    const guessed = (['arrive', 'depart'] as const).flatMap((f) => days.filter((x) => x.inferred && told(f, x.day, true) && !told(f, x.day, false)).map((x) => `${f}:${x.day}`));
    if (guessed.length) d.guessed = new Set(guessed);
  }
  // "a visit to Guangzhou and Shenzhen … Qianhai in Shenzhen": an undated city that the text
  // names as the place of one of its districts is that district's stop, not one more beside it.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (!located.includes(d.entry)) continue;
    const district = drafts.find((e) => e !== d && e.entry.within === d.entry.name && e.entry.country === d.entry.country);
    if (!district || d.arrive || d.depart) continue;
    district.visits.push(...d.visits);
    drafts.splice(i, 1);
  }
  // "inspected Shenzhen and Dongguan … In Shenzhen, he visited the Qianhai … Zone": an undated district told in a sentence of
  // its own city's stay is part of that stay, not a stop after the last place listed before it.
  for (const d of [...drafts]) {
    if (d.arrive || d.depart || backs.has(d) || !d.entry.within) continue;
    const at = drafts.indexOf(d);
    const city = drafts
      .slice(0, at)
      .reverse()
      .find((c) => c.entry.name === d.entry.within && c.entry.country === d.entry.country && d.visits.every((v) => c.visits.some((x) => x.info === v.info)));
    if (!city || drafts.indexOf(city) === at - 1) continue;
    drafts.splice(at, 1);
    drafts.splice(drafts.indexOf(city) + 1, 0, d);
  }
  let key = '';
  let latest = '';
  // An undated return ("Back in Kyiv in the afternoon") comes after every day the text has given so far, not on the
  // day of the place named just before it in the text.
  // "… by train to Kyiv, arriving on Tuesday. In Kyiv he held talks … and laid flowers at a church in Bucha": an undated stop told
  // in the sentence of a stop named before it, with a day of arrival, is on that stop's day, not on the day of the stop named just
  // before it in the text (Rzeszów, reached on the way to Kyiv but named after it). Not where that stop is told in its sentence too
  // ("Lima (2 March) – Cusco – Santiago (6 March) – Buenos Aires"), nor on a stop named after it ("took him to Seoul and Busan").
  const together = (d: Draft, e: Draft) => e.visits.some((v) => d.visits.some((x) => x.info === v.info));
  const toldWith = (d: Draft, i: number) => (i > 0 && together(d, drafts[i - 1]!) ? undefined : drafts.slice(0, i).find((e) => e.arrive && together(d, e)));
  const keyed = drafts.map((d, i) => {
    key = dayOf(d) ?? (backs.has(d) && latest > key ? latest : toldWith(d, i)?.arrive || key);
    if (key > latest) latest = key;
    return { d, i, key };
  });
  // "arrived in Hanoi on Thursday (June 22) from Paris": on the same day, a place only left comes before one arrived at.
  // Not a place whose leaving is only the end of a visit to its country ("a state visit to India from 9 to 12 March … on 12 March
  // he will open a solar plant at Mirzapur before going on to Varanasi": Varanasi, the last place, is left that day, reached after).
  // "travel to Ajmer …, and return to Dhaka from Jaipur the same day": the place the way home leaves from comes after the day's other stops.
  const leftOnly = (d: Draft) => (d.depart && !d.arrive && d.visits.some((v) => v.homeward) ? 2 : d.depart && !d.arrive && !d.visits.every((v) => v.days.every((x) => x.as !== 'depart' || x.span)) ? 0 : 1);
  // "after attending the summit in Samarkand … arrived in Nur-Sultan at noon … flew on to Samarkand that evening": on the same
  // day, the place whose sentence of that day comes first, not the place named first.
  const toldAt = (d: Draft, day: string) => Math.min(...d.visits.filter((v) => v.days.some((x) => x.day === day && x.as !== 'depart')).map((v) => v.info));
  keyed.sort((a, b) => {
    if (a.key && b.key && a.key !== b.key) return a.key < b.key ? -1 : 1;
    if (!a.key || a.key !== b.key) return a.i - b.i;
    const [x, y] = [toldAt(a.d, a.key), toldAt(b.d, b.key)];
    return leftOnly(a.d) - leftOnly(b.d) || (Number.isFinite(x) && Number.isFinite(y) ? x - y : 0) || a.i - b.i;
  });
  // "Yoon began the tour in Manila" after the summit in Vientiane the text opens with: the place the trip begins at is its first
  // stop, unless a day the text gives puts a stop before it; an undated place told before it, the story's present, comes after
  // the stops the text dates.
  const opens = keyed.findIndex((k) => !backs.has(k.d) && k.d.visits.some((v) => v.opens));
  const first = keyed[opens];
  if (first && keyed.slice(0, opens).every((k) => !k.d.arrive || !first.d.arrive || k.d.arrive >= first.d.arrive)) {
    const undated = keyed.slice(0, opens).filter((k) => !dayOf(k.d));
    const rest = keyed.filter((k) => k !== first && !undated.includes(k));
    const ordered = [first, ...rest, ...undated].map((k) => k.d);
    handOnLeaving(first.d, ordered);
    return cameFromFirst(ordered);
  }
  return cameFromFirst(keyed.map((k) => k.d));
}

/**
 * "Saturday 17 February: arrives in New Delhi. Sunday 18 February: Agra; … Thursday 22 February: New Delhi; …": a place named
 * again on a stated day of being there, later than every day of the stops told since it was last left (each of them dated, one
 * at least after its last day there), is gone back to, not the stay it was first reached on.
 */
function datedBack(before: Draft, since: readonly Draft[], v: Visit): boolean {
  const told = (x: Visit) => x.days.filter((d) => !d.inferred).map((d) => d.day);
  const first = v.days.filter((d) => !d.inferred && d.as !== 'depart').map((d) => d.day).sort()[0];
  const left = before.visits.flatMap(told).sort().pop();
  if (!first || !left) return false;
  const between = since.map((d) => d.visits.flatMap(told).sort());
  return between.every((b) => b.length > 0 && b[0]! >= left && b[b.length - 1]! < first) && between.some((b) => b[0]! > left);
}

/**
 * "had arrived in Berlin on Sunday evening, coming from the Climate Change Conference in Dubai", "flew to the Korean capital late
 * on 18 June, straight from a working trip to Yakutsk": a place only named as where the traveller came from comes right before
 * the stop of that sentence, or, where the sentence names none, before the first stop no day puts before it.
 */
function cameFromFirst(drafts: Draft[]): Draft[] {
  for (const d of drafts.filter((x) => x.visits.every((v) => v.cameFrom))) {
    const at = drafts.indexOf(d);
    const info = d.visits[0]!.info;
    const day = dayOf(d);
    const same = drafts.findIndex((x) => x !== d && x.visits.some((v) => v.info === info && !v.cameFrom));
    let to = same >= 0 ? same : drafts.findIndex((x) => x !== d && (!dayOf(x) || (!!day && dayOf(x)! >= day)));
    // "KATHMANDU, Oct. 12 (Xinhua) -- Xi arrived here Saturday … Xi flew in from … Chennai, where …": with no day of its own, it
    // comes before the stop the sentences before it have reached.
    if (to < 0 && !day) {
      const told = (x: Draft) => Math.max(-1, ...x.visits.filter((v) => v.info < info).map((v) => v.info));
      const reached = drafts.filter((x) => x !== d && told(x) >= 0).sort((x, y) => told(y) - told(x))[0];
      if (reached) to = drafts.indexOf(reached);
    }
    if (to < 0 || to >= at) continue;
    drafts.splice(at, 1);
    drafts.splice(to, 0, d);
  }
  return drafts;
}

/**
 * "Hayashi began the visit in Milan … He is due to fly home on Friday": a day of leaving the text gave the opening stop, told
 * after it and later than every day of the stops after it, is the day the trip leaves its last stop.
 */
function handOnLeaving(opener: Draft, ordered: readonly Draft[]): void {
  const last = ordered[ordered.length - 1]!;
  const others = ordered.filter((d) => d !== opener).flatMap((d) => [d.arrive, d.depart]).filter((x): x is string => !!x);
  if (last === opener || !opener.depart || !others.length || others.some((x) => x >= opener.depart!)) return;
  const moved = opener.visits.flatMap((v) => v.days.filter((x) => x.as === 'depart' && x.day === opener.depart).map((x) => ({ v, x })));
  if (!moved.length) return;
  for (const { v, x } of moved) v.days.splice(v.days.indexOf(x), 1);
  last.visits[last.visits.length - 1]!.days.push(...moved.map((m) => m.x));
  const left = opener.visits.flatMap((v) => v.days).filter((x) => x.as !== 'arrive');
  opener.depart = left.map((x) => x.day).sort().pop();
  if (!left.length) opener.stated.delete('depart');
  const day = moved[0]!.x.day;
  if (!last.depart || day > last.depart) last.depart = day;
  if (moved.some((m) => !m.x.inferred)) last.stated.add('depart');
  else (last.guessed ??= new Set()).add(`depart:${day}`);
  opener.guessed?.delete(`depart:${day}`);
}
