import { MONTH_NC, WEEKDAY_NC } from './date-words';
import { ref, type Info, type Visit } from './draft';
import { ADD_PLACES } from './errors';
import type { Gazetteer } from './gazetteer';
import { placeKey } from './normalize';
import type { TextPlaces } from './places';
import { STATE_FORM, VISIT_LIST } from './find-places';
import type { ExtractWarning } from './types';
import { ARRIVE, DEPART, FLY, HEAD, LEAVE, PROCEED, TRAVEL, re } from './verbs';

// "the two presidents will travel together to the Hautes-Pyrénées": a word of how between the verb and "to".
export const UNPLACED = re('gu')`\b(?:[Vv]isits?\s+to|[Tt]rip\s+to|${TRAVEL}(?:\s+(?:together|on|onward|onwards|directly|separately))?\s+to|${ARRIVE}\s+in|${DEPART}\s+for|${FLY}\s+to|dr(?:ive|ives|ove)\s+to|(?:train|flight|transfer)\s+to|(?:${TRAVEL}|${FLY}|dr(?:ive|ives|ove))\s+by\s+(?:air|road|car|train|rail|helicopter|boat)\s+to|${HEAD}\s+to|${PROCEED}\s+to|tour\s+of|left\s+for|${LEAVE}\s+for)\s+(?:the\s+(?:port|city|town|island|village)\s+of\s+)?((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’-]*){0,4})`;

/** A month's or a weekday's name alone. */
const MONTH_OR_WEEKDAY = new RegExp(`^(?:${MONTH_NC}|${WEEKDAY_NC})$`);

/** "visit Qwerty Harbour": the verb, before a name. */
const VISITED = /\b[Vv]isit(?:s|ed|ing)?\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,4})/gu;

/** "At Pituffik Space Base", "to Ramstein Air Base": a named base (no gazetteer has bases) after "at" or "to", whatever the verb before. */
const BASE = /\b(?:[Aa]t|[Tt]o)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Base|Barracks|Airfield|Garrison|Air\s+Station|Naval\s+Station))\b/gu;

// "will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June, Horta on 12 June": the names of a dated list after a
// colon that ends a clause of visiting, each of which is a place visited.
const LIST_ITEM = /(?:^|,|;|\band\b)\s*(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:do|da|de|del|dos|das|la|le|el|of)\s+)?\p{Lu}[\p{L}'’-]*){0,3})\s+(?:on|from)\s+(?:\d|\p{Lu}\p{Ll}+day\b)/gu;

/** What follows a one-word name that is an adjective: a lowercase word that is none of the little words a place is followed by. */
const ADJECTIVE_BEFORE = /^\s+(?!(?:and|or|on|in|at|before|after|to|for|with|where|when|during|from|by|this|next|then|as|while|which|until|between)\b)\p{Ll}/u;

// Regions and groupings are where a trip goes, not stops: "Southeast Asia", "the Greater Bay Area", "ASEAN", "the G20", "the Horn of
// Africa"; and a group of places named by a lower-case word for them: "the Baltic states", "the southern border provinces", "the Caribbean coast".
const REGION =
  /^(?:(?:North|South|East|West|Central|Southeast|South-East|Northeast|North-East|Southwest|South-West|Northwest|North-West|Eastern|Western|Northern|Southern|Greater|Inner|Outer|Middle|Far|Near|Sub-Saharan|Latin)\s+)*(?:Asia|Europe|Africa|Americas?|Pacific|Atlantic|Middle\s+East|Bay\s+Area|(?:\p{Lu}[\p{L}-]*\s+)*(?:River\s+)?Delta|(?:\p{Lu}[\p{L}-]*\s+)*Region|Gulf|Caribbean|Balkans|Mediterranean|Scandinavia|Oceania|Arctic|Antarctica|Mainland|Indo-Pacific|Pacific\s+Islands|Commonwealth|European\s+Union|Horn\s+of\s+Africa|Sahel|Maghreb|Levant|Caucasus|Baltics?|Nordics?|Benelux)$|^\p{Lu}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,2}(?:[Ss]tates|[Cc]ountries|[Nn]ations|[Pp]rovinces|[Rr]egions|[Cc]oast|[Vv]alley|[Hh]ighlands)$/u;
