// @vitest-environment jsdom
import type * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { stopListControl } from '../../src/leaflet/controls/stop-list-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import type { ItineraryLayerOptions } from '../../src/leaflet/options';
import { jsdomMap } from './dom-fixtures';

/** A stop reached at a time and left the same day (date only), then one whose ends are on two clocks. */
const trip = {
  id: 'pacific',
  title: 'Across the date line',
  stops: [
    { id: 'suva', name: 'Suva', coordinates: [178.44, -18.14], precision: 'city', arrive: '2025-05-06T06:00', depart: '2025-05-06' },
    { id: 'nuku', name: 'Nukuʻalofa', coordinates: [-175.2, -21.14], precision: 'city', arrive: '2025-05-06', depart: '2025-05-06T18:00' },
    { id: 'hnl', name: 'Honolulu', coordinates: [-157.86, 21.31], precision: 'city', arrive: '2025-05-06T23:30+13:00', depart: '2025-05-06T05:00-10:00' },
  ],
};

/** What the stop's popup, its marker, the stop list and the live region say of its dates, once it is opened. */
function shown(map: L.Map, layer: ItineraryLayer, id: string): { popup: string; marker: string; list: string; live: string } {
  layer.openStop(id);
  const index = layer.itinerary.stops.findIndex((s) => s.id === id);
  const box = map.getContainer();
  return {
    popup: box.querySelector('.vm-popup__dates')!.textContent!,
    marker: [...box.querySelectorAll('.vm-marker[aria-label]')].map((m) => m.getAttribute('aria-label')!).find((l) => l.includes(`${index + 1} of 3`))!,
    list: box.querySelectorAll('.vm-stoplist__dates')[index]!.textContent!,
    live: box.querySelector('.vm-live')!.textContent!,
  };
}

describe('a day with one time, and ends on two clocks, in every view of the layer', () => {
  let map: L.Map;
  afterEach(() => {
    map?.remove();
    document.body.replaceChildren();
  });

  const make = (options: ItineraryLayerOptions = {}) => {
    map = jsdomMap();
    const layer = new ItineraryLayer(trip, { animate: false, clusterRadius: 0, ...options }).addTo(map);
    stopListControl(layer).addTo(map);
    return layer;
  };

  it('writes the day once with where the stay starts or ends, in the popup, the marker, the stop list and the live region', () => {
    const layer = make();
    const suva = shown(map, layer, 'suva');
    expect(suva.popup).toBe('6 May 2025, from 06:00');
    expect(suva.marker).toBe('Stop 1 of 3: Suva, 6 May 2025, from 06:00');
    expect(suva.list).toBe('6 May 2025, from 06:00');
    expect(suva.live).toBe('Stop 1 of 3: Suva, 6 May 2025, from 06:00');
    const nuku = shown(map, layer, 'nuku');
    expect([nuku.popup, nuku.list]).toEqual(['6 May 2025, until 18:00', '6 May 2025, until 18:00']);
    expect(nuku.live).toBe('Stop 2 of 3: Nukuʻalofa, 6 May 2025, until 18:00');
  });

  it('gives each end its date where they are on two clocks, in every view', () => {
    const layer = make();
    const hnl = shown(map, layer, 'hnl');
    const dates = '6 May 2025, 23:30 – 6 May 2025, 05:00';
    expect([hnl.popup, hnl.list]).toEqual([dates, dates]);
    expect(hnl.marker).toBe(`Stop 3 of 3: Honolulu, ${dates}`);
    expect(hnl.live).toBe(`Stop 3 of 3: Honolulu, ${dates}`);
  });

  it('takes the words from the strings option, as the gallery gives them in Chinese', () => {
    const layer = make({ language: 'zh-Hant', strings: { fromTime: '{time} 起', untilTime: '至 {time}' } });
    expect(shown(map, layer, 'suva').list).toBe('2025年5月6日 06:00 起');
    const nuku = shown(map, layer, 'nuku');
    expect([nuku.popup, nuku.list]).toEqual(['2025年5月6日 至 18:00', '2025年5月6日 至 18:00']);
  });
});
