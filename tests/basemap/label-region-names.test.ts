// @vitest-environment jsdom
/**
 * Country names come from `Intl.DisplayNames` in the map's language (issue 18, "No long tasks"):
 * a first one loads its locale data, some 80 ms in Chromium, so the label layer makes one only
 * when a country name needs it, and keeps it for the next draws in the same language.
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

// A country (named by its region code in languages other than English) and a city.
const labels = { type: 'VisitmapLabels', labels: [['c', 104, 35, 0, 'China', 'CN'], ['p', 120.15, 30.27, 0, 'Hangzhou']] };
let map: L.Map;
let made: string[];

beforeEach(() => {
  written = [];
  made = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => fakeContext as never);
  vi.stubGlobal('matchMedia', (media: string) => ({ matches: false, media }));
  const Real = Intl.DisplayNames;
  vi.spyOn(Intl, 'DisplayNames').mockImplementation(function (locales: Intl.LocalesArgument, options: Intl.DisplayNamesOptions) {
    made.push(String(locales));
    return new Real(locales, options);
  } as unknown as typeof Intl.DisplayNames);
  document.body.innerHTML = '<div id="map"></div>';
  map = L.map('map', { fadeAnimation: false, zoomAnimation: false });
  vi.spyOn(map, 'getSize').mockImplementation(() => L.point(800, 500));
  map.setView([30, 110], 3);
});
afterEach(() => {
  map.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Resolves after the layer's next drawing. */
const drawn = (layer: LabelLayer) => new Promise<void>((resolve) => layer.once('load', () => resolve()));

/** A label layer in `language`, once it has drawn twice: when added, and after a move. */
async function drawnTwice(language: string): Promise<LabelLayer> {
  const layer = new LabelLayer({ source: labels }, { language });
  const first = drawn(layer);
  layer.addTo(map);
  await first;
  const again = drawn(layer);
  map.setView([30, 112], 3, { animate: false });
  await again;
  return layer;
}

describe('LabelLayer country names', () => {
  it('never loads country names for an English map: they are in the label data', async () => {
    await drawnTwice('en');
    expect(written.filter((t) => t === 'China')).toHaveLength(2);
    expect(made).toEqual([]);
  });

  it('loads them once per language, when a country is first named, and again for a new language', async () => {
    const layer = await drawnTwice('fr');
    expect(written.filter((t) => t === 'Chine')).toHaveLength(2);
    expect(made).toEqual(['fr']);
    written = [];
    const italian = drawn(layer);
    layer.setLanguage('it');
    await italian;
    expect(written).toContain('Cina');
    expect(made).toEqual(['fr', 'it']);
  });
});
