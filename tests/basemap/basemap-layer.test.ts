// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as L from 'leaflet';
import countries110m from 'world-atlas/countries-110m.json';
import land110m from 'world-atlas/land-110m.json';
import { BasemapLayer, LabelLayer, basemapGeometry, basemapLayer } from '../../src/basemap/index';

// jsdom has no 2D canvas: a context that accepts every call is enough for Leaflet to "draw".
const fakeContext = new Proxy({}, { get: (_t, key) => (key === 'canvas' ? undefined : () => undefined), set: () => true });

let map: L.Map;
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => fakeContext as never);
  document.body.innerHTML = '<div id="map" style="width:400px;height:300px"></div>';
  map = L.map('map').setView([30, 120], 5);
});
afterEach(() => {
  map.remove();
  vi.restoreAllMocks();
});

describe('basemapGeometry', () => {
  it('derives coastlines and internal borders from a world-atlas countries topology', () => {
    const g = basemapGeometry(countries110m);
    expect(g.coastline.type).toBe('MultiLineString');
    expect(g.coastline.coordinates.length).toBeGreaterThan(50);
    expect(g.borders?.coordinates.length).toBeGreaterThan(50);
  });

  it('has no borders for a land-only topology', () => {
    expect(basemapGeometry(land110m).borders).toBeNull();
  });

  it('rejects something that is not a topology, saying what it expected', () => {
    expect(() => basemapGeometry({ type: 'FeatureCollection', features: [] })).toThrow(/"type": "Topology"/);
    expect(() => basemapGeometry({ type: 'Topology', objects: {}, arcs: [] })).toThrow(/no "land" object/);
  });
});

