// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LegendControl } from '../../src/leaflet/controls/legend-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { DEFAULT_LEG_STYLES } from '../../src/leaflet/options';
import { seed } from './fixtures';

describe('LegendControl: a swatch per travel mode in use, drawn as the legs are', () => {
  let map: L.Map;
  beforeEach(() => {
    const div = document.createElement('div');
    document.body.append(div);
    map = L.map(div, { center: [30, 118], zoom: 5, fadeAnimation: false, zoomAnimation: false });
  });
  afterEach(() => map.remove());

  const swatches = () =>
    [...map.getContainer().querySelectorAll('.vm-legend__item')].flatMap((item) => {
      const line = item.querySelector('svg.vm-legend__swatch line');
      return line ? [{ mode: /--(\w+)/.exec(item.className)![1], text: item.textContent, line, svg: line.parentElement! }] : [];
    });

  it('draws the seed’s flight, rail and road legs in their colours, weights and dashes, as hidden decoration', () => {
    new LegendControl(new ItineraryLayer(seed(), { animate: false }).addTo(map)).addTo(map);
    const rows = swatches();
    expect(rows.map((r) => r.mode)).toEqual(['flight', 'rail', 'road']);
    for (const { mode, line, svg } of rows) {
      const style = DEFAULT_LEG_STYLES[mode as 'flight' | 'rail' | 'road'];
      expect(line.getAttribute('stroke')).toBe(style.color);
      expect(line.getAttribute('stroke-width')).toBe(String(style.weight));
      expect(line.getAttribute('stroke-dasharray')).toBe(style.dashArray || null);
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    }
    expect(rows[0]!.text).toMatch(/flight|air/i);
  });

  it('takes a site’s leg style over the default, dash included', () => {
    const layer = new ItineraryLayer(seed(), { animate: false, legStyles: { road: { color: '#123456', dashArray: '4 2' } } }).addTo(map);
    new LegendControl(layer).addTo(map);
    const road = swatches().find((r) => r.mode === 'road')!;
    expect(road.line.getAttribute('stroke')).toBe('#123456');
    expect(road.line.getAttribute('stroke-dasharray')).toBe('4 2');
  });
});
