// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legendControl } from '../../src/leaflet/controls/legend-control';
import { stopListControl } from '../../src/leaflet/controls/stop-list-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { jsdomMap } from './dom-fixtures';
import { seed } from './fixtures';

// The README's "Two trips on one map": an outside tester (T12 §10) found two layers whose markers and
// popups did not name their trip. The layer's own words do, when the page gives each layer its words.
describe('two trips on one map, as the README tells a page to tell them apart', () => {
  let map: L.Map;
  beforeEach(() => {
    Element.prototype.scrollIntoView = () => {};
    map = jsdomMap();
  });
  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });

  const words = (trip: string) => ({ stopOfTotal: `Trip ${trip}, stop {n} of {total}`, stopsGroup: `Trip ${trip}, stops {list}`, legend: `Legend, trip ${trip}` });

  it('names each trip in its markers, popups, stop list and legend', () => {
    const a = new ItineraryLayer(seed(), { animate: false, strings: words('A') }).addTo(map);
    const b = new ItineraryLayer({ ...seed(), id: 'b', title: 'Trip B' }, { animate: false, strings: words('B'), legStyles: { flight: { color: '#0369a1' } } }).addTo(map);
    legendControl(a).addTo(map);
    legendControl(b, { position: 'bottomleft' }).addTo(map);
    stopListControl(b).addTo(map);
    const labels = [...map.getContainer().querySelectorAll('.leaflet-marker-icon.vm-marker')].map((m) => m.getAttribute('aria-label') ?? '');
    expect(labels.slice(3)).toEqual([
      'Trip B, stops 1 · 7: Trip B, stop 1 of 7: Hong Kong, 10 Dec 2023; Trip B, stop 7 of 7: Hong Kong, 14 Dec 2023',
      expect.stringMatching(/^Trip B, stop 2 of 7: Hangzhou, 10\s–\s11 Dec 2023$/), // thin spaces round the dash
      'Trip B, stops 3–6: Shanghai, 11 Dec 2023, Yangshan Automated Terminal, 11 Dec 2023, Lingang New Area, 11 Dec 2023; press Enter to show them',
    ]);
    expect(labels.slice(0, 3).every((l) => l.startsWith('Trip A, '))).toBe(true);
    b.openStop('hangzhou');
    expect(map.getContainer().querySelector('.leaflet-popup .vm-popup__number')?.textContent).toBe('Trip B, stop 2 of 7');
    expect([...map.getContainer().querySelectorAll('.vm-legend')].map((l) => l.getAttribute('aria-label')).sort()).toEqual(['Legend, trip A', 'Legend, trip B']);
    expect(map.getContainer().querySelector('.vm-stoplist__stop')?.textContent).toMatch(/^Trip B, stop 1 of 7: Hong Kong/);
  });

  it('gives each layer one legend in the script-tag build too, where the layer adds its own: the page\'s takes its place', () => {
    // The script-tag build gives the layer its legend factory (the deprecated `legend` option, on by default): the
    // README's recipe drew four legends there, each layer's own beside the page's, where ES modules draw two.
    const umd = { legendControl, stopListControl, animate: false };
    const a = new ItineraryLayer(seed(), { ...umd, strings: words('A') }).addTo(map);
    const b = new ItineraryLayer({ ...seed(), id: 'b', title: 'Trip B' }, { ...umd, stopList: true, strings: words('B') }).addTo(map);
    const legends = () => [...map.getContainer().querySelectorAll('.vm-legend')].map((l) => l.getAttribute('aria-label')).sort();
    expect(legends()).toEqual(['Legend, trip A', 'Legend, trip B']); // each layer's own, as the script-tag build's docs say
    legendControl(a).addTo(map);
    legendControl(b, { position: 'bottomleft' }).addTo(map);
    stopListControl(a).addTo(map);
    stopListControl(b).addTo(map);
    expect(legends()).toEqual(['Legend, trip A', 'Legend, trip B']);
    expect(map.getContainer().querySelectorAll('.vm-stoplist')).toHaveLength(2);
    expect(map.getContainer().querySelector('.leaflet-bottom.leaflet-left .vm-legend')?.getAttribute('aria-label')).toBe('Legend, trip B');
    // Taken off the map and back, the layer adds its own again, and the page's takes its place again.
    map.removeLayer(b);
    map.addLayer(b);
    expect(legends()).toEqual(['Legend, trip A', 'Legend, trip B']);
    expect(map.getContainer().querySelectorAll('.vm-stoplist')).toHaveLength(2);
  });

  it('gives each layer its own class on its markers and controls, so a page can colour each trip\'s badges', () => {
    // T13: the badges took one colour, --vm-accent on the map's container, with no hook per layer: trip B's could not
    // be told from trip A's by colour.
    const style = document.createElement('style');
    style.textContent = '.trip-b { --vm-accent: #0369a1 }';
    document.head.append(style);
    const a = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const b = new ItineraryLayer({ ...seed(), id: 'b', title: 'Trip B' }, { animate: false, className: 'trip-b' }).addTo(map);
    legendControl(b).addTo(map);
    stopListControl(b).addTo(map);
    stopListControl(a).addTo(map);
    const accent = (e: Element) => getComputedStyle(e).getPropertyValue('--vm-accent').trim();
    const markers = [...map.getContainer().querySelectorAll('.leaflet-marker-icon.vm-marker')];
    expect(markers.map(accent)).toEqual(['', '', '', '#0369a1', '#0369a1', '#0369a1']);
    const controls = (selector: string) => [...map.getContainer().querySelectorAll(selector)].map((c) => accent(c.closest('.leaflet-control')!)).sort();
    expect(controls('.vm-legend')).toEqual(['#0369a1']);
    expect(controls('.vm-stoplist')).toEqual(['', '#0369a1']);
    expect(b.settings.className).toBe('trip-b');
    style.remove();
  });
});
