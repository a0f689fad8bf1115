import * as L from 'leaflet';
import type { Itinerary, TravelMode } from '../../itinerary/types';
import { LegsCanvas } from './legs-canvas';
import { withWorldCopy, type LegStyles } from './legs';
import { StopsCanvas } from './stops-canvas';

/** What a large mode draws with: the layer's itinerary, its legs' points and styles. */
export interface LargeModeInput {
  /** The itinerary to draw. */
  itinerary: Itinerary;
  /** Each leg's points (empty for a leg not drawn). */
  lines: L.LatLng[][];
  /** Each travel mode's resolved leg style. */
  styles: LegStyles;
  /** The layer's pane, if it has one. */
  pane: string | undefined;
  /** Call with a stop's index when it is clicked. */
  onStopClick(index: number): void;
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
 *
 * @example
 * itineraryLayer(bigTrip, { largeMode: canvasLargeMode }).addTo(map);
 */
export const canvasLargeMode: LargeMode = {
  draw({ itinerary, lines, styles, pane, onStopClick }) {
    const renderer = L.canvas({ padding: 0.1, ...(pane ? { pane } : {}) });
    const parts: { mode: TravelMode; points: L.LatLng[] }[] = [];
    itinerary.legs.forEach((leg, i) => {
      const line = lines[i];
      if (line && line.length >= 2) for (const points of withWorldCopy(line)) parts.push({ mode: leg.mode, points });
    });
    const stops = new StopsCanvas(itinerary.stops, renderer, { fill: '#9f1239', firstFill: '#15803d', stroke: '#ffffff' });
    stops.on('click', () => {
      if (stops.hit >= 0) onStopClick(stops.hit);
    });
    return [new LegsCanvas(parts, styles, renderer), stops];
  },
};
