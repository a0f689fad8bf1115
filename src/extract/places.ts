import { ref, type Info } from './draft';
import { ADD_PLACES, ExtractOptionError } from './errors';
import type { PlaceMention } from './find-places';
import type { Gazetteer } from './gazetteer';
import { placeKey } from './normalize';
import { resolvePlaces } from './resolve-places';
import { AGENCY_LINE, DATELINE } from './sentences';
import type { ExtractWarning, GazetteerEntry } from './types';
import { HOME_WORD } from './visit-words';
import { DEPART_OR_DEPARTURE, LEAVE, re } from './verbs';

/** The places of one text, each name resolved once, and the traveller's home among them. */
export interface TextPlaces {
  /** The home city: the caller's, else one the text names as the home (see {@link findHome}); `undefined` when neither. */
  home?: GazetteerEntry;
  /** The entry a mention names, or `undefined` for a person's name or a country. */
  entryOf(m: PlaceMention): GazetteerEntry | undefined;
  /** Whether an entry is the home city (the entry itself, or one with its name and country). */
  isHome(e: GazetteerEntry): boolean;
  /** Names whose two best places were close: `[name, chosen, runner-up]`. */
  ambiguous: [string, GazetteerEntry, GazetteerEntry][];
  /** Names no entry is taken for, because every place of that name lies far from the text's others: `[name, best entry]`. */
  strays: [string, GazetteerEntry][];
}

/** The largest place of a name, the world list's cities first. */
const best = (gazetteer: Gazetteer, name: string) =>
  [...gazetteer.lookup(name)].sort((a, b) => (b.origin === 'world' ? 0 : 1) - (a.origin === 'world' ? 0 : 1) || b.population - a.population)[0];

/**
 * The home city: `requested` if given, else the last place the text "returns to", else the dateline's city of a return
 * "home", else a last departure for the traveller's own country, else none: there is no default home.
 * A country (given, or returned to: "returns to Barbados") is its capital, with a warning saying so. A requested name
 * no gazetteer knows is an {@link ExtractOptionError} (`unknown-home`); a place of return no gazetteer knows is no home.
 * @example
 * findHome(readSentences('She returned to Berlin on 16 April.', g, {}), g)?.name; // 'Berlin'
 */
export function findHome(infos: readonly Info[], gazetteer: Gazetteer, requested?: string, warnings: ExtractWarning[] = []): GazetteerEntry | undefined {
  let name = requested;
  let from: Info | undefined;
  if (!name) {
    for (const info of infos) {
      if (!info.returns) continue;
      const m = info.mentions.find((x) => x.cue === 'visit' && !x.personal && /\b(?:return(?:s|ed|ing)?|back)\s+(?:to\s+|in\s+)?(?:the\s+)?$/i.test(info.s.text.slice(0, x.start)));
      if (!m) continue;
      name = m.text;
      from = info;
    }
  }
  name ??= datelineHome(infos, gazetteer) ?? leftForHome(infos, gazetteer);
  if (!name) return undefined;
  // "San José, 30 May 2016 – … Costa Rica's accession": of several places of the name, the capital of a country the text names
  // (a government announces from its capital), not the largest (San Jose, California).
  const named = new Set(infos.flatMap((i) => i.mentions.flatMap((m) => (m.country && !m.personal ? [m.country] : []))));
  const home = gazetteer.lookup(name).find((e) => e.capital && e.origin === 'world' && named.has(e.country)) ?? best(gazetteer, name);
  if (home) return home;
  const capital = gazetteer.capitals.get(gazetteer.countryByKey.get(placeKey(name)) ?? '');
  if (capital) {
    warnings.push({ code: 'ambiguous', message: `"${name}" is a country: the draft takes its capital, ${capital.name}, as the home city. Give the home city if it is another.`, ...(from ? { source: ref(from, 0.5) } : {}) });
    return capital;
  }
  // A place of return no gazetteer knows leaves the draft without a home (a `no-home` warning), never without a draft.
  if (requested) throw new ExtractOptionError(`extractItinerary: home "${name}" is in no gazetteer; add it with ${ADD_PLACES}`, 'unknown-home', requested);
  return undefined;
}

/**
 * "HELSINKI, March 15 (Nordic News Agency) - Finnish Prime Minister Petteri Orpo returned home on Friday after a four-day visit
 * to Japan and South Korea": a report of a return home that names no place, under a dateline, is written from the home: the
 * dateline's city, where no other sentence names it and it lies in no country the text names (not "BEIJING, … returned home
 * after a visit to China").
 */
