// @vitest-environment jsdom
/**
 * Place names on paper (issue 16): a printed page has no next animation frame, so while the
 * page is laid out for print the label layer draws at once when the map moves or is resized
 * (the stop list frames the whole route for paper), instead of on a frame that never comes.
 */
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabelLayer } from '../../src/basemap/index';

// jsdom has no 2D canvas: a context that records the names written is enough.
let written: string[];
const fakeContext = new Proxy(
  {},
  {
    get: (_t, key) =>
      key === 'canvas' ? undefined : key === 'measureText' ? (text: string) => ({ width: text.length * 7 }) : key === 'fillText' ? (text: string) => written.push(text) : () => undefined,
    set: () => true,
  },
);

const labels = { type: 'VisitmapLabels', labels: [['p', 120.15, 30.27, 0, 'Hangzhou'], ['p', 114.17, 22.32, 0, 'Hong Kong']] };
let printing: boolean;
let map: L.Map;

beforeEach(() => {
  written = [];
  printing = false;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => fakeContext as never);
  vi.stubGlobal('matchMedia', (media: string) => ({ matches: media === 'print' && printing, media }));
  document.body.innerHTML = '<div id="map"></div>';
  map = L.map('map', { fadeAnimation: false, zoomAnimation: false });
  vi.spyOn(map, 'getSize').mockImplementation(() => L.point(800, 500));
  map.setView([26, 117], 5);
});
afterEach(() => {
  map.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Waits for the label layer's first drawing (its data is in memory: it loads on the first frame). */
async function added(): Promise<LabelLayer> {
  const layer = new LabelLayer({ source: labels }).addTo(map);
  await new Promise<void>((resolve) => layer.once('load', () => resolve()));
  written = [];
  return layer;
}

describe('LabelLayer on paper', () => {
  it('redraws on the next frame on screen, not at once', async () => {
    await added();
    map.setView([30, 120], 6, { animate: false });
    expect(written).toEqual([]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(written).toContain('Hangzhou');
  });

  it('redraws at once when the map moves while the page is laid out for print', async () => {
    const layer = await added();
    printing = true;
    map.setView([30, 120], 6, { animate: false });
    expect(written).toContain('Hangzhou');
    expect(layer.drawnLabels().map((l) => l.text)).toContain('Hangzhou');
  });
});
