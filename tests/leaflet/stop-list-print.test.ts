// @vitest-environment jsdom
/**
 * The stop list on paper (issue 16): as the page goes to print, the list leaves the map
 * for just below it and the map is framed on the whole itinerary; afterwards both go back
 * as they were. jsdom has no layout and no matchMedia: the print media query is a stand-in
 * whose changes the tests fire, as a browser does when it lays a page out for paper.
 */
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stopListControl } from '../../src/leaflet/controls/stop-list-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { followPrint } from '../../src/leaflet/print';
import { jsdomMap } from './dom-fixtures';
import { seed } from './fixtures';

/** The `print` media query, switched by the test. */
class PrintQuery extends EventTarget {
  matches = false;
  readonly media = 'print';
  set(matches: boolean): void {
    this.matches = matches;
    this.dispatchEvent(Object.assign(new Event('change'), { matches }));
  }
}

let query: PrintQuery;
let map: L.Map;

beforeEach(() => {
  query = new PrintQuery();
  window.matchMedia = ((media: string) => (media === 'print' ? query : new PrintQuery())) as unknown as typeof window.matchMedia;
});

afterEach(() => {
  if (map?.getContainer().isConnected) map.remove();
  document.body.replaceChildren();
  delete (window as Partial<Window>).matchMedia;
});

/** A map zoomed into Hangzhou, far from most stops, with the seed's layer and its stop list. */
function setUp(options: { print?: boolean } = {}) {
  map = jsdomMap();
  const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
  const control = stopListControl(layer, options).addTo(map);
  map.setView([30.27, 120.15], 11, { animate: false });
  return { layer, control, root: control.getContainer()!, corner: control.getContainer()!.parentElement! };
}

const allStopsInView = () => seed().stops.every((s) => map.getBounds().contains(L.latLng(s.coordinates[1], s.coordinates[0])));

describe('the stop list on paper', () => {
  it('moves below the map on beforeprint, frames the whole itinerary, and goes back on afterprint', () => {
    const { root, corner } = setUp();
    const before = { center: map.getCenter(), zoom: map.getZoom() };
    expect(allStopsInView()).toBe(false);

    window.dispatchEvent(new Event('beforeprint'));
    expect(root.parentElement).toBe(map.getContainer().parentElement);
    expect(root.previousElementSibling).toBe(map.getContainer());
    expect(root.classList.contains('vm-stoplist-control--print')).toBe(true);
    expect(allStopsInView()).toBe(true);

    window.dispatchEvent(new Event('afterprint'));
    expect(root.parentElement).toBe(corner);
    expect(root.classList.contains('vm-stoplist-control--print')).toBe(false);
    expect(map.getZoom()).toBe(before.zoom);
    expect(map.getCenter().distanceTo(before.center)).toBeLessThan(1);
  });

  it('follows the print media query alone (no print events), and frames again once the page is laid out for paper', () => {
    const { root, corner } = setUp();
    window.dispatchEvent(new Event('beforeprint'));
    map.setView([30.27, 120.15], 11, { animate: false }); // as if the first frame was measured on the screen's layout
    query.set(true);
    expect(root.previousElementSibling).toBe(map.getContainer());
    expect(allStopsInView()).toBe(true);
    query.set(false);
    expect(root.parentElement).toBe(corner);
    // afterprint coming after the media query: nothing left to undo.
    window.dispatchEvent(new Event('afterprint'));
    expect(root.parentElement).toBe(corner);
  });

  it('goes back to the same place among the other controls of its corner', () => {
    map = jsdomMap();
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const first = L.control.scale({ position: 'topright' }).addTo(map);
    const list = stopListControl(layer).addTo(map);
    const last = L.control.scale({ position: 'topright' }).addTo(map);
    const order = () => [...list.getContainer()!.parentElement!.children];
    const onScreen = order();
    expect(onScreen).toEqual([first.getContainer(), list.getContainer(), last.getContainer()]);
    query.set(true);
    query.set(false);
    expect(order()).toEqual(onScreen);
  });

  it('stays unfolded on paper even though the map is resized while printing', () => {
    const { root } = setUp();
    query.set(true);
    map.fire('resize');
    expect(root.classList.contains('vm-stoplist-control--collapsed')).toBe(false);
  });

  it('frames the stops a stop filter (a day) shows, as the printed list does', () => {
    const { layer } = setUp();
    query.set(true);
    const whole = map.getZoom();
    query.set(false);
    layer.setStopFilter(['shanghai', 'yangshan', 'lingang']);
    query.set(true);
    expect(map.getZoom()).toBeGreaterThan(whole);
    for (const id of ['shanghai', 'yangshan', 'lingang']) {
      const [lon, lat] = seed().stops.find((s) => s.id === id)!.coordinates;
      expect(map.getBounds().contains(L.latLng(lat, lon))).toBe(true);
    }
    expect(map.getBounds().contains(L.latLng(22.3, 114.17))).toBe(false); // Hong Kong, filtered out
  });

  it('stays on the map with print: false', () => {
    const { root, corner } = setUp({ print: false });
    const zoom = map.getZoom();
    query.set(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.parentElement).toBe(corner);
    expect(map.getZoom()).toBe(zoom);
  });

  it('stops following print once removed from the map', () => {
    const { control, root } = setUp();
    control.remove();
    query.set(true);
    expect(root.isConnected).toBe(false);
  });
});

describe('followPrint', () => {
  it('calls print on each sign of paper and screen once, after print', () => {
    const calls: string[] = [];
    const stop = followPrint({ print: () => calls.push('print'), screen: () => calls.push('screen') });
    window.dispatchEvent(new Event('afterprint')); // not printing: nothing to undo
    window.dispatchEvent(new Event('beforeprint'));
    query.set(true);
    window.dispatchEvent(new Event('afterprint'));
    query.set(false);
    stop();
    window.dispatchEvent(new Event('beforeprint'));
    expect(calls).toEqual(['print', 'print', 'screen']);
  });
});