const ACRONYM = /^(?:[A-Z]{2,6}|G\d{1,2})$/;

/** A word of a name that says it is a venue or a firm, not a place: "Panzi Hospital", "University of Auckland", "Hyundai Motor". */
const INSTITUTION =
  /(?:^|\s)(?:University|College|Institute|Academy|School|Hospital|Clinic|Museum|Gallery|Library|Cent(?:re|er)|Hall|Stadium|Arena|Cathedral|Basilica|Church|Mosque|Temple|Shrine|Monastery|Memorial|Mausoleum|Monument|Cemetery|Plant|Factory|Shipyard|Company|Corporation|Motors?|Bank|Headquarters|Parliament|Embassy|Consulate|Ministry|Theat(?:re|er))$|^(?:University|College|Institute|Academy|Museum|Bank|Ministry|Embassy)\s+of\s/u;
/** A site's kind written after the name that owns it: "the Hyundai Motor plant", "the Tata Steel works". */
const SITE_AFTER = /^\s+(?:plant|factory|farms?|works|site|campus|headquarters|shipyard|facility|complex|mine|terminal|plantation|offices?|showroom|laborator(?:y|ies)|research)\b/u;

const STATE_OF = new RegExp(String.raw`^(?:the\s+)?` + STATE_FORM);

/** A name listed after another: ", Mo Tat Wan", " and Mo Tat Wan", ", and Mo Tat Wan". */
const AND_NAME = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,4})/u;

/**
 * The names listed after the one `m` found, each as a match of its own (its name in group 1, ending where the name
 * ends): "visit Sok Kwu Wan and Mo Tat Wan" visits both.
 */
function listedAfter(text: string, m: RegExpExecArray): RegExpExecArray[] {
  const more: RegExpExecArray[] = [];
  for (let end = m.index + m[0].length, next; (next = AND_NAME.exec(text.slice(end))); end += next[0].length) {
    const found = Object.assign([next[0], next[1]], { index: end }) as unknown as RegExpExecArray;
    more.push(found);
  }
  return more;
}

/** Whether a name is a region or a grouping of countries, which raises no `unplaced` warning. */
export const isRegionName = (name: string): boolean => REGION.test(name) || ACRONYM.test(name);

/**
 * The warnings about places: names resolved between two close candidates (for places
 * visited), names whose only places lie far from the text's others, and names after words of travel that no gazetteer knows.
 */
