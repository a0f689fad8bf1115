// Helpers for tests that run in jsdom: Leaflet needs a window to load.
import * as L from 'leaflet';
import type { Itinerary } from '../../src/itinerary/types';
import type { MeetingDetailsContext } from '../../src/leaflet/controls/meeting-details';
import { DEFAULT_STRINGS } from '../../src/leaflet/options';

/** A map on an 800×600 container in the document (jsdom has no layout), over the Yangtze delta, without animations. */
export function jsdomMap(): L.Map {
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { value: 800 });
  Object.defineProperty(div, 'clientHeight', { value: 600 });
  document.body.append(div);
  return L.map(div, { center: [28, 118], zoom: 5, fadeAnimation: false, zoomAnimation: false });
}

/** What the popup and the meeting details view are built with, for a page at https://visit.example/maps/. */
export function contentContext(itinerary: Itinerary, index: number, extra: Partial<MeetingDetailsContext> = {}): MeetingDetailsContext {
  return {
    itinerary,
    index,
    language: 'en',
    dateLocale: 'en-GB',
    strings: DEFAULT_STRINGS,
    linkBase: 'https://visit.example/maps/',
    pageOrigin: 'https://visit.example',
    externalLinkTarget: '_blank',
    ...extra,
  };
}

/** A 2D context that draws nothing: jsdom has no canvas, and these tests count what is on the map, not pixels. */
export function blankContext(): CanvasRenderingContext2D {
  const noop = () => {};
  return new Proxy({} as CanvasRenderingContext2D, {
    get: (target, key) => (key === 'getTransform' ? () => ({ a: 1 }) : key in target ? target[key as keyof CanvasRenderingContext2D] : noop),
    set: () => true,
  });
}
