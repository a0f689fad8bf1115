// Type tests of the public types of visitmap/leaflet: checked by `npm run typecheck`
// (tsc over tests/, part of `npm test`). Each @ts-expect-error fails the check if the
// misuse below it ever type-checks.
import * as L from 'leaflet';
import { expectTypeOf } from 'vitest';
import { fromGeoJSON, parseItinerary, toGeoJSON, type ItineraryFeatureCollection } from '../../src/index';
import {
  dayControl,
  fullscreenControl,
  GestureHandling,
  gestureHandling,
  itineraryLayer,
  timelineControl,
  type DayChangeEvent,
  type FullscreenEvent,
  type ItineraryFilterEvent,
  type ItineraryInput,
  type ItineraryLayer,
  type ItineraryStopEvent,
  type TimelineChangeEvent,
} from '../../src/leaflet/index';

declare const map: L.Map;
declare const fetched: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- what response.json() gives
declare const collection: ItineraryFeatureCollection;

export function inputs(): void {
  itineraryLayer(fetched);
  itineraryLayer(parseItinerary(fetched));
  itineraryLayer({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }] });
  itineraryLayer(collection, { fromGeoJSON });
  itineraryLayer(fromGeoJSON(collection), { toGeoJSON });
  // @ts-expect-error: a number is not an itinerary
  itineraryLayer(42);
  // @ts-expect-error: nor is a string
  itineraryLayer('visit.json');
  // @ts-expect-error: an object without stops is not one either
  itineraryLayer({ id: 'x', title: 'X' });
  expectTypeOf<number>().not.toMatchTypeOf<ItineraryInput>();
}

export function layerEvents(layer: ItineraryLayer): void {
  layer.on('stopclick', (e) => expectTypeOf(e).toEqualTypeOf<ItineraryStopEvent>());
  layer.on('stopfilter', (e) => expectTypeOf(e.stops).toEqualTypeOf<number[] | null>());
  layer.once('popupopen', (e) => expectTypeOf(e.index).toBeNumber(), {});
  layer.off('stopfocus');
  layer.on('stopvisit', (e) => expectTypeOf(e).toEqualTypeOf<ItineraryStopEvent>());
  layer.on('add', (e) => expectTypeOf(e).toMatchTypeOf<L.LeafletEvent>());
  // @ts-expect-error: a misspelt event name
  layer.on('stopclik', () => {});
  // @ts-expect-error: nor in off
  layer.off('popupopn');
  layer.on({ stopclick: (e) => expectTypeOf(e.stop.id).toBeString(), stopfilter: (e: ItineraryFilterEvent) => e.layer });
  // @ts-expect-error: the object form checks its names too
  layer.on({ stopclik: () => {} });
  expectTypeOf(layer.settings.dateLocale).toBeString();
  expectTypeOf(layer.addTo(map)).toEqualTypeOf<ItineraryLayer>();
}

export function controlEvents(layer: ItineraryLayer): void {
  const timeline = timelineControl(layer, { speed: undefined }).addTo(map);
  timeline.on('change', (e) => expectTypeOf(e).toEqualTypeOf<TimelineChangeEvent>(), {});
  timeline.off('change', undefined, {});
  // @ts-expect-error: the timeline fires only change
  timeline.on('chnage', () => {});
  const days = dayControl(layer);
  days.on({ change: (e) => expectTypeOf(e).toEqualTypeOf<DayChangeEvent>() });
  days.once('change', (e) => e.day?.key, {});
  expectTypeOf(timeline.options.speed).toEqualTypeOf<number | undefined>();
  const screen = fullscreenControl().addTo(map);
  screen.on('enter', (e) => expectTypeOf(e).toEqualTypeOf<FullscreenEvent>(), {}).once({ exit: (e) => e.target.isFullscreen() });
  // @ts-expect-error: the fullscreen button fires enter and exit, not the map's fullscreenchange
  screen.on('fullscreenchange', () => {});
  expectTypeOf(screen.options.exitLabel).toBeString();
}

export function gestureHandlingOption(): void {
  itineraryLayer(fetched, { gestureHandling });
  itineraryLayer(fetched, { gestureHandling: (m) => gestureHandling(m, { hintDuration: 3000 }) });
  itineraryLayer(fetched, { gestureHandling: (m) => new GestureHandling(m) });
  itineraryLayer(fetched, { gestureHandling: null });
  expectTypeOf(gestureHandling(map)).toMatchTypeOf<L.Handler>();
  // @ts-expect-error: the option takes the handler's factory, not a flag (import gestureHandling and pass it)
  itineraryLayer(fetched, { gestureHandling: true });
  // @ts-expect-error: nor the handler's options (pass (map) => gestureHandling(map, options))
  itineraryLayer(fetched, { gestureHandling: { hintDuration: 3000 } });
  // @ts-expect-error: the factory makes a handler, not a control
  itineraryLayer(fetched, { gestureHandling: () => L.control.zoom() });
}
