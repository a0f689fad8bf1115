// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { canvasLargeMode } from '../../src/leaflet/layer/large-mode';
import { blankContext, jsdomMap } from './dom-fixtures';

/** An itinerary of `n` stops along the equator. */
function many(n: number) {
  return { id: 'big', title: 'Big', stops: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `S${i}`, coordinates: [(i % 300) - 150, (i % 7) - 3] })) };
}

/** What the map holds: its layers, the canvases in its container and the listeners on each of its events. */
function held(map: L.Map) {
  const events = (map as unknown as { _events: Record<string, unknown[]> })._events;
  return {
    layers: Object.keys((map as unknown as { _layers: object })._layers).length,
    canvases: map.getContainer().querySelectorAll('canvas').length,
    // Leaflet keeps an event's list once it had a listener, empty when the last goes.
    listeners: Object.fromEntries(Object.entries(events).flatMap(([type, list]) => (list.length ? [[type, list.length]] : []))),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('canvasLargeMode on add and remove', () => {
  it('leaves the map holding what it held before, however often a large layer is added and removed', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => blankContext() as never);
    const map = jsdomMap();
    const before = held(map);
    for (let i = 0; i < 3; i++) {
      const layer = itineraryLayer(many(30), { largeThreshold: 10, largeMode: canvasLargeMode, legPopup: () => document.createElement('div') });
      await layer.whenPlaced();
      layer.addTo(map);
      expect(map.getContainer().querySelectorAll('canvas').length).toBe(before.canvases + 1);
      if (i % 2) layer.remove();
      else map.removeLayer(layer);
      expect(held(map)).toEqual(before);
    }
    // A filter draws the layer anew: the canvas it drew on before goes with what it drew.
    const layer = itineraryLayer(many(30), { largeThreshold: 10, largeMode: canvasLargeMode });
    await layer.whenPlaced();
    layer.addTo(map);
    const drawn = held(map);
    layer.setStopFilter(['s1', 's2', 's3']);
    layer.setStopFilter(null);
    expect(held(map)).toEqual(drawn);
    layer.remove();
    expect(held(map)).toEqual(before);
    map.remove();
  });
});

describe('canvasLargeMode and a map removed', () => {
  it('draws nothing on the canvas of a map removed while the rest of its first draw waits for the next frame', async () => {
    // The stops' first draw leaves what is past its budget for the next frame: a map removed meanwhile was drawn on after.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const drawn: string[] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      const draw = (k: string) => () => drawn.push(`${k}${this.isConnected ? '' : ' on a canvas out of the page'}`);
      return new Proxy(blankContext(), { get: (t, k) => (k === 'drawImage' || k === 'clearRect' ? draw(k) : t[k as keyof CanvasRenderingContext2D]) }) as never;
    });
    const map = jsdomMap();
    const layer = itineraryLayer(many(5000), { largeThreshold: 10, largeMode: canvasLargeMode });
    await layer.whenPlaced();
    layer.addTo(map);
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0)); // the first draw (in Leaflet's frame) left the rest for the next
    map.remove();
    drawn.length = 0;
    frames.splice(0).forEach((f) => f(0));
    expect(drawn).toEqual([]);
    vi.unstubAllGlobals();
  });
});
