// Synthetic itineraries for benchmarks and the large-itinerary example: a seeded random
// walk of mostly short hops, some regional legs and some long flights, a share of which
// cross the antimeridian. The same seed always gives the same itinerary.

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

/**
 * A raw itinerary (the JSON a user would write) with `count` stops.
 * @param {number} count
 * @param {{ seed?: number, meetingsEvery?: number }} [options]
 */
export function syntheticItinerary(count, { seed = 42, meetingsEvery = 5 } = {}) {
  const rnd = random(seed);
  let lon = 170; // start near the antimeridian so long legs cross it
  let lat = 10;
  const start = Date.UTC(2024, 0, 1);
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
    const day = new Date(start + Math.floor(i / 3) * 86400000).toISOString().slice(0, 10);
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
