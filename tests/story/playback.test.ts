import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseItinerary } from '../../src/itinerary/parse';
import { positionAtTime, storyEnd, storyMoments, timeAtPosition } from '../../src/story/moments';
import { StoryPlayback } from '../../src/story/playback';

const playback = (reduced = false) =>
  new StoryPlayback({ stops: 3, legDuration: (i) => (i + 1) * 1000, dwell: 500, reducedMotion: () => reduced });

describe('StoryPlayback', () => {
  it('leaves the first stop at once, travels each leg in its time, stays at each stop, and ends at the last', () => {
    const p = playback();
    p.seek(0);
    p.play();
    expect(p.tick(500)).toEqual({ arrived: null, ended: false });
    expect(p.position).toBeCloseTo(0.5);
    expect(p.tick(500).arrived).toBe(1);
    expect(p.position).toBe(1);
    p.tick(500); // the stay at stop 1
    expect(p.position).toBe(1);
    p.tick(1000); // half of the 2 s leg
    expect(p.position).toBeCloseTo(1.5);
    expect(p.tick(5000)).toEqual({ arrived: 2, ended: true });
    expect(p.playing).toBe(false);
  });

  it('does not move while paused, and starts again from the first stop when played at the end', () => {
    const p = playback();
    p.seek(1.25);
    p.tick(10_000);
    expect(p.position).toBe(1.25);
    p.seek(2);
    p.play();
    expect(p.position).toBe(0);
    expect(p.playing).toBe(true);
  });

  it('steps forward to the stop ahead and back to the stop just left, pausing', () => {
    const p = playback();
    p.seek(0.4);
    p.play();
    expect(p.stepForward()).toBe(1);
    expect(p.playing).toBe(false);
    expect(p.stepForward()).toBe(2);
    expect(p.stepForward()).toBe(2);
    p.seek(1.5);
    expect(p.stepBack()).toBe(1);
    expect(p.stepBack()).toBe(0);
    expect(p.stepBack()).toBe(0);
  });

  it('with reduced motion jumps from stop to stop, never between', () => {
    const p = playback(true);
    p.seek(0);
    p.play();
    const seen: number[] = [];
    for (let i = 0; i < 200 && p.playing; i++) {
      p.tick(16);
      seen.push(p.position);
    }
    expect(seen.every((x) => Number.isInteger(x))).toBe(true);
    expect(p.position).toBe(2);
  });

  it('never passes the last stop nor goes below the first, whatever the ticks', () => {
    const p = playback();
    p.seek(-5);
    expect(p.position).toBe(0);
    p.seek(99);
    expect(p.position).toBe(2);
    p.play();
    for (const ms of [0, -3, 16, 1e9]) p.tick(ms);
    expect(p.position).toBe(2);
  });
});