export function placeWarnings(infos: readonly Info[], visits: readonly Visit[], places: TextPlaces, gazetteer: Gazetteer): ExtractWarning[] {
  const warnings: ExtractWarning[] = [];
  const country = (c: string) => gazetteer.countryNames.get(c) ?? c;
  for (const [name, a, b] of places.ambiguous) {
    if (!visits.some((v) => v.entry === a)) continue;
    warnings.push({
      code: 'ambiguous',
      message: `"${name}" could be ${a.name} (${country(a.country)}) or ${b.name} (${country(b.country)}); ${a.country === b.country ? 'the larger' : 'the one nearer the other places'} was taken.`,
    });
  }
  for (const [name, e] of places.strays) {
    const info = infos.find((i) => i.mentions.some((m) => m.text === name));
    // Named only within longer names ("Bellevue Palace", "Kensington Gardens"): a venue or a body named after a place
    // far away, not a place visited; or as a person's name ("Chief Executive Ho Iat Seng … Mr Ho will meet …").
    if (infos.every((i) => i.mentions.every((m) => m.text !== name || m.embedded || m.personal))) continue;
    // "Kuwait City, 22 April (KUNA)": a news agency credited in brackets, not a town of that name far away.
    if (/^\p{Lu}{2,6}$/u.test(name) && info?.s.text.includes(`(${name})`)) continue;
    // "the President of Mexico", "Nuku'alofa, Tonga": a country's name is no place to add, whatever town far away shares it.
    if (gazetteer.countryByKey.has(placeKey(name))) continue;
    warnings.push({
      code: 'unplaced',
      name,
      message: `"${name}" is not placed: the only places of that name the gazetteer knows (such as ${e.name}, ${country(e.country)}) lie far from the other places of the text; add it with ${ADD_PLACES}.`,
      ...(info ? { source: ref(info, 0.5) } : {}),
    });
  }
  for (const info of infos) {
    /** Warns of `name` as a place visited that no gazetteer has, once a text. */
    const unplaced = (name: string) => {
      if (!warnings.some((w) => w.name === name)) {
        warnings.push({ code: 'unplaced', name, message: `"${name}" looks like a place visited but is in no gazetteer: add it with ${ADD_PLACES}.`, source: ref(info, 0.5) });
      }
    };
    for (const m of [...info.s.text.matchAll(UNPLACED), ...info.s.text.matchAll(VISITED), ...info.s.text.matchAll(BASE)].flatMap((m) => [m, ...listedAfter(info.s.text, m)])) {
      const at = m.index + m[0].length - m[1]!.length;
      const name = m[1]!.replace(/^the\s+/, '');
      // "Washington, D.C.": a capital letter alone is an initial, no place's name; "Seoul, Republic of Korea, March 14-18": a month
      // or a weekday after the list is its day.
      if (/^\p{Lu}$/u.test(name) || MONTH_OR_WEEKDAY.test(name)) continue;
      // "Visit to the Al-Hakim Mosque in Cairo": a site the text places in a place it knows is a site there, not a place to add.
      const within = /^\s+(?:in|at)\s+/.exec(info.s.text.slice(at + m[1]!.length));
      if (within && info.mentions.some((x) => x.start === at + m[1]!.length + within[0].length && !x.country && x.candidates.length)) continue;
      // A place named within a longer name ("Port Klang", "Bogor Presidential Palace") does not place that name; a
      // country within one ("Brunei Darussalam") is that country, and "New Zealand-funded" describes.
      if (info.mentions.some((x) => (!x.embedded || x.country) && x.start < at + m[1]!.length && x.end > at) || /-\p{Ll}+$/u.test(name)) continue;
      // "visit" (or a list after a name) + one word before a noun is whom or what is visited: "visit British troops".
      if (/^(?:visit|\s*,|\s+and\b)/i.test(m[0]) && !name.includes(' ') && ADJECTIVE_BEFORE.test(info.s.text.slice(at + m[1]!.length))) continue;
      // "Panzi Hospital", "the University of Auckland", "Lincoln University's farms" (an owner's name), "the Hyundai Motor
      // plant": a venue or a firm, named by its kind or by the kind of site after it, is where a visit goes, no place to add.
      if (INSTITUTION.test(name.replace(/['’]s$/u, '')) || SITE_AFTER.test(info.s.text.slice(at + m[1]!.length))) continue;
      // A country, a region, or a state that locates a town ("Paris, Texas").
      if (gazetteer.countryByKey.has(placeKey(name.replace(STATE_OF, ''))) || gazetteer.states.has(placeKey(name)) || isRegionName(name)) continue;
      // "arrived in the Sudanese capital Khartoum", "fly to the Vietnamese port city of Da Nang": a country's word describes the place.
      if (gazetteer.countryByDemonym.has(placeKey(name))) continue;
      unplaced(name);
    }
    const colon = [...info.s.text.matchAll(/:/g)].find((c) => VISIT_LIST.test(info.s.text.slice(0, c.index + 1)));
    if (!colon) continue;
    const from = colon.index + 1;
    for (const m of info.s.text.slice(from).matchAll(LIST_ITEM)) {
      const name = m[1]!;
      const at = from + m.index + m[0].indexOf(name);
      if (visits.some((v) => infos[v.info] === info && v.at === at) || gazetteer.countryByKey.has(placeKey(name)) || isRegionName(name)) continue;
      unplaced(name);
    }
  }
  return warnings;
}