function datelineHome(infos: readonly Info[], gazetteer: Gazetteer): string | undefined {
  if (!infos.some((i) => i.returns && HOME_WORD.test(i.s.text))) return undefined;
  const line = infos.find((i) => i.s.sentence === 1 && (DATELINE.test(i.s.text) || AGENCY_LINE.test(i.s.text)));
  const m = line?.mentions.find((x) => x.start === 0 && !x.personal && !x.country);
  const e = m && best(gazetteer, m.text);
  if (!m || !e) return undefined;
  const countries = new Set(infos.flatMap((i) => i.mentions.flatMap((x) => (x.country && !x.personal ? [x.country] : []))));
  const elsewhere = infos.some((i) => i.mentions.some((x) => x !== m && placeKey(x.text) === placeKey(m.text)));
  return countries.has(e.country) || elsewhere ? undefined : m.text;
}

// "Departure for Tashkent in the evening.", "will then leave for Accra": the words right before a place set off for.
const SETS_OFF_FOR = re('i')`\b(?:${DEPART_OR_DEPARTURE}|${LEAVE}|left)\s+for\s+(?:the\s+)?$`;

/**
 * "Programme of the state visit of the President of the Republic of Uzbekistan to the Republic of Korea … Travel to Ulsan. …
 * Departure for Tashkent in the evening.": the text's last place, set off for at the end, in a country the text names (or names
 * the people of: "The Kenyan Foreign Minister … will leave for Nairobi") but visits no other place of, the traveller's own, is
 * the home the trip goes back to.
 */
function leftForHome(infos: readonly Info[], gazetteer: Gazetteer): string | undefined {
  const places = infos.flatMap((i) => i.mentions.filter((x) => !x.personal && !x.country).map((m) => ({ i, m })));
  const last = places[places.length - 1];
  if (!last || !SETS_OFF_FOR.test(last.i.s.text.slice(0, last.m.start))) return undefined;
  const e = best(gazetteer, last.m.text);
  const named = new Set(infos.flatMap((i) => [
    ...i.mentions.flatMap((x) => (x.country && !x.personal ? [x.country] : [])),
    ...[...i.s.text.matchAll(/\p{Lu}\p{L}+/gu)].flatMap((w) => gazetteer.countryByDemonym.get(placeKey(w[0])) ?? []),
  ]));
  const others = places.filter((p) => placeKey(p.m.text) !== placeKey(last.m.text)).map((p) => best(gazetteer, p.m.text));
  if (!e || !named.has(e.country) || !others.length || others.some((o) => o?.country === e.country)) return undefined;
  return last.m.text;
}

/**
 * Resolves every place name of the text once (see {@link resolvePlaces}) around the home city.
 * A country that is also its own city (Singapore, Monaco) is the city, except where it is listed among countries
 * ("a visit to Brunei Darussalam and Singapore (3–5 September)") and the text names it elsewhere too, by any of its names
 * ("Brazil, Colombia and Panama … Panama City"): there it is the country.
 */
export function placesOf(infos: readonly Info[], home: GazetteerEntry | undefined): TextPlaces {
  const { chosen, ambiguous, strays } = resolvePlaces(
    infos.flatMap((i) => i.mentions),
    home,
  );
  // "Brazil, Colombia and Panama … in Panama City": the city is named elsewhere by its own name or another of its names.
  const others = infos.flatMap((i) => i.mentions.filter((m) => !m.amongCountries && !m.country));
  const named = new Set(infos.flatMap((i) => i.mentions.filter((m) => !m.amongCountries).map((m) => placeKey(m.text))));
  const namedElse = (m: PlaceMention) => {
    const e = chosen.get(placeKey(m.text));
    return named.has(placeKey(m.text)) || (!!e && others.some((x) => chosen.get(placeKey(x.text)) === e));
  };
  const country = (m: PlaceMention) => !!m.country && (!m.candidates.some((c) => c.country === m.country) || (!!m.amongCountries && namedElse(m)));
  return {
    ...(home ? { home } : {}),
    ambiguous,
    strays,
    entryOf: (m) => (m.personal || country(m) ? undefined : chosen.get(placeKey(m.text))),
    isHome: (e) => !!home && (e === home || (e.name === home.name && e.country === home.country)),
  };
}
