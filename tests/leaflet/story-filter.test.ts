// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { stopListControl } from '../../src/leaflet/controls/stop-list-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { seed } from './fixtures';

/** A map in jsdom, which has no layout: give it a size so projections work. */
function makeMap(): L.Map {
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { value: 800 });
  Object.defineProperty(div, 'clientHeight', { value: 600 });
  document.body.append(div);
  return L.map(div, { center: [30, 118], zoom: 5, fadeAnimation: false, zoomAnimation: false });
}

// The drawn legs, not the transparent lines over them that take their clicks.
const legCount = (layer: ItineraryLayer) => layer.getLayers().filter((l) => l instanceof L.Polyline && /(^| )vm-leg( |$)/.test(l.options.className ?? '')).length;
const markerNumbers = (map: L.Map) =>
  [...map.getContainer().querySelectorAll('.vm-marker:not(.vm-arrow) .vm-marker__label')].map((e) => e.textContent).sort();

describe('ItineraryLayer stop filter and current marker', () => {
  let map: L.Map;
  afterEach(() => {
    map?.remove();
    document.body.replaceChildren();
  });

  it('shows only the filtered stops, the legs between them and their list entries, and shows all again on null', () => {
    map = makeMap();
    const layer = new ItineraryLayer(seed(), { arrows: false, clusterRadius: 0 }).addTo(map);
    stopListControl(layer).addTo(map);
    expect(legCount(layer)).toBe(6);
    const events: (number[] | null)[] = [];
    layer.on('stopfilter', (e) => events.push(e.stops));
    layer.setStopFilter(['hangzhou', 'shanghai', 'yangshan', 'lingang']);
    expect(legCount(layer)).toBe(3);
    expect(markerNumbers(map)).toEqual(['2', '3 · 6', '4', '5']);
    const hidden = [...map.getContainer().querySelectorAll<HTMLElement>('.vm-stoplist__item')].map((li) => li.hidden);
    expect(hidden).toEqual([true, false, false, false, false, true, true]);
    layer.setStopFilter(null);
    expect(legCount(layer)).toBe(6);
    expect(map.getContainer().querySelectorAll('.vm-stoplist__item[hidden]').length).toBe(0);
    expect(events).toEqual([[1, 2, 3, 4], null]);
  });

  it('steps with next() and previous() only through the stops the filter shows, wrapping', () => {
    map = makeMap();
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    layer.setStopFilter(['hangzhou', 'lingang']);
    const ids: string[] = [];
    layer.on('stopfocus', (e) => ids.push(e.stop.id));
    layer.next().next().next().previous();
    expect(ids).toEqual(['hangzhou', 'lingang', 'hangzhou', 'lingang']);
  });

  it('names an unknown stop id in the filter', () => {
    map = makeMap();
    const layer = new ItineraryLayer(seed()).addTo(map);
    expect(() => layer.setStopFilter(['atlantis'])).toThrow(/atlantis/);
  });

  it('marks the current stop’s marker, and only it, with vm-marker--current', () => {
    map = makeMap();
    const layer = new ItineraryLayer(seed(), { arrows: false, clusterRadius: 0, animate: false }).addTo(map);
    layer.openStop('yangshan');
    const current = [...map.getContainer().querySelectorAll('.vm-marker--current .vm-marker__label')].map((e) => e.textContent);
    expect(current).toEqual(['4']);
    layer.openStop('hangzhou');
    expect([...map.getContainer().querySelectorAll('.vm-marker--current .vm-marker__label')].map((e) => e.textContent)).toEqual(['2']);
  });
});
