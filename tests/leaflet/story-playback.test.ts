// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { TimelineControl } from '../../src/leaflet/controls/timeline-control';
import { jsdomMap } from './dom-fixtures';
import { seed } from './fixtures';

describe('TimelineControl playback loop', () => {
  let frames: Map<number, FrameRequestCallback>;
  let next = 1;
  let map: L.Map;
  const runFrame = (now: number) => {
    const pending = [...frames];
    frames.clear();
    for (const [, cb] of pending) cb(now);
  };

  beforeEach(() => {
    frames = new Map();
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (frames.set(next, cb), next++));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => void frames.delete(id));
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
    map = jsdomMap();
  });

  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('draws the route as it plays, highlights the stops reached, and asks for no frame after remove()', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer, { speed: 4 }).addTo(map);
    const routeLength = () => map.getContainer().querySelectorAll('path.vm-story-route[d]:not([d="M0 0"])').length;
    expect(timeline.getProgress()).toBe(6); // unplayed: the whole story shown
    timeline.play();
    expect(timeline.getProgress()).toBe(0);
    expect(frames.size).toBe(1);
    let now = 0;
    for (let i = 0; i < 40; i++) runFrame((now += 16));
    expect(timeline.getProgress()).toBeGreaterThan(0);
    expect(timeline.getProgress()).toBeLessThan(1);
    for (let i = 0; i < 200 && timeline.getProgress() < 2; i++) runFrame((now += 16));
    expect(layer.getCurrentIndex()).toBeGreaterThanOrEqual(1);
    expect(map.getContainer().querySelector('.vm-marker--current')).not.toBeNull();
    expect(routeLength()).toBeGreaterThan(0);
    const range = map.getContainer().querySelector<HTMLInputElement>('.vm-timeline__range')!;
    expect(range.getAttribute('aria-valuetext')).toMatch(/Dec 2023/);
    timeline.remove();
    expect(frames.size).toBe(0);
    const before = timeline.getProgress();
    runFrame((now += 16));
    expect(timeline.getProgress()).toBe(before);
    expect(map.getContainer().querySelector('.vm-timeline')).toBeNull();
    expect(map.getContainer().classList.contains('vm-story')).toBe(false);
  });

  it('plays to the end and stops asking for frames', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer, { speed: 50 }).addTo(map);
    const causes: string[] = [];
    timeline.on('change', (e) => causes.push(e.cause));
    timeline.play();
    let now = 0;
    for (let i = 0; i < 2000 && frames.size; i++) runFrame((now += 16));
    expect(frames.size).toBe(0);
    expect(timeline.isPlaying()).toBe(false);
    expect(timeline.getProgress()).toBe(6);
    expect(causes[0]).toBe('play');
    expect(causes.at(-1)).toBe('end');
    expect(causes.filter((c) => c === 'stop').length).toBe(5);
  });

  it('plays only the day picked: from its first stop, ending at its last (the story does not run on past the filter)', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer, { speed: 50 }).addTo(map);
    const causes: string[] = [];
    const reached: number[] = [];
    timeline.on('change', (e) => {
      causes.push(e.cause);
      if (e.cause === 'stop' || e.cause === 'end') reached.push(e.stop.index);
    });
    layer.setStopFilter(['hangzhou', 'shanghai', 'yangshan', 'lingang']); // stops 1 to 4: a day
    timeline.play();
    expect(timeline.getProgress()).toBe(1);
    let now = 0;
    for (let i = 0; i < 2000 && frames.size; i++) runFrame((now += 16));
    expect(frames.size).toBe(0);
    expect(timeline.isPlaying()).toBe(false);
    expect(timeline.getProgress()).toBe(4);
    expect(causes.at(-1)).toBe('end');
    expect(Math.max(...reached)).toBe(4);
    // Played again at the day's end: from its first stop again.
    timeline.play();
    expect(timeline.getProgress()).toBe(1);
    timeline.pause();
    // All days again: the whole story plays to its end.
    layer.setStopFilter(null);
    timeline.play();
    for (let i = 0; i < 4000 && frames.size; i++) runFrame((now += 16));
    expect(timeline.getProgress()).toBe(6);
  });

  it('says the traveller is at a stop until its departure, and travelling only after it', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    const text = () => map.getContainer().querySelector('.vm-timeline__range')!.getAttribute('aria-valuetext');
    // Hangzhou, 10–11 Dec: the evening of the 10th is still at Hangzhou, the 11th's early hours are the way to Shanghai.
    timeline.seekTime('2023-12-10T12:00:00Z'); // 20:00 in Hangzhou
    expect(text()).toMatch(/stop 2 of 7, Hangzhou/);
    expect(text()).not.toMatch(/travelling/i);
    timeline.seekTime('2023-12-10T17:00:00Z'); // 01:00 on the 11th
    expect(text()).toMatch(/travelling/i);
  });

  it('is driven by the keyboard: Space plays and pauses, arrows on the slider go from stop to stop', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    const range = map.getContainer().querySelector<HTMLInputElement>('.vm-timeline__range')!;
    const key = (k: string) => range.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('Home');
    expect(timeline.getProgress()).toBe(0);
    expect(layer.getCurrentIndex()).toBe(0);
    key('ArrowRight');
    key('ArrowRight');
    expect(timeline.getProgress()).toBe(2);
    expect(layer.getCurrentIndex()).toBe(2);
    expect(range.getAttribute('aria-valuetext')).toBe('11 Dec 2023 (inferred): stop 3 of 7, Shanghai');
    key('ArrowLeft');
    expect(timeline.getProgress()).toBe(1);
    key(' ');
    expect(timeline.isPlaying()).toBe(true);
    key(' ');
    expect(timeline.isPlaying()).toBe(false);
    key('End');
    expect(layer.getCurrentIndex()).toBe(6);
  });

  it('is added to a map made without a view, as the README’s Quick start makes it, and draws the route once the layer fits it', () => {
    const div = document.createElement('div');
    Object.defineProperty(div, 'clientWidth', { value: 800 });
    Object.defineProperty(div, 'clientHeight', { value: 600 });
    document.body.append(div);
    const bare = L.map(div, { fadeAnimation: false, zoomAnimation: false });
    try {
      const layer = new ItineraryLayer(seed(), { animate: false }).addTo(bare);
      // Threw "Cannot read properties of undefined (reading '_zoom')": the route's lines had no renderer yet.
      const timeline = new TimelineControl(layer).addTo(bare);
      timeline.seekStop(2);
      layer.fitItinerary();
      timeline.seekStop(3);
      expect(div.querySelectorAll('path.vm-story-route[d]:not([d="M0 0"])').length).toBeGreaterThan(0);
    } finally {
      bare.remove();
    }
  });

  it('follows a stop opened elsewhere (a marker, the list)', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    layer.openStop('lingang');
    expect(timeline.getProgress()).toBe(4);
  });
});
