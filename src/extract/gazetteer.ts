import type { LngLat, Precision } from '../itinerary/types';
import airports from '../../data/gazetteer/airports.json';
import demonyms from '../../data/gazetteer/demonyms.json';
import curated from '../../data/gazetteer/places.json';
import { placeKey, withoutMarks } from './normalize';
import type { GazetteerEntry, PlaceInput, PlaceKind } from './types';

// The first word of a name written short and in full, both ways.
const SHORT_OR_FULL: Record<string, string> = { st: 'saint', saint: 'st', ste: 'sainte', sainte: 'ste', mt: 'mount', mount: 'mt', ft: 'fort', fort: 'ft' };

/** The places the extractor knows, indexed by lookup key. */
export class Gazetteer {
  /** Lookup key → every entry with that name or alias. */
  readonly byKey = new Map<string, GazetteerEntry[]>();
  /** ISO code → English country name, and English name key → ISO code. */
  readonly countryNames = new Map<string, string>();
  /** Normalised English country name (see `placeKey`) → ISO 3166-1 alpha-2 code. */
  readonly countryByKey = new Map<string, string>();
  /** Normalised English demonym ("chinese", "south korean") → ISO code, for "the Chinese capital". */
  readonly countryByDemonym = new Map<string, string>();
  /** ISO code → the country's capital (the first entry marked a capital). */
  readonly capitals = new Map<string, GazetteerEntry>();
  /** Normalised name of a state or province that a city elsewhere shares ("washington") → its country and the rough centre of its towns. */
  readonly states = new Map<
    string,
    {
      /** ISO code of the state's country. */
      country: string;
      /** The rough centre of its towns, `[lon, lat]`. */
      centre: LngLat;
    }
  >();
  /** The most words any name has, so the matcher knows how far to look. */
  maxWords = 1;

  /** Indexes a place under its name and every alias (normalised); an entry already listed under a name is not added twice. */
  add(entry: GazetteerEntry): void {
    if (entry.capital && !this.capitals.has(entry.country)) this.capitals.set(entry.country, entry);
    for (const name of [entry.name, ...entry.aliases]) {
      const key = placeKey(name);
      if (!key) continue;
      // "Da Nang" is also "Danang": a name of several words is found written as one too; "St. Petersburg" is also "Saint
      // Petersburg", and "Saint John's" "St. John's": a name that opens on a saint, a mount or a fort, written short or in full.
      for (const k of new Set([key, key.replace(/ /g, '')].flatMap((k) => [k, k.replace(/^\w+(?= )/, (w) => SHORT_OR_FULL[w] ?? w)]))) {
        this.list(k, entry);
      }
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
    }
  }

  /** Lists `entry` under `key`, once: what {@link add} does for each form of a name and {@link alias} for one more name. */
  private list(key: string, entry: GazetteerEntry): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }

  /** Indexes `entry` under one more name ("Vnukovo International Airport" for Moscow), without changing the entry. */
  alias(name: string, entry: GazetteerEntry): void {
    const key = placeKey(name);
    if (!key) return;
    this.list(key, entry);
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }

  /**
   * Records a country's ISO 3166-1 alpha-2 `code` and English `name`, both ways, and the name as releases write it
   * where the list's differs: "Trinidad and Tobago" for "Trinidad & Tobago", "Saint Lucia" for "St. Lucia", "Myanmar"
   * and "Burma" for "Myanmar (Burma)".
   */
  addCountry(code: string, name: string): void {
    this.countryNames.set(code, name);
    const plain = name.replace(/\s&\s/g, ' and ').replace(/^St\.\s/, 'Saint ');
    const [, outer, inner] = /^(.+?)\s*\((.+)\)$/.exec(plain) ?? [];
    for (const n of new Set([name, plain, outer, inner])) if (n) this.countryByKey.set(placeKey(n), code);
  }

  /** Knows a country by one more name ("Cabo Verde", "Türkiye"), without changing the name it is shown by. */
  countryAlias(name: string, code: string): void {
    this.countryByKey.set(placeKey(name), code);
  }

  /**
   * Every place known by this name or alias, compared normalised (case, accents, punctuation, and
   * spaces: "Hai Phong" finds "Haiphong"; "Davao City" finds Davao where no place is called so); `[]` when none.
   * @example
   * const g = await loadGazetteer({ gazetteer: [{ name: 'Cyberport', coordinates: [114.13, 22.26] }] });
   * g.lookup('CYBERPORT')[0].coordinates; // [114.13, 22.26]
   */
  lookup(name: string): GazetteerEntry[] {
    const key = placeKey(name);
    // "Davao City", "Cebu City": a city's name with "City" after it, where the list has the name alone.
    const bare = key.replace(/ city$/, '');
    return this.byKey.get(key) ?? this.byKey.get(key.replace(/ /g, '')) ?? (bare !== key ? this.byKey.get(bare) : undefined) ?? [];
  }
}

