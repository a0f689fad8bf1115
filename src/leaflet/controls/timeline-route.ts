import * as L from 'leaflet';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { legLatLngs, resolveLegStyles, type LegStyles } from '../layer/legs';
import { setLatLngsUnscaled } from '../leaflet-privates';
import { lineUpTo, measureLine, type MeasuredLine } from '../story-route';

/** What the timeline draws the route with: the layer's settings unless the timeline's own options say otherwise. */
export interface RouteSettings {
  toleranceKm: number;
  straightLegs: boolean;
  legStyles: Parameters<typeof resolveLegStyles>[1];
}

/**
 * The route a timeline draws as the story plays: one polyline per leg, drawn up to where
 * the story is, along the same great circles as the layer's legs. While the map zooms (a
 * flight to a stop, as the slider is dragged), a leg's new points wait for the end of the
 * zoom to be drawn, at the map's new scale (see `setLatLngsUnscaled`).
 */
export class TimelineRoute {
  private readonly group: L.LayerGroup;
  private readonly lines: (L.Polyline | null)[];
  private readonly measured: MeasuredLine[];
  private readonly drawn: number[];
  private readonly map: L.Map;
  private shown = true;

  constructor(layer: ItineraryLayer, map: L.Map, settings: RouteSettings) {
    const { itinerary } = layer;
    const styles: LegStyles = resolveLegStyles(map.getContainer(), settings.legStyles);
    this.measured = legLatLngs(itinerary, settings.straightLegs, settings.toleranceKm).map(measureLine);
    this.map = map;
    this.group = L.layerGroup().addTo(map);
    this.lines = itinerary.legs.map((leg, i) => {
      if (this.measured[i]!.points.length < 2) return null;
      const style = styles[leg.mode];
      return L.polyline([], { ...style, dashArray: style.dashArray || undefined, weight: style.weight + 1, className: `vm-story-route vm-story-route--${leg.mode}`, interactive: false, lineCap: 'round' }).addTo(this.group);
    });
    this.drawn = this.lines.map(() => -1);
  }

  /**
   * Draws the route up to story position `p` (2.5: halfway along the third leg), leaving
   * out legs a day view hides (`shown`, `null` for none hidden). Redraws only the legs that
   * changed, unless `all`.
   */
  draw(p: number, shown: ReadonlySet<number> | null, all: boolean): void {
    if (!this.shown) return;
    this.lines.forEach((line, i) => {
      if (!line) return;
      const visible = !shown || (shown.has(i) && shown.has(i + 1));
      const fraction = visible ? Math.min(1, Math.max(0, p - i)) : 0;
      if (!all && fraction === this.drawn[i]) return;
      this.drawn[i] = fraction;
      setLatLngsUnscaled(line, fraction > 0 ? lineUpTo(this.measured[i]!, fraction, (lat, lng) => L.latLng(lat, lng)) : []);
    });
  }

  /** Puts the route on the map or takes it off (its layer removed); drawn again with `draw(p, shown, true)` once back. */
  show(on: boolean): void {
    this.shown = on;
    if (on) this.group.addTo(this.map);
    else this.group.remove();
  }

  /** Takes the route off the map. */
  remove(): void {
    this.group.remove();
  }
}
