// @vitest-environment jsdom
import type * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelineControl } from '../../src/leaflet/controls/timeline-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { jsdomMap } from './dom-fixtures';
import { seed } from './fixtures';

describe('Escape in a control on the map', () => {
  let map: L.Map;

  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    map = jsdomMap();
  });

  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  const key = (target: HTMLElement, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

  it('closes the popup the timeline slider’s arrow opened, leaving focus on the slider', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    new TimelineControl(layer, { bar: false }).addTo(map);
    const slider = map.getContainer().querySelector<HTMLInputElement>('.vm-timeline__range')!;
    slider.focus();
    key(slider, 'ArrowLeft'); // unplayed, the story stands at its end: a step back opens the stop before it (ArrowRight has nowhere to go)
    expect(layer._popup.isOpen()).toBe(true);
    key(slider, 'Escape');
    expect(layer._popup.isOpen()).toBe(false);
    expect(document.activeElement).toBe(slider);
  });
});
