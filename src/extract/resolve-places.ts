import { distanceKm } from './distance';
import type { PlaceMention } from './find-places';
import { placeKey } from './normalize';
import type { GazetteerEntry } from './types';

/** How each name of a text was resolved, and which names were close calls. */
export interface Resolution {
  /** Lookup key of a mention's text → the chosen entry. */
  chosen: Map<string, GazetteerEntry>;
  /** Keys whose best two candidates were close: `[key, chosen, runner-up]`. */
  ambiguous: [string, GazetteerEntry, GazetteerEntry][];
  /** Names left unresolved because every place of that name lies far from the text's others: `[name, the nearest-fitting one]`. */
  strays: [string, GazetteerEntry][];
}

/**
 * Picks one entry per place name using the whole text as context: the caller's and the
 * curated places first, then population, capitals, a country written after the name
 * ("Paris, France"), the countries of the other places and of the home city, and the
 * distance to the places that are not in doubt, the home left out. One name is one place throughout a text, and the home's
 * name is the home.
 * @example
 * // "Nansha" in a text that also names Guangzhou and Shenzhen: Guangzhou's district.
 */
export function resolvePlaces(mentions: readonly PlaceMention[], home?: GazetteerEntry): Resolution {
  const byKey = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    if (m.personal || m.candidates.length === 0) continue;
    const key = placeKey(m.text);
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const countries = new Map<string, number>();
  const count = (c: string) => countries.set(c, (countries.get(c) ?? 0) + 1);
  for (const m of mentions) if (m.country) count(m.country);
  if (home) count(home.country);

  const sure: GazetteerEntry[] = home ? [home] : [];
  const chosen = new Map<string, GazetteerEntry>();
  for (const [key, ms] of byKey) {
    const only = ms[0]!.candidates;
    // "He returns to Kingston": the name of the home the caller gave is that home throughout, not a namesake near the places visited.
    const same = home && only.find((c) => c === home || (c.name === home.name && c.country === home.country && distanceKm(c.coordinates, home.coordinates) < 1));
    if (same) {
      chosen.set(key, same);
      continue;
    }
    if (only.length === 1 || only.filter((c) => c.origin !== 'world').length === 1) {
      const e = only.find((c) => c.origin !== 'world') ?? only[0]!;
      chosen.set(key, e);
      sure.push(e);
      if (e.kind !== 'region') count(e.country);
    }
  }

  const ambiguous: Resolution['ambiguous'] = [];
  const open = [...byKey].filter(([key]) => !chosen.has(key));
  const score = (c: GazetteerEntry, hints: Set<string | undefined>, context: GazetteerEntry[], counts: Map<string, number>) => {
    let s = Math.log10(c.population + 10);
    if (c.origin === 'user') s += 10;
    if (c.origin === 'curated') s += 3;
    if (c.capital) s += 1;
    if (hints.size) s += hints.has(c.country) ? 5 : -5;
    if ((counts.get(c.country) ?? 0) > 0) s += 2;
    // The home is where the trip starts, not where it goes: its neighbourhood pulls no name ("Dundalk" in a text from Washington is Ireland's).
    const near = Math.min(Infinity, ...context.filter((e) => e !== c && e !== home).map((e) => distanceKm(e.coordinates, c.coordinates)));
    if (near < 300) s += 2;
    else if (near < 1500) s += 1;
    return s;
  };
  // Two rounds: the first places each open name against the sure ones; the second again,
  // against every other name's first-round place, so "Dallas" can pull "Paris" to Texas.
  const first = new Map<string, GazetteerEntry>();
  for (const round of [1, 2]) {
    for (const [key, ms] of open) {
      const others = round === 1 ? [] : open.filter(([k]) => k !== key).map(([k]) => first.get(k)!);
      const counts = new Map(countries);
      for (const o of others) counts.set(o.country, (counts.get(o.country) ?? 0) + 1);
      const hints = new Set(ms.map((m) => m.countryHint).filter(Boolean));
      const ranked = ms[0]!.candidates
        .map((c) => [c, score(c, hints, [...sure, ...others], counts)] as const)
        .sort((a, b) => b[1] - a[1]);
      const [best, second] = ranked;
      if (!best) continue;
      if (round === 1) {
        first.set(key, best[0]);
        continue;
      }
      chosen.set(key, best[0]);
      if (second && best[1] - second[1] < 1.5 && distanceKm(best[0].coordinates, second[0].coordinates) > 50) {
        ambiguous.push([ms[0]!.text, best[0], second[0]]);
      }
    }
  }
  const strays = dropStrays(chosen, byKey, mentions, home);
  return { chosen, ambiguous, strays };
}

/**
 * "address Parliament in Westminster" in a text about Seoul, London and Paris, where the world list
 * knows only the Westminsters of the United States: a world-list town in a country the text never
 * names, thousands of kilometres from every other place it names, is not what the text means. It is
 * left unresolved, so the name becomes a warning to place by hand rather than a stop on another continent.
 */
function dropStrays(chosen: Map<string, GazetteerEntry>, byKey: Map<string, PlaceMention[]>, mentions: readonly PlaceMention[], home?: GazetteerEntry): [string, GazetteerEntry][] {
  const strays: [string, GazetteerEntry][] = [];
  const named = new Set(mentions.map((m) => m.country).filter(Boolean));
  if (home) named.add(home.country);
  const places = [...chosen].filter(([, e]) => e.kind !== 'region');
  // The places the text is surely about: in a country it names, or its home's.
  // Not the home: the trip starts there, and a town near it ("a video call with the Sultan in Shah Alam", from Kuala Lumpur) says
  // nothing of where the trip goes.
  const anchors = places.map(([, e]) => e).filter((e) => named.has(e.country) && e !== home);
  if (anchors.length < 2) return strays;
  // … and the capitals it names, which a town near them is no stray from ("Port Moresby … Lae": Lae lies near the capital,
  // though no sentence names Papua New Guinea).
  const near = [...anchors, ...places.map(([, e]) => e).filter((e) => e.capital)];
  for (const [key, e] of places) {
    // A state's or a province's seat is named without its country as a nation's capital is ("ends his trip in Honolulu" after
    // "Suva, Fiji" and "Apia, Samoa"): the text means it, however far across an ocean it lies. Not where the name only begins
    // a longer one ("Lincoln University's farms" near Christchurch is no visit to Nebraska's seat).
    const seat = e.seat && byKey.get(key)?.some((m) => !m.embedded);
    if (e.origin !== 'world' || e.capital || seat || e.population >= 1_000_000 || named.has(e.country)) continue;
    if (!near.every((o) => distanceKm(o.coordinates, e.coordinates) > 2500)) continue;
    chosen.delete(key);
    strays.push([byKey.get(key)?.[0]?.text ?? e.name, e]);
  }
  return strays;
}

