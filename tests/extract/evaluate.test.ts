// The corpus scorer itself: a wrong scorer would print wrong figures for every text.
import { describe, expect, it } from 'vitest';
import { parseItinerary } from '../../src/itinerary/parse';
import { score, type Expected } from './evaluate';

const AMS: [number, number] = [4.9, 52.37];
const HAGUE: [number, number] = [4.3, 52.08];
const PARIS: [number, number] = [2.35, 48.86];

/** Paris → Amsterdam → The Hague → Amsterdam → Paris, with one meeting at the stop given. */
function trip(meetingAt: number) {
  const places = [['Paris', PARIS], ['Amsterdam', AMS], ['The Hague', HAGUE], ['Amsterdam', AMS], ['Paris', PARIS]] as const;
  return parseItinerary({
    id: 't',
    title: 't',
    stops: places.map(([name, coordinates], i) => ({
      id: `s${i}`,
      name,
      coordinates,
      precision: 'city',
      ...(i === meetingAt ? { meetings: [{ id: 'm', title: 'Talks', with: [{ name: 'Mark Rutte', role: 'Prime Minister' }] }] } : {}),
    })),
  });
}

const expected: Expected = {
  stops: [
    { name: 'Paris', country: 'FR' },
    { name: 'Amsterdam', country: 'NL' },
    { name: 'The Hague', country: 'NL' },
    { name: 'Amsterdam', country: 'NL' },
    { name: 'Paris', country: 'FR' },
  ],
  meetings: [{ stop: 'Amsterdam', with: 'Mark Rutte' }],
};

describe('score: meetings at a city visited twice', () => {
  it('finds a meeting held at the second visit of a city, as at the first', () => {
    expect(score('t', expected, trip(3)).meetingsFound).toBe(1);
    expect(score('t', expected, trip(1)).meetingsFound).toBe(1);
  });

  it('misses a meeting placed at another city, and says so', () => {
    const s = score('t', expected, trip(2));
    expect(s.meetingsFound).toBe(0);
    expect(s.failures).toContain('missed meeting with Mark Rutte at Amsterdam');
  });

  it('matches every stop in order and counts no extra ones', () => {
    const s = score('t', expected, trip(1));
    expect([s.matched, s.expected, s.extracted]).toEqual([5, 5, 5]);
    expect(s.failures).toEqual([]);
  });
});
