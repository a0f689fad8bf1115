import * as L from 'leaflet';
import { fill, stopLabel } from '../../story/format';
import { groupLabel, numbersLabel, type Place } from '../../story/places';
import type { ItineraryLayer } from './itinerary-layer';
import { legLayers, resolveLegStyles } from './legs';
import { MarkerSet } from './marker-set';
import { toLatLngs } from './placement';
import { buildPopupContent } from './popup-content';
import type { MeetingDetailsContext } from '../controls/meeting-details';

/**
 * Draws a layer's itinerary on `map` into the layer: legs, then the markers (or, in large
 * mode, what its `largeMode` draws). Legs leaving or reaching a stop outside `shown` are
 * left out. Returns the markers, `null` in large mode.
 */
export function buildLayers(
  layer: ItineraryLayer,
  map: L.Map,
  shown: ReadonlySet<number> | null,
  onPlace: (place: number, at: L.LatLng) => void,
  onCanvasStop: (index: number, at: L.LatLng) => void,
): MarkerSet | null {
  const o = layer.settings;
  const { itinerary } = layer;
  const styles = resolveLegStyles(map.getContainer(), o.legStyles);
  // Legs and stops in the world copies that keep the route continuous across ±180.
  const points = o.legs ? layer._placement.points.slice() : [];
  // Leg i joins stops i and i + 1 (parseItinerary makes one per pair, as the placement reads them).
  if (shown) for (let i = 0; i < points.length; i++) if (!shown.has(i) || !shown.has(i + 1)) points[i] = [];
  if (layer.large && o.largeMode) {
    const copies = itinerary.stops.map((_, i) => layer._copiesOf(i));
    let lines: L.LatLng[][] | undefined;
    const input = {
      itinerary,
      points,
      get lines() {
        return (lines ??= points.map(toLatLngs));
      },
      copies,
      styles,
      pane: layer.options.pane,
      className: o.className,
      onStopClick: onCanvasStop,
      onLegClick: o.legPopup ? (i: number, at: L.LatLng) => layer._openLeg(i, at) : undefined,
    };
    for (const part of o.largeMode.draw(input)) layer.addLayer(part);
    return null;
  }
  for (const part of legLayers(itinerary, points.map(toLatLngs), styles, o.arrows, map.options.crs ?? L.CRS.EPSG3857, o.legPopup ? (i, at) => layer._openLeg(i, at) : undefined)) layer.addLayer(part);
  // A place's visits shown: in a day view, that day's only (not "1 · 7" for a day with the 7th alone).
  const stopsOf = (place: Place) => (shown ? place.stops.filter((i) => shown.has(i)) : place.stops);
  return new MarkerSet(layer, map, {
    radius: o.clusterRadius,
    shown: shown && new Set([...shown].map((i) => layer._placeOfStop[i]!)),
    stopsOf,
    labelOf: (place) => placeLabel(layer, stopsOf(place)),
    clusterLabelOf: (places) =>
      `${numbersName(layer, places.flatMap(stopsOf), groupLabel)}: ${places.map((p) => markerName(layer, stopsOf(p)[0]!)).join(', ')}; ${o.strings.zoomToGroup}`,
    copiesOf: (place) => layer._copiesOf(place.stops[0]!),
    onActivate: (place, at) => onPlace(place.index, at),
  });
}

/** A stop's popup content: the `popupContent` option's, or the safe default. */
export function popupContent(layer: ItineraryLayer, index: number, onOpenStop: (index: number) => void): HTMLElement | string {
  const o = layer.settings;
  const { itinerary } = layer;
  const stop = itinerary.stops[index]!;
  const defaultContent = () =>
    buildPopupContent(stop, {
      ...contentContext(layer, index),
      sameplace: layer.places[layer._placeOfStop[index]!]!.stops.filter((i) => i !== index),
      onOpenStop,
      onOpenMeeting: o.meetingDetails ? (id, opener) => layer.openMeeting(id, { opener }) : undefined,
      meetingLinks: layer._meetingLinks,
    });
  const custom = o.popupContent;
  if (!custom) return defaultContent();
  return custom(stop, { index, itinerary, language: o.language, layer, defaultContent });
}

/** What the popup and the meeting details view of stop `index` are built with. */
export function contentContext(layer: ItineraryLayer, index: number): MeetingDetailsContext {
  const o = layer.settings;
  return {
    itinerary: layer.itinerary,
    index,
    language: o.language,
    dateLocale: o.dateLocale,
    strings: o.strings,
    linkBase: linkBase(layer),
    pageOrigin: typeof location !== 'undefined' ? location.origin : null,
    externalLinkTarget: o.externalLinkTarget,
  };
}

/** The base URL relative meeting links resolve against: the `linkBase` option, else the document's. */
export function linkBase(layer: ItineraryLayer): string {
  return layer.settings.linkBase ?? (typeof document !== 'undefined' ? document.baseURI : 'about:blank');
}

/** A stop's name and dates without the "Stop 2 of 7:" head. */
function markerName(layer: ItineraryLayer, index: number): string {
  return stopLabelOf(layer, index).replace(/^[^:]*:\s*/, '');
}

/** What a screen reader says for stop `index`: "Stop 2 of 7: Hangzhou, 10 Dec 2023". */
export function stopLabelOf(layer: ItineraryLayer, index: number): string {
  const o = layer.settings;
  const { stops } = layer.itinerary;
  return stopLabel(stops[index]!, index, stops.length, o.language, o.dateLocale, o.strings);
}

/** "Stop 2 of 7: Hangzhou, 10 Dec 2023", for a place's visits shown; a place visited twice names both visits. */
function placeLabel(layer: ItineraryLayer, stops: readonly number[]): string {
  const text = stops.map((i) => stopLabelOf(layer, i)).join('; ');
  return stops.length > 1 ? `${numbersName(layer, stops)}: ${text}` : text;
}

/** "Stops 1 · 7", a group's "Stops 3, 6": the numbers as the marker shows them, so the name heard contains what is seen (WCAG 2.5.3). */
function numbersName(layer: ItineraryLayer, stops: readonly number[], label = numbersLabel): string {
  return fill(layer.settings.strings.stopsGroup, { list: label(stops.map((i) => i + 1)) });
}
