import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type {
  DateCertainty,
  Itinerary,
  LocalizedText,
  Meeting,
  Precision,
  SourceRef,
  TravelMode,
} from '../itinerary/types';

/** The version of the layout below, stored as `visitmap.version`; bumped on incompatible change. */
export const FORMAT_VERSION = 1;

/** Properties of a stop's Point feature. Optional ones are absent when the stop has none. */
export interface StopProperties {
  /** Always `'stop'`: tells stop features from leg features. */
  kind: 'stop';
  /** Position in the itinerary, from 1. */
  order: number;
  /** The stop's name, plain or per language, as in `Stop.name`. */
  name: LocalizedText;
  /** How exact the point is, as in `Stop.precision`. */
  precision: Precision;
  /** Arrival, ISO 8601 date or date-time, as in `Stop.arrive`. */
  arrive?: string;
  /** Departure, ISO 8601 date or date-time, as in `Stop.depart`. */
  depart?: string;
  /** Whether the dates are stated or inferred, as in `Stop.dateCertainty`. */
  dateCertainty?: DateCertainty;
  /** The shared place key of repeated visits, as in `Stop.place`. */
  place?: string;
  /** The stop's meetings, in full, as in `Stop.meetings`; `[]` when none. */
  meetings: Meeting[];
  /** Where the stop's facts come from; `[]` when none. */
  source: SourceRef[];
  /** What is inferred or approximate about the stop, in words. */
  note?: string;
  /** simplestyle hints for viewers (geojson.io, GitHub, Mapbox): derived, ignored on import. */
  title: string;
  /** simplestyle marker colour, by precision (`#b2182b` venue, `#ef8a62` district, `#2166ac` city): derived, ignored on import. */
  'marker-color': string;
  /** simplestyle marker label: the stop's `order` as text (`'1'`, `'2'`, …): derived, ignored on import. */
  'marker-symbol': string;
}

/** Properties of a leg's LineString or MultiLineString feature. */
export interface LegProperties {
  /** Always `'leg'`: tells leg features from stop features. */
  kind: 'leg';
  /** The id of the stop the leg leaves from. */
  from: string;
  /** The id of the stop the leg arrives at. */
  to: string;
  /** Position of the leg, from 1. */
  order: number;
  /** How the leg is travelled, `'unknown'` when no source says. */
  mode: TravelMode;
  /** Great-circle distance, km, 1 decimal. */
  distanceKm: number;
  /** Where the travel mode comes from; `[]` when none. */
  source: SourceRef[];
  /** What is inferred or approximate about the leg, in words. */
  note?: string;
  /** simplestyle line colour, by mode (see `MODE_COLORS`): derived, ignored on import. */
  stroke: string;
  /** simplestyle line width in pixels: `2` for an unknown mode, else `3`: derived, ignored on import. */
  'stroke-width': number;
  /** simplestyle line opacity, `0.8`: derived, ignored on import. */
  'stroke-opacity': number;
}

/**
 * Itinerary-level data, kept as the foreign member `visitmap` of the collection (RFC 7946 §6.1):
 * the itinerary's own header fields (absent ones stay absent; `sources` is `[]` when none) and
 * the layout version.
 */
export interface ItineraryMeta extends Pick<Itinerary, 'id' | 'title' | 'description' | 'traveller' | 'timezone' | 'sources'> {
  /** The layout version, `FORMAT_VERSION` (currently `1`). */
  version: number;
}

/** A stop as a GeoJSON Point feature, identified by the stop's id. */
export type StopFeature = Feature<Point, StopProperties> & {
  /** The stop's id (`Stop.id`), as the Feature's own id. */
  id: string;
};
/** A leg as a GeoJSON feature: a LineString along the great circle, or a MultiLineString when it crosses the antimeridian. */
export type LegFeature = Feature<LineString | MultiLineString, LegProperties>;

/** What {@link toGeoJSON} returns: stops first (in order), then legs (in order). */
export interface ItineraryFeatureCollection
  extends FeatureCollection<Point | LineString | MultiLineString, StopProperties | LegProperties> {
  bbox: BBox;
  /** The itinerary-level data (foreign member, RFC 7946 §6.1). */
  visitmap: ItineraryMeta;
  /** Stop features in itinerary order, then leg features in order. */
  features: Array<StopFeature | LegFeature>;
}
