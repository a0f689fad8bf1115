// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GestureHandling, gestureHandling } from '../../src/leaflet/gesture-handling';
import { itineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { seed } from './fixtures';

/** A map with a view in a sized div (jsdom has no layout). */
function makeMap(): L.Map {
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { value: 800 });
  Object.defineProperty(div, 'clientHeight', { value: 600 });
  document.body.append(div);
  // No wheel zoom of Leaflet's own: jsdom cannot lay out the zoom it would schedule.
  return L.map(div, { center: [30, 118], zoom: 5, fadeAnimation: false, zoomAnimation: false, scrollWheelZoom: false });
}

/**
 * Turns the wheel over the map (not focused): true when it went to the page (it never
 * reached the map container's own listeners, where Leaflet's are, and the hint came up),
 * false when it went to the map.
 */
function wheelShowsHint(map: L.Map): boolean {
  const container = map.getContainer();
  let reachedMap = false;
  const listener = () => (reachedMap = true);
  container.addEventListener('wheel', listener);
  map.getPane('tilePane')!.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: 100 }));
  container.removeEventListener('wheel', listener);
  const hint = container.querySelector('.vm-gesture-hint--shown') !== null;
  expect(hint).toBe(!reachedMap);
  return hint;
}

describe('the layer’s gestureHandling option', () => {
  let map: L.Map;
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
    map = makeMap();
  });
  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('is off by default: the wheel over the map is the map’s', () => {
    itineraryLayer(seed()).addTo(map);
    expect(wheelShowsHint(map)).toBe(false);
    expect(map.getContainer().querySelector('.vm-gesture-hint')).toBeNull();
  });

  it('turns gesture handling on with the layer and off when the layer is removed', () => {
    const layer = itineraryLayer(seed(), { gestureHandling }).addTo(map);
    expect(wheelShowsHint(map)).toBe(true);
    layer.remove();
    expect(map.getContainer().querySelector('.vm-gesture-hint')).toBeNull();
    expect(wheelShowsHint(map)).toBe(false);
    // Added again, on again.
    layer.addTo(map);
    expect(wheelShowsHint(map)).toBe(true);
  });

  it('makes the handler with the options of the function given', () => {
    const made: GestureHandling[] = [];
    itineraryLayer(seed(), { gestureHandling: (m) => (made[made.length] = new GestureHandling(m, { wheelHint: 'Scroll with {key} held' })) }).addTo(map);
    expect(made).toHaveLength(1);
    // The layer enables what the function made, even unenabled.
    expect(made[0]!.enabled()).toBe(true);
    expect(wheelShowsHint(map)).toBe(true);
    expect(map.getContainer().querySelector('.vm-gesture-hint')!.textContent).toBe('Scroll with Ctrl held');
  });

  it('leaves on the gesture handling the page turned on itself, when removed', () => {
    const own = gestureHandling(map);
    const factory = vi.fn(gestureHandling);
    const layer = itineraryLayer(seed(), { gestureHandling: factory }).addTo(map);
    expect(factory).not.toHaveBeenCalled();
    expect(map.getContainer().querySelectorAll('.vm-gesture-hint')).toHaveLength(1);
    layer.remove();
    expect(own.enabled()).toBe(true);
    expect(wheelShowsHint(map)).toBe(true);
  });

  it('rejects a gestureHandling option that is not a function, naming what to pass', () => {
    expect(() => itineraryLayer(seed(), { gestureHandling: true as never })).toThrow(/options\.gestureHandling must be gestureHandling from 'visitmap\/leaflet'/);
    expect(() => itineraryLayer(seed(), { gestureHandling: null })).not.toThrow();
  });
});