describe('StoryPlayback within bounds (a day picked)', () => {
  const five = (reduced = false) => new StoryPlayback({ stops: 5, legDuration: () => 1000, dwell: 500, reducedMotion: () => reduced });
  /** Ticks while it plays: the stops reached, whether it ended, where it stopped. */
  const playOut = (p: StoryPlayback) => {
    const arrived: number[] = [];
    let ended = false;
    for (let i = 0; i < 1000 && p.playing; i++) {
      const t = p.tick(16);
      if (t.arrived !== null) arrived.push(t.arrived);
      ended ||= t.ended;
    }
    return { arrived, ended, position: p.position };
  };

  it('steps, seeks and goes to either end only within its bounds', () => {
    const p = five();
    p.setBounds([1.5, 3]);
    expect(p.position).toBe(1.5); // moved inside at once from 0
    p.seek(0);
    expect(p.position).toBe(1.5);
    expect(p.stepBack()).toBe(1.5);
    expect(p.stepForward()).toBe(2);
    expect(p.stepBack()).toBe(1.5);
    expect(p.stepForward()).toBe(2);
    expect(p.stepForward()).toBe(3);
    expect(p.stepForward()).toBe(3);
    p.seek(4);
    expect(p.position).toBe(3);
    p.setBounds(null);
    expect(p.stepForward()).toBe(4);
  });

  it('plays from the start of its bounds and ends at their end, animated or not', () => {
    for (const reduced of [false, true]) {
      const p = five(reduced);
      p.seek(4);
      p.setBounds([1.5, 3]);
      p.play();
      expect(p.position).toBe(1.5);
      expect(playOut(p)).toEqual({ arrived: [2, 3], ended: true, position: 3 });
    }
  });

  it('plays to the last stop within its bounds, whose end may be later in that stop’s stay (a day’s last hours), and does not play a day of one stop', () => {
    // A day's span runs to its last minute while its last stop stays: a seek goes there, playing
    // travels, and travelling ends at the stop (its popup open), not on into its stay.
    const p = five();
    p.setBounds([1.5, 3.25]);
    p.play();
    expect(playOut(p)).toEqual({ arrived: [2, 3], ended: true, position: 3 });
    p.play(); // at the end of playing: from the start again
    expect(p.position).toBe(1.5);
    p.seek(9);
    expect(p.position).toBe(3.25);
    // One stop's stay on its day (reached that day, or before it): nothing to travel.
    for (const bounds of [[1, 1.25], [1.4, 1.8], [2.5, 2.5]] as const) {
      p.setBounds(bounds);
      p.seek(bounds[0]);
      p.play();
      expect(p.playing, String(bounds)).toBe(false);
      expect(p.position).toBe(bounds[0]);
    }
  });
});

describe('the last stop’s stay', () => {
  // Before, the story ended at the last stop's arrival: its stay (a meeting that afternoon) was never played.
  const itinerary = parseItinerary({
    id: 'stay',
    title: 'Stay',
    timezone: 'Europe/Oslo',
    stops: [
      { id: 'oslo', name: 'Oslo', coordinates: [10.75, 59.91], depart: '2025-06-04T08:00' },
      { id: 'bergen', name: 'Bergen', coordinates: [5.32, 60.39], arrive: '2025-06-04T09:00', depart: '2025-06-04T18:00', meetings: [{ id: 'm', title: 'Port visit', date: '2025-06-04T14:00' }] },
    ],
  });
  const moments = storyMoments(itinerary);
  const at = (iso: string) => Date.parse(iso);

  it('runs the axis on from the last stop’s arrival to its departure, as another stop’s stay runs on its way', () => {
    expect(moments[1]!.leave).toBe(at('2025-06-04T16:00:00Z')); // 18:00 in Oslo
    expect(storyEnd(moments)).toBe(2);
    expect(timeAtPosition(moments, 2)).toBe(at('2025-06-04T16:00:00Z'));
    // The afternoon's meeting is a position in the stay, and back.
    const meeting = positionAtTime(moments, at('2025-06-04T12:00:00Z'));
    expect(meeting).toBeCloseTo(1 + 5 / 9, 9);
    expect(timeAtPosition(moments, meeting)).toBe(at('2025-06-04T12:00:00Z'));
    expect(positionAtTime(moments, at('2025-06-05T00:00:00Z'))).toBe(2);
  });

  it('ends where it did for a last stop without a departure', () => {
    const seed = storyMoments(parseItinerary(JSON.parse(readFileSync(path.join(__dirname, '../../data/hk-customs-yrd-visit-2023.json'), 'utf8'))));
    expect(storyEnd(seed)).toBe(seed.length - 1);
  });

  it('plays the stay after the last stop is reached, and ends at its end without reaching a stop past the last', () => {
    const p = new StoryPlayback({ stops: 2, end: storyEnd(moments), legDuration: () => 1000, dwell: 500, reducedMotion: () => false });
    p.seek(0);
    p.play();
    expect(p.tick(1000)).toEqual({ arrived: 1, ended: false });
    p.tick(500); // the dwell at Bergen
    p.tick(500);
    expect(p.position).toBeCloseTo(1.5);
    expect(p.stop).toBe(1);
    expect(p.tick(5000)).toEqual({ arrived: null, ended: true });
    expect(p.position).toBe(2);
    expect(p.stop).toBe(1);
    expect(p.stepBack()).toBe(1);
  });
});