interface CuratedPlace {
  id: string;
  name: string;
  aliases?: string[];
  country: string;
  coordinates: number[];
  precision: string;
  kind: string;
  within?: string;
  population?: number;
}

/** The curated list of data/gazetteer/places.json as entries. */
function curatedEntries(): GazetteerEntry[] {
  return (curated.places as CuratedPlace[]).map((p) => ({
    id: `curated:${p.id}`,
    name: p.name,
    aliases: p.aliases ?? [],
    country: p.country,
    coordinates: [p.coordinates[0] ?? 0, p.coordinates[1] ?? 0] as LngLat,
    population: p.population ?? 0,
    precision: p.precision as Precision,
    kind: p.kind as PlaceKind,
    origin: 'curated' as const,
    ...(p.within ? { within: p.within } : {}),
  }));
}

/**
 * Checks and converts the caller's own places (`gazetteer` option, `--places FILE`).
 * Throws a `TypeError` naming the first bad entry, e.g. `places[2].coordinates: …`; `where`
 * names an entry's member (`''`, `.name`, `.coordinates[1]`, …) as the caller's input has it.
 */
export function userEntries(places: readonly PlaceInput[], where = (i: number, member: string) => `places[${i}]${member}`): GazetteerEntry[] {
  if (!Array.isArray(places)) throw new TypeError('gazetteer must be an array of { name, coordinates } objects');
  return places.map((p, i) => {
    const at = (member = '') => where(i, member);
    if (!p || typeof p !== 'object') throw new TypeError(`${at()}: expected an object with name and coordinates`);
    if (typeof p.name !== 'string' || !p.name.trim()) throw new TypeError(`${at('.name')}: expected a non-empty string`);
    const c = p.coordinates;
    if (!Array.isArray(c) || c.length !== 2 || !c.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw new TypeError(`${at('.coordinates')}: expected [longitude, latitude] numbers`);
    }
    if (Math.abs(c[0]) > 180) throw new TypeError(`${at('.coordinates[0]')}: longitude ${c[0]} is outside [-180, 180]`);
    if (Math.abs(c[1]) > 90) throw new TypeError(`${at('.coordinates[1]')}: latitude ${c[1]} is outside [-90, 90]`);
    if (p.aliases !== undefined && !Array.isArray(p.aliases)) throw new TypeError(`${at('.aliases')}: expected a list of names`);
    if (p.country !== undefined && typeof p.country !== 'string') throw new TypeError(`${at('.country')}: expected an ISO 3166-1 alpha-2 code`);
    // The three of PRECISIONS, written here: importing that list into the extractor splits the core's chunks (+5 to 9 B gzipped each).
    if (p.precision !== undefined && !/^(?:venue|district|city)$/.test(String(p.precision))) throw new TypeError(`${at('.precision')}: expected "venue", "district" or "city", got ${JSON.stringify(p.precision)}`);
    return {
      id: `user:${i}`,
      name: p.name.trim(),
      aliases: (p.aliases ?? []).filter((a: unknown): a is string => typeof a === 'string'),
      country: (p.country ?? '').toUpperCase(),
      coordinates: [c[0], c[1]] as LngLat,
      population: p.population ?? 0,
      precision: p.precision ?? 'city',
      kind: p.kind ?? 'landmark',
      origin: 'user' as const,
      ...(p.within ? { within: p.within } : {}),
    };
  });
}

