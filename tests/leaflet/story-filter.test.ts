// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { stopListControl } from '../../src/leaflet/controls/stop-list-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { buildLegPopupContent } from '../../src/leaflet/layer/popup-content';
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
    // Shanghai's second visit (stop 6) is not among those shown: its marker reads 3 alone.
    expect(markerNumbers(map)).toEqual(['2', '3', '4', '5']);
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

  it('shows in a day view only that day’s visits of a place visited twice, in its badge, its name and what a click opens', () => {
    // An outside tester's report: on 14 Dec the markers read "1 · 7" and "3 · 6", and named the
    // 10 and 11 Dec visits to screen readers; on 11 Dec the group read "3–6", stop 6 being 12–14 Dec.
    map = makeMap();
    const layer = new ItineraryLayer(seed(), { arrows: false, clusterRadius: 0, animate: false }).addTo(map);
    const named = () =>
      [...map.getContainer().querySelectorAll<HTMLElement>('.vm-marker:not(.vm-arrow)')].map((m) => [m.querySelector('.vm-marker__label')!.textContent, m.getAttribute('aria-label')]).sort();
    layer.setStopFilter(['shanghai-again', 'hong-kong-return'], { day: '2023-12-14' });
    expect(named()).toEqual([
      ['6', expect.stringMatching(/^Stop 6 of 7: Shanghai, 12\s–\s14 Dec 2023$/)],
      ['7', 'Stop 7 of 7: Hong Kong, 14 Dec 2023'],
    ]);
    // Hong Kong's marker, clicked, opens the day's visit (stop 7), not the first (stop 1, 10 Dec).
    const opened: string[] = [];
    layer.on('stopclick', (e) => opened.push(e.stop.id));
    layer._activatePlace(layer._placeOfStop[0]!, false);
    expect(opened).toEqual(['hong-kong-return']);
    // Grouped: the group's badge and name list the day's visits only.
    layer.remove();
    const grouped = new ItineraryLayer(seed(), { arrows: false, clusterRadius: 400, animate: false }).addTo(map);
    grouped.setStopFilter(['hangzhou', 'shanghai', 'yangshan', 'lingang'], { day: '2023-12-11' });
    const group = [...map.getContainer().querySelectorAll<HTMLElement>('.vm-marker--cluster')];
    expect(group.map((m) => m.querySelector('.vm-marker__label')!.textContent)).toEqual(['2–5']);
    expect(group[0]!.getAttribute('aria-label')).toMatch(/^Stops 2–5: /);
    expect(group[0]!.getAttribute('aria-label')).not.toMatch(/12\s–\s14 Dec/);
  });

  it('closes a leg’s popup when a filter hides an end of the leg, and keeps it when both ends stay', () => {
    map = makeMap();
    const layer = new ItineraryLayer(seed(), { legPopup: buildLegPopupContent, animate: false }).addTo(map);
    // Leg 1: Hangzhou → Shanghai, both on 11 Dec.
    layer._openLeg(1, L.latLng(30.7, 120.8));
    layer.setStopFilter(['hangzhou', 'shanghai', 'yangshan', 'lingang'], { day: '2023-12-11' });
    expect(layer._popup.isOpen()).toBe(true);
    // 13 Dec: Shanghai's second visit alone; the leg is no longer drawn, nor its popup.
    layer.setStopFilter(['shanghai-again'], { day: '2023-12-13' });
    expect(layer._popup.isOpen()).toBe(false);
  });
});
