// Synthetic itineraries for benchmarks and the large-itinerary example, in three trip
// profiles (see PROFILES). Each is a seeded random walk: the same seed and profile always
// give the same itinerary. The bench runs every ratio on every profile, so that a fast
// path tuned to one kind of trip cannot hide a slow one.

/** mulberry32: a small, fast, seedable PRNG (returns floats in [0, 1)). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRECISIONS = ['venue', 'district', 'city'];
const MODES = ['road', 'rail', 'sea', 'flight'];
const round = (x) => Math.round(x * 1e5) / 1e5;
const wrap = (lon) => ((((lon + 180) % 360) + 360) % 360) - 180;
const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/**
 * The trip profiles the bench runs, by name:
 * - `hops`: mostly short hops (80% tens of km, 15% regional, 5% long flights), a meeting every
 *   fifth stop, date-only days, every leg given with its mode;
 * - `meetings`: meeting-heavy with long flights: every tenth stop holds three meetings with
 *   several participants, topics and located source references, and a tenth of the legs are
 *   long flights (many of them across ±180);
 * - `city`: a dense city walk, stops a few hundred metres apart at venue precision, date-times
 *   with offsets in a named zone, no meetings, legs left to the parser (mode unknown).
 */
/** @type {Array<'hops' | 'meetings' | 'city'>} */
export const PROFILES = ['hops', 'meetings', 'city'];

/**
 * A raw itinerary (the JSON a user would write) with `count` stops.
 * @param {number} count
 * @param {{ seed?: number, meetingsEvery?: number, profile?: 'hops' | 'meetings' | 'city' }} [options]
 *   `meetingsEvery` applies to the `hops` profile (default 5; 0 for none).
 */
export function syntheticItinerary(count, { seed = 42, meetingsEvery = 5, profile = 'hops' } = {}) {
  if (profile === 'meetings') return meetingHeavy(count, seed);
  if (profile === 'city') return cityWalk(count, seed);
  if (profile !== 'hops') throw new RangeError(`syntheticItinerary: unknown profile ${JSON.stringify(profile)} (expected ${PROFILES.join(', ')})`);
  const rnd = random(seed);
  let lon = 170; // start near the antimeridian so long legs cross it
  let lat = 10;
  const stops = [];
  const legs = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (i > 0) {
      if (r < 0.8) {
        lon += (rnd() - 0.5) * 0.8; // a short hop: tens of km
        lat += (rnd() - 0.5) * 0.6;
      } else if (r < 0.95) {
        lon += (rnd() - 0.5) * 30; // a regional leg
        lat += (rnd() - 0.5) * 20;
      } else {
        lon += 60 + rnd() * 120; // a long flight, often across ±180
        lat = (rnd() - 0.5) * 140;
      }
      lat = Math.max(-80, Math.min(80, lat));
      lon = wrap(lon);
    }
    const day = new Date(START + Math.floor(i / 3) * DAY_MS).toISOString().slice(0, 10);
    const stop = {
      id: `s${i}`,
      name: i % 10 === 0 ? { en: `Stop ${i}`, 'zh-Hans': `站点${i}` } : `Stop ${i}`,
      coordinates: [round(lon), round(lat)],
      precision: PRECISIONS[i % 3],
      arrive: day,
      depart: day,
      dateCertainty: i % 4 === 0 ? 'inferred' : 'stated',
    };
    if (meetingsEvery && i % meetingsEvery === 0) {
      stop.meetings = [
        {
          id: `m${i}`,
          title: `Meeting at stop ${i}`,
          date: day,
          with: [{ name: `Person ${i}`, role: 'Director' }],
          summary: 'Talks on trade facilitation and co-operation.',
          url: `meetings/m${i}.html`,
          topics: ['trade'],
        },
      ];
    }
    stops.push(stop);
    if (i > 0) legs.push({ from: `s${i - 1}`, to: `s${i}`, mode: r < 0.8 ? MODES[i % 3] : 'flight' });
  }
  return { id: `synthetic-${count}`, title: `Synthetic itinerary of ${count} stops`, timezone: 'UTC', stops, legs };
}