interface WorldCitiesFile {
  columns: string[];
  countries: Record<string, string>;
  /** `name \t country \t lon \t lat \t population \t kind`, one line a place. */
  rows: string;
}

/** data/gazetteer/cities15000.json as stored: the table by column (scripts/build-gazetteer.mjs says how each is written). */
interface StoredWorldCities {
  columns: string[];
  countries: Record<string, string>;
  digits: string;
  names: string;
  country: string;
  lon: string;
  lat: string;
  population: string;
  kind: string;
}

/** The stored columns back as the rows they were made from, `kind` `-` as empty. */
export function worldRows(file: StoredWorldCities): string {
  // Digit → value by character code (a Map was 4 times slower on the 200,000 digits).
  const value = new Uint8Array(128);
  for (let i = 0; i < 64; i++) value[file.digits.charCodeAt(i)] = i;
  const n = file.kind.length;
  const coordinate = (s: string, i: number, offset: number): number => {
    const at = n + 3 * i;
    const units = (value[s.charCodeAt(i)]! << 18) | (value[s.charCodeAt(at)]! << 12) | (value[s.charCodeAt(at + 1)]! << 6) | value[s.charCodeAt(at + 2)]!;
    return (units - offset) / 1e4;
  };
  const names = file.names.split('\n');
  const population = file.population.split('\n');
  let rows = '';
  for (let i = 0; i < n; i++) {
    const kind = file.kind[i];
    rows += `${i ? '\n' : ''}${names[i]}\t${file.country.slice(2 * i, 2 * i + 2)}\t${coordinate(file.lon, i, 1_800_000)}\t${coordinate(file.lat, i, 900_000)}\t${population[i]}\t${kind === '-' ? '' : kind}`;
  }
  return rows;
}

let worldCities: Promise<WorldCitiesFile> | undefined;

/** Loads the reduced world-city list once, lazily, so bundles that never extract never carry it. */
function loadWorldCities(): Promise<WorldCitiesFile> {
  worldCities ??= import('../../data/gazetteer/cities15000.json').then((m) => {
    const file = ((m as { default?: StoredWorldCities }).default ?? m) as StoredWorldCities;
    return { columns: file.columns, countries: file.countries, rows: worldRows(file) };
  });
  return worldCities;
}

/**
 * A name in plain ASCII, as the world list also knows it: without diacritics, curly quotes as straight ones, and
 * any other letter outside ASCII dropped ("São Paulo" → "Sao Paulo", "Dar‘ā" → "Dar'a"). The file leaves this
 * spelling out and it is worked out here, for the names that have a letter outside ASCII or a backtick.
 */