describe('BasemapLayer', () => {
  it('rejects a source that is neither a URL nor an object, naming its position', () => {
    expect(() => basemapLayer(['ok.json', 42 as never])).toThrow(/source 1 must be a URL or a TopoJSON topology/);
    expect(() => basemapLayer([])).toThrow(/at least one source/);
  });

  it('credits Natural Earth in the attribution control', () => {
    basemapLayer(land110m).addTo(map);
    expect(map.attributionControl.getContainer()!.textContent).toContain('Natural Earth');
  });

  it('keeps each default where an option is given as undefined, as the layer and its controls do, and so still credits its sources', async () => {
    // { ...DEFAULTS, ...options } let an undefined option replace its default: no credit to Natural Earth or GeoNames,
    // and a canvas asked for in pane `undefined`.
    const given = { coastWeight: undefined, borderWeight: undefined, borderDashArray: undefined, attribution: undefined, pane: undefined, labels: undefined };
    const layer = new BasemapLayer(land110m, given);
    expect(layer.options).toMatchObject({ coastWeight: 0.8, borderWeight: 0.9, borderDashArray: '4 3', attribution: 'Natural Earth', pane: 'tilePane', labels: null });
    layer.addTo(map);
    await layer.whenReady();
    expect(map.attributionControl.getContainer()!.textContent).toContain('Natural Earth');
    expect(map.getPane('tilePane')!.querySelectorAll('canvas')).toHaveLength(1);
    const names = new LabelLayer({ type: 'VisitmapLabels', labels: [] }, { avoid: undefined, pane: undefined, attribution: undefined });
    expect(names.options).toMatchObject({ avoid: '.leaflet-marker-icon, .leaflet-control', pane: 'visitmapLabels', attribution: 'GeoNames (CC BY 4.0)' });
    names.addTo(map);
    expect(map.attributionControl.getContainer()!.textContent).toContain('GeoNames');
  });

  it('draws land, borders and coastlines on one canvas, none of them interactive', async () => {
    const layer = new BasemapLayer(countries110m).addTo(map);
    await layer.whenReady();
    const parts = layer.getLayers() as L.GeoJSON[];
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      part.eachLayer((path) => expect((path as L.Path).options.interactive).toBe(false));
    }
    expect(map.getContainer().querySelectorAll('canvas')).toHaveLength(1);
  });

  it('gives its shapes as opaque land without an outline, and opaque borders and coastlines without a fill', async () => {
    const layer = new BasemapLayer(countries110m, { borderDashArray: null }).addTo(map);
    await layer.whenReady();
    const [land, borders, coast] = (layer.getLayers() as L.GeoJSON[]).map((g) => (g.getLayers()[0] as L.Path).options);
    expect(land).toMatchObject({ stroke: false, fill: true, fillColor: '#f3f0e8', fillOpacity: 1 });
    expect(borders).toMatchObject({ stroke: true, color: '#a99aa8', weight: 0.9, opacity: 1, fill: false });
    expect(coast).toMatchObject({ stroke: true, color: '#8eaabb', weight: 0.8, opacity: 1, fill: false });
  });

  it("draws the dark theme's colours, with a colour given as an option in its place, and gives its theme to the names", async () => {
    const layer = new BasemapLayer(countries110m, { theme: 'dark', coastColor: 'red', labels: { type: 'VisitmapLabels', labels: [] } }).addTo(map);
    expect(map.getContainer().style.backgroundColor).toBe('rgb(21, 32, 42)');
    await layer.whenReady();
    const [land, borders, coast] = (layer.getLayers() as L.GeoJSON[]).map((g) => (g.getLayers()[0] as L.Path).options);
    expect([land!.fillColor, borders!.color, coast!.color]).toEqual(['#2a2926', '#6a5b69', 'red']);
    expect(layer.labels!.options.theme).toBe('dark');
    expect(new BasemapLayer(countries110m, { theme: 'dark', labels: { type: 'VisitmapLabels', labels: [] }, labelOptions: { theme: 'light' } }).labels!.options.theme).toBe('light');
  });

  it("follows the reader's colour scheme with the 'auto' theme while on the map, and stops when removed", async () => {
    let dark = true;
    const listeners = new Set<() => void>();
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === '(prefers-color-scheme: dark)' && dark;
      },
      addEventListener: (_type: string, fn: () => void) => listeners.add(fn),
      removeEventListener: (_type: string, fn: () => void) => listeners.delete(fn),
    }));
    const layer = new BasemapLayer(countries110m, { theme: 'auto' }).addTo(map);
    await layer.whenReady();
    const landColour = () => ((layer.getLayers()[0] as L.GeoJSON).getLayers()[0] as L.Path).options.fillColor;
    expect(map.getContainer().style.backgroundColor).toBe('rgb(21, 32, 42)');
    expect(landColour()).toBe('#2a2926');
    dark = false;
    listeners.forEach((fn) => fn());
    expect(map.getContainer().style.backgroundColor).toBe('rgb(205, 223, 232)');
    expect(landColour()).toBe('#f3f0e8');
    expect(listeners.size).toBe(1);
    map.removeLayer(layer);
    expect(listeners.size).toBe(0);
    vi.unstubAllGlobals();
  });

  it('makes its canvas in a task after it is added, not in the task that makes the map', async () => {
    const layer = basemapLayer(land110m).addTo(map);
    const canvases = () => map.getContainer().querySelectorAll('canvas').length;
    await Promise.resolve(); // a microtask is still the same task
    expect(canvases()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(canvases()).toBe(1);
    await layer.whenReady();
    expect(layer.getLayers()).toHaveLength(2);
  });

  it('makes its canvas at once when the map moves before that task, and follows the move', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (fetched.push(url), new Response(JSON.stringify(land110m)))));
    const layer = basemapLayer([{ source: 'east-asia.json', bounds: [[0, 90], [50, 150]] }]);
    map.setView([48.8, 2.3], 5); // Paris: the part is not needed
    layer.addTo(map);
    expect(map.getContainer().querySelectorAll('canvas')).toHaveLength(0);
    map.setView([30, 120], 5);
    expect(map.getContainer().querySelectorAll('canvas')).toHaveLength(1);
    await layer.whenReady();
    expect(fetched).toEqual(['east-asia.json']);
    vi.unstubAllGlobals();
  });

  it('paints the sea as the map background while on the map and restores it when removed', async () => {
    map.getContainer().style.backgroundColor = 'rgb(1, 2, 3)';
    const layer = basemapLayer(land110m, { seaColor: 'rgb(10, 20, 30)' }).addTo(map);
    expect(map.getContainer().style.backgroundColor).toBe('rgb(10, 20, 30)');
    await layer.whenReady();
    map.removeLayer(layer);
    expect(map.getContainer().style.backgroundColor).toBe('rgb(1, 2, 3)');
  });

  it('leaves no canvas and no attribution behind when removed', async () => {
    const layer = basemapLayer(land110m).addTo(map);
    await layer.whenReady();
    map.removeLayer(layer);
    expect(map.getContainer().querySelectorAll('canvas')).toHaveLength(0);
    expect(map.attributionControl.getContainer()!.textContent).not.toContain('Natural Earth');
    let count = 0;
    map.eachLayer(() => void count++);
    expect(count).toBe(0);
  });

  it('fetches a URL only when first added to a map, and only once', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(land110m)));
    vi.stubGlobal('fetch', fetchMock);
    const layer = basemapLayer('basemap/land.json');
    expect(fetchMock).not.toHaveBeenCalled();
    layer.addTo(map);
    await layer.whenReady();
    map.removeLayer(layer);
    layer.addTo(map);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(layer.getLayers()).toHaveLength(2);
    vi.unstubAllGlobals();
  });

  it('fires error naming the URL when the data cannot be fetched', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
    const layer = basemapLayer('basemap/missing.json');
    const errors: string[] = [];
    layer.on('error', (e) => errors.push((e as unknown as { error: Error }).error.message));
    layer.addTo(map);
    await layer.whenReady();
    expect(errors).toEqual(['basemap: basemap/missing.json answered HTTP 404']);
    vi.unstubAllGlobals();
  });

  it('fetches the detailed region only once the view is zoomed into it, and swaps it for the coarse one', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (fetched.push(url), new Response(JSON.stringify(land110m)))));
    const region: [[number, number], [number, number]] = [[0, 90], [50, 150]];
    const layer = basemapLayer([
      { source: 'coarse.json', maxZoom: 5, bounds: region },
      { source: 'fine.json', minZoom: 6, bounds: region },
    ]);
    map.setView([48.8, 2.3], 7); // Paris: neither part is needed
    layer.addTo(map);
    await layer.whenReady();
    expect(fetched).toEqual([]);
    map.setView([30, 120], 5);
    await layer.whenReady();
    expect(fetched).toEqual(['coarse.json']);
    const coarseLayers = layer.getLayers();
    map.setView([30, 120], 7);
    await layer.whenReady();
    expect(fetched).toEqual(['coarse.json', 'fine.json']);
    // The coarse shapes are gone, the fine ones drawn: land and coastline of one part.
    expect(layer.getLayers()).toHaveLength(2);
    for (const l of coarseLayers) expect(layer.hasLayer(l)).toBe(false);
    // Let Leaflet's pending canvas redraw run before the map goes away.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    vi.unstubAllGlobals();
  });

  it('draws the land again in the world copy a view over the antimeridian shows, and drops it when it leaves', async () => {
    document.body.innerHTML = '<div id="wide" style="width:1000px;height:400px"></div>';
    const wide = L.map('wide');
    // jsdom lays nothing out: give Leaflet the size a browser would.
    vi.spyOn(wide, 'getSize').mockImplementation(() => L.point(1000, 400));
    wide.setView([0, 180], 2);
    const layer = basemapLayer(land110m).addTo(wide);
    await layer.whenReady();
    const eastOf = (l: L.Layer) => (l as L.GeoJSON).getBounds().getEast();
    // Two copies of land and coastline: the main world and the one east of 180.
    expect(layer.getLayers()).toHaveLength(4);
    expect(layer.getLayers().map(eastOf).sort((a, b) => a - b)).toEqual([180, 180, 540, 540]);
    wide.setView([0, 0], 2, { animate: false });
    await layer.whenReady();
    expect(layer.getLayers().map(eastOf)).toEqual([180, 180]);
    // Let Leaflet's pending canvas redraw run before the map goes away.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    wide.removeLayer(layer);
    wide.remove();
  });

  it('draws each part as soon as it arrives, without waiting for the slower ones', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url === 'slow.json') await slow;
        return new Response(JSON.stringify(land110m));
      }),
    );
    const layer = basemapLayer(['fast.json', 'slow.json']);
    const drawn: unknown[] = [];
    layer.on('partload', (e) => drawn.push((e as unknown as { source: unknown }).source));
    layer.addTo(map);
    await vi.waitFor(() => expect(drawn).toEqual(['fast.json']));
    expect(layer.getLayers()).toHaveLength(2);
    release();
    await layer.whenReady();
    expect(drawn).toEqual(['fast.json', 'slow.json']);
    expect(layer.getLayers()).toHaveLength(4);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    vi.unstubAllGlobals();
  });
});
