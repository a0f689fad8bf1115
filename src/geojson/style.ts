import type { Precision, TravelMode } from '../itinerary/types';

/**
 * The palette: colours shared by the GeoJSON (simplestyle) and KML exports and by the map
 * (its legs, the large-mode canvas and the legend read `MODE_COLORS` through
 * `DEFAULT_LEG_STYLES`), so a stop or a leg looks the same whichever file a person opens
 * and on the map. Colour-blind-safe pairs (ColorBrewer).
 */
export const PRECISION_COLORS: Readonly<Record<Precision, string>> = {
  venue: '#b2182b',
  district: '#ef8a62',
  city: '#2166ac',
};

export const MODE_COLORS: Readonly<Record<TravelMode, string>> = {
  flight: '#1f78b4',
  rail: '#33a02c',
  road: '#ff7f00',
  sea: '#6a3d9a',
  unknown: '#777777',
};

/** Line width in pixels: an unknown mode is drawn thinner, as it is less certain. */
export function strokeWidth(mode: TravelMode): number {
  return mode === 'unknown' ? 2 : 3;
}

export const STROKE_OPACITY = 0.8;
