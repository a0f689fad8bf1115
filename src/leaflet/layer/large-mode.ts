import * as L from 'leaflet';
import type { Itinerary, LngLat, TravelMode } from '../../itinerary/types';
import { canvasOf, pathMap } from '../leaflet-privates';
import { LegsCanvas } from './legs-canvas';
import { PanCanvas } from './pan-canvas';
import type { LegStyles } from './legs';
import { StopsCanvas } from './stops-canvas';

/** What a large mode draws with: the layer's itinerary, its legs' points and styles. */
export interface LargeModeInput {
  /** The itinerary to draw. */
  itinerary: Itinerary;
  /** Each leg's points (empty for a leg not drawn), in the world copies that join its stops. From the layer: made when first read. */
  lines: L.LatLng[][];
  /** The same as `[lon, lat]` pairs, which the layer gives: a `LatLng` per vertex was much of placing thousands of legs. */
  points?: readonly (readonly LngLat[])[];
  /** Per stop: the world copies (degrees of longitude) to draw it in (a trip across ±180); the first is where it is opened from the keyboard. Default: `[0]` for each. */
  copies?: readonly (readonly number[])[];
  /** Each travel mode's resolved leg style. */
  styles: LegStyles;
  /** The layer's pane, if it has one. */
  pane: string | undefined;
  /** The layer's `className` option: a page's CSS hook for this layer (`canvasLargeMode` puts it on its canvas). */
  className?: string;
  /** Call with a stop's index, and where it was drawn, when it is clicked. */
  onStopClick(index: number, at: L.LatLng): void;
  /** Given when legs take clicks (the layer's `legPopup` option): call with a leg's index, and where, when it is clicked. */
  onLegClick?: ((index: number, at: L.LatLng) => void) | undefined;
}

/**
 * How an {@link ItineraryLayer} draws from `largeThreshold` stops on, given as its
 * `largeMode` option: kept out of the layer so that a page that never shows thousands of
 * stops does not load it.
 */
export interface LargeMode {
  /** The layers to add to the itinerary layer in place of markers and leg polylines. */
  draw(input: LargeModeInput): L.Layer[];
}

/**
 * Large mode on Leaflet's canvas renderer: every stop as ONE canvas path (no layer object
 * and no DOM per stop; a click still finds its stop) and every leg in one path per travel
 * mode, simplified per zoom. The stop list is then the keyboard path through the trip.
 * With the layer's `legPopup` option, a click within 8 px of a leg drawn opens its popup.
 * The layer's `className` goes on the canvas, and the stops' dots take their fill from
 * `--vm-accent` there (as the badges do), so `.trip-b { --vm-accent: #0369a1 }` colours
 * trip B's dots; other CSS cannot reach what is drawn on a canvas.
 *
 * @example
 * itineraryLayer(bigTrip, { largeMode: canvasLargeMode }).addTo(map);
 */
export const canvasLargeMode: LargeMode = {
  draw(input) {
    const { itinerary, copies, styles, pane, className, onStopClick, onLegClick } = input;
    const points = input.points ?? input.lines.map((line) => line.map((p): LngLat => [p.lng, p.lat]));
    const renderer = new PanCanvas({ padding: 0.1, ...(pane ? { pane } : {}) });
    // The layer's classes on its canvas (made as the renderer is added): the stops read their colour there (StopsCanvas).
    if (className) renderer.on('add', () => L.DomUtil.addClass(canvasOf(renderer), className));
    const parts: { leg: number; mode: TravelMode; points: readonly LngLat[] }[] = [];
    itinerary.legs.forEach((leg, i) => {
      const line = points[i];
      if (line && line.length >= 2) parts.push({ leg: i, mode: leg.mode, points: line });
    });
    const stops = new StopsCanvas(itinerary.stops, renderer, { fill: '#9f1239', firstFill: '#15803d', stroke: '#ffffff' }, copies);
    stops.on('click', () => {
      if (stops.hit >= 0) onStopClick(stops.hit, stops.hitAt!);
    });
    const drawn = [new LegsCanvas(parts, styles, renderer, onLegClick), stops];
    // Leaflet adds a path's renderer to the map but never takes it away: it leaves with the
    // last of these paths, or every draw would leave a canvas and its map listeners behind.
    for (const path of drawn) path.on('remove', () => drawn.every((p) => p === path || !pathMap(p)) && renderer.remove());
    return drawn;
  },
};