/** The `meetings` profile: see {@link PROFILES}. */
function meetingHeavy(count, seed) {
  const rnd = random(seed);
  let lon = 150;
  let lat = 30;
  const stops = [];
  const legs = [];
  const ROLES = ['Director', 'Deputy Commissioner', 'Head of Trade', 'Mayor'];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const long = i > 0 && r < 0.1;
    if (long) {
      lon += 90 + rnd() * 120; // a long flight: across an ocean, often across ±180
      lat = (rnd() - 0.5) * 130;
    } else if (i > 0) {
      lon += (rnd() - 0.5) * 4; // a regional hop
      lat += (rnd() - 0.5) * 3;
    }
    lat = Math.max(-75, Math.min(75, lat));
    lon = wrap(lon);
    const day = new Date(START + Math.floor(i / 2) * DAY_MS).toISOString().slice(0, 10);
    const stop = {
      id: `stop-${i}`,
      name: { en: `Port ${i}`, fr: `Port ${i}`, 'zh-Hant': `港口${i}` },
      coordinates: [round(lon), round(lat)],
      precision: i % 2 ? 'city' : 'district',
      arrive: day,
      depart: day,
      dateCertainty: 'stated',
      source: { document: 'release', paragraph: 1 + (i % 9), sentence: 1 + (i % 4) },
    };
    if (i % 10 === 0) {
      stop.meetings = [0, 1, 2].map((k) => ({
        id: `stop-${i}-m${k}`,
        title: { en: `Talks ${k + 1} at port ${i}`, 'zh-Hant': `會談${k + 1}` },
        kind: k === 2 ? 'visit' : 'meeting',
        date: day,
        dateCertainty: 'stated',
        with: [0, 1, 2].map((p) => ({ name: `Official ${i}-${k}-${p}`, role: ROLES[(i + p) % 4], organisation: `Agency ${p}`, kind: 'person' })),
        summary: 'Both sides reviewed customs co-operation and agreed to exchange data.',
        url: `https://example.org/meetings/${i}/${k}`,
        topics: ['customs', 'trade', 'data exchange'],
        source: [{ document: 'release', paragraph: 2 + k, sentence: 1, range: [10 * k, 10 * k + 42] }],
      }));
    }
    stops.push(stop);
    if (i > 0) legs.push({ from: `stop-${i - 1}`, to: `stop-${i}`, mode: long ? 'flight' : MODES[i % 3], source: { document: 'release', paragraph: 1 } });
  }
  return {
    id: `meetings-${count}`,
    title: `Meeting-heavy itinerary of ${count} stops`,
    traveller: { name: 'A Delegate', role: 'Commissioner', kind: 'person' },
    timezone: 'UTC',
    sources: [{ id: 'release', title: 'A synthetic press release', url: 'https://example.org/release', published: '2024-01-01' }],
    stops,
    legs,
  };
}

/** The `city` profile: see {@link PROFILES}. */
function cityWalk(count, seed) {
  const rnd = random(seed);
  const lon0 = 121.47;
  const lat0 = 31.23;
  let lon = lon0;
  let lat = lat0;
  const stops = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      // A few hundred metres (0.004° is about 400 m), kept within about 20 km of the centre.
      lon += (rnd() - 0.5) * 0.008;
      lat += (rnd() - 0.5) * 0.007;
      if (Math.abs(lon - lon0) > 0.2) lon = lon0 + Math.sign(lon - lon0) * 0.19;
      if (Math.abs(lat - lat0) > 0.18) lat = lat0 + Math.sign(lat - lat0) * 0.17;
    }
    // Twenty minutes per stop, in the zone's own offset.
    const at = new Date(START + i * 20 * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
    stops.push({
      id: `v${i}`,
      name: `Venue ${i}`,
      coordinates: [round(lon), round(lat)],
      precision: 'venue',
      arrive: `${at}+08:00`,
    });
  }
  return { id: `city-${count}`, title: `City walk of ${count} stops`, timezone: 'Asia/Shanghai', stops };
}