export function asciiOf(name: string): string {
  return withoutMarks(name)
    .replace(/[‘’ʻʼ`]/g, "'")
    .replace(/[^\x20-\x7e]/g, '');
}

/** Parses the rows of data/gazetteer/cities15000.json into entries. */
export function worldEntries(file: WorldCitiesFile): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const line of file.rows.split('\n')) {
    const [name = '', country = '', lon = '', lat = '', population = '', kind = ''] = line.split('\t');
    if (!name) continue;
    const ascii = /[^\x20-\x7e]|`/.test(name) ? asciiOf(name) : name;
    out.push({
      id: `geonames:${name}:${country}:${out.length}`,
      name,
      aliases: ascii && ascii !== name ? [ascii] : [],
      country,
      coordinates: [Number(lon), Number(lat)],
      population: Number(population) || 0,
      precision: 'city',
      kind: 'city',
      origin: 'world',
      ...(kind === 'C' ? { capital: true } : kind === 'A' ? { seat: true } : {}),
    });
  }
  return out;
}

/**
 * Builds the gazetteer: the world cities (unless `worldCities` is false), the curated
 * places, and the caller's places.
 * @example
 * const g = await loadGazetteer({ gazetteer: [{ name: 'Cyberport', coordinates: [114.13, 22.26] }] });
 * g.lookup('Nansha')[0].within; // 'Guangzhou'
 */
export async function loadGazetteer(options: { gazetteer?: PlaceInput[]; worldCities?: boolean } = {}): Promise<Gazetteer> {
  const g = new Gazetteer();
  const user = userEntries(options.gazetteer ?? []);
  if (options.worldCities !== false) {
    const file = await loadWorldCities();
    for (const [code, name] of Object.entries(file.countries)) g.addCountry(code, name);
    for (const [name, code] of Object.entries(curated.countries.names as Record<string, string>)) g.countryAlias(name, code);
    for (const [word, code] of Object.entries(demonyms.demonyms as Record<string, string>)) g.countryByDemonym.set(placeKey(word), code);
    for (const e of worldEntries(file)) {
      g.add(e);
      // "Panama City", "Guatemala City": a capital named as its country is also called "<name> City" (GeoNames has "Panamá").
      if (e.capital && placeKey(e.name) === placeKey(file.countries[e.country] ?? '')) g.alias(`${e.name} City`, e);
    }
  }
  for (const e of curatedEntries()) g.add(e);
  for (const [name, [country, lon, lat]] of Object.entries(curated.states.names as unknown as Record<string, [string, number, number]>)) g.states.set(placeKey(name), { country, centre: [lon, lat] });
  if (options.worldCities !== false) aliasShortNames(g);
  addAirports(g);
  for (const e of user) g.add(e);
  return g;
}

/**
 * "drove to Al Ain": GeoNames names some towns with "City" after the name texts write ("Al Ain City", "Ras Al Khaimah
 * City"), and the package has no alternate names. A world-list town "<name> City" is also known by its name alone, where
 * that name is of two words or more (one word is too often a person's, a state's or a common word: "Kansas", "Johnson",
 * "Union"), no place, country or state is called so, and it names nothing else texts write (`NOT_SHORT`).
 */
// Names a "<name> City" of the world list shares with a person ("the Ho Chi Minh Mausoleum") or an island.
const NOT_SHORT = new Set(['ho chi minh', 'lapu lapu', 'long island']);

function aliasShortNames(g: Gazetteer): void {
  const towns = [...new Set([...g.byKey.values()].flat())].filter((e) => e.origin === 'world' && / City$/.test(e.name));
  for (const e of towns) {
    const short = placeKey(e.name.replace(/ City$/, ''));
    if (short.split(' ').length < 2 || NOT_SHORT.has(short) || g.byKey.has(short) || g.countryByKey.has(short) || g.states.has(short)) continue;
    g.alias(short, e);
  }
}

/**
 * "flew into Vnukovo International Airport": the airports of data/gazetteer/airports.json, each
 * known as its city (the curated place of that name in that country, else the largest), followed by "Airport",
 * "International Airport", "Air Base" or "Air Force Base", and alone only where its name is no person's.
 */
function addAirports(g: Gazetteer): void {
  for (const a of [...airports.airports, ...airports.seats] as { names: string[]; city: string; country: string; bare?: string[] }[]) {
    const city = g
      .lookup(a.city)
      .filter((e) => e.country === a.country && e.kind !== 'region')
      .sort((x, y) => (x.origin === 'world' ? 1 : 0) - (y.origin === 'world' ? 1 : 0) || y.population - x.population)[0];
    if (!city) continue;
    // "received at the Palácio do Planalto", "talks in the Kremlin": a seat of government is its city by its name alone.
    if (airports.seats.includes(a as (typeof airports.seats)[number])) for (const name of a.names) g.alias(name, city);
    else for (const name of a.names) for (const suffix of ['Airport', 'International Airport', 'Air Base', 'Air Force Base']) g.alias(`${name} ${suffix}`, city);
    for (const name of a.bare ?? []) g.alias(name, city);
  }
}
