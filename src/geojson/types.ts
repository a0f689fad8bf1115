import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type {
  DateCertainty,
  LocalizedText,
  Meeting,
  Participant,
  Precision,
  SourceDocument,
  SourceRef,
  TravelMode,
} from '../itinerary/types';

/** The version of the layout below, stored as `visitmap.version`; bumped on incompatible change. */
export const FORMAT_VERSION = 1;

/** Properties of a stop's Point feature. Optional ones are absent when the stop has none. */
export interface StopProperties {
  kind: 'stop';
  /** Position in the itinerary, from 1. */
  order: number;
  name: LocalizedText;
  precision: Precision;
  arrive?: string;
  depart?: string;
  dateCertainty?: DateCertainty;
  place?: string;
  meetings: Meeting[];
  source: SourceRef[];
  note?: string;
  /** simplestyle hints for viewers (geojson.io, GitHub, Mapbox): derived, ignored on import. */
  title: string;
  'marker-color': string;
  'marker-symbol': string;
}

/** Properties of a leg's LineString or MultiLineString feature. */
export interface LegProperties {
  kind: 'leg';
  from: string;
  to: string;
  /** Position of the leg, from 1. */
  order: number;
  mode: TravelMode;
  /** Great-circle distance, km, 1 decimal. */
  distanceKm: number;
  source: SourceRef[];
  note?: string;
  stroke: string;
  'stroke-width': number;
  'stroke-opacity': number;
}

/** Itinerary-level data, kept as the foreign member `visitmap` of the collection (RFC 7946 §6.1). */
export interface ItineraryMeta {
  version: number;
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  traveller?: Participant;
  timezone?: string;
  sources: SourceDocument[];
}

export type StopFeature = Feature<Point, StopProperties> & { id: string };
export type LegFeature = Feature<LineString | MultiLineString, LegProperties>;

/** What {@link toGeoJSON} returns: stops first (in order), then legs (in order). */
export interface ItineraryFeatureCollection
  extends FeatureCollection<Point | LineString | MultiLineString, StopProperties | LegProperties> {
  bbox: BBox;
  visitmap: ItineraryMeta;
  features: Array<StopFeature | LegFeature>;
}
