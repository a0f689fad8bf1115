import * as L from 'leaflet';
import type { TravelMode } from '../../itinerary/types';
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

/** In large mode, the legs one line draws whole (per travel mode): a 20,000-stop trip has some twenty lines, and a leg reached redraws one. */
const BLOCK = 1024;

/** Sets a line's points: one line as a plain polyline, several as a multi-polyline, none as an empty one. */
function set(line: L.Polyline, lines: L.LatLng[][] | undefined): void {
  setLatLngsUnscaled(line, !lines ? [] : lines.length === 1 ? lines[0]! : lines);
}

/**
 * The route a timeline draws as the story plays, drawn up to where the story is, along the
 * same great circles as the layer's legs: one polyline per leg; for a layer in large mode one
 * per travel mode for each block of 1,024 legs, and the leg being travelled on a line of its
 * own, so a frame redraws one leg and the page holds no element per stop. While the map zooms (a
 * flight to a stop, as the slider is dragged), new points wait for the end of the zoom to be
 * drawn, at the map's new scale (see `setLatLngsUnscaled`).
 */
export class TimelineRoute {
  private readonly group: L.LayerGroup;
  private readonly measured: MeasuredLine[];
  private readonly modes: TravelMode[];
  /** Legs per block: 1, or `BLOCK` in large mode. */
  private readonly block: number;
  /** Each block's lines, by travel mode (modes with a leg to draw in it). */
  private readonly lines: Map<TravelMode, L.Polyline>[];
  /** What each block draws now: legs whole, plus the fraction of the next when a block is one leg. */
  private readonly drawn: number[];
  /** Large mode: the leg being travelled, by travel mode, and what it draws (`leg + fraction`). */
  private readonly moving = new Map<TravelMode, L.Polyline>();
  private movingAt = -1;
  private shownStops: ReadonlySet<number> | null = null;
  private readonly map: L.Map;
  private shown = true;

  constructor(layer: ItineraryLayer, map: L.Map, settings: RouteSettings) {
    const { itinerary } = layer;
    const styles: LegStyles = resolveLegStyles(map.getContainer(), settings.legStyles);
    this.measured = legLatLngs(itinerary, settings.straightLegs, settings.toleranceKm).map(measureLine);
    this.modes = itinerary.legs.map((leg) => leg.mode);
    this.map = map;
    this.group = L.layerGroup().addTo(map);
    const block = (this.block = layer.large ? BLOCK : 1);
    const line = (mode: TravelMode) => {
      const style = styles[mode];
      return L.polyline([], { ...style, dashArray: style.dashArray || undefined, weight: style.weight + 1, className: `vm-story-route vm-story-route--${mode}`, interactive: false, lineCap: 'round' }).addTo(this.group);
    };
    this.lines = [];
    for (let start = 0; start < this.modes.length; start += block) {
      const lines = new Map<TravelMode, L.Polyline>();
      for (let i = start; i < Math.min(start + block, this.modes.length); i++) {
        const mode = this.modes[i]!;
        if (this.measured[i]!.points.length < 2 || lines.has(mode)) continue;
        lines.set(mode, line(mode));
        if (block > 1 && !this.moving.has(mode)) this.moving.set(mode, line(mode));
      }
      this.lines.push(lines);
    }
    this.drawn = this.lines.map(() => -1);
  }

  /** Leaves out the legs a day view hides (`stops`: the stops shown, `null` for all); drawn so at the next `draw`. */
  filter(stops: readonly number[] | null): void {
    this.shownStops = stops && new Set(stops);
    this.drawn.fill(-1);
    this.movingAt = -1;
  }

  /** Draws the route up to story position `p` (2.5: halfway along the third leg), redrawing only the lines that changed. */
  draw(p: number): void {
    if (!this.shown) return;
    const whole = Math.max(0, Math.floor(p)); // legs before it are drawn whole
    const part = p - whole; // of leg `whole`
    const block = this.block;
    this.lines.forEach((lines, b) => {
      const start = b * block;
      const end = Math.min(start + block, this.modes.length);
      const drawn = Math.min(Math.max(whole - start, 0), end - start) + (block === 1 && whole === start ? part : 0);
      if (drawn === this.drawn[b]) return;
      this.drawn[b] = drawn;
      const out = new Map<TravelMode, L.LatLng[][]>();
      for (let i = start; i < end; i++) {
        const fraction = Math.min(1, Math.max(0, p - i));
        if (fraction > 0 && this.visible(i)) this.add(out, i, fraction);
      }
      lines.forEach((line, mode) => set(line, out.get(mode)));
    });
    if (block === 1) return;
    const at = part > 0 && whole < this.modes.length && this.visible(whole) ? whole + part : -1;
    if (at === this.movingAt) return;
    this.movingAt = at;
    const out = new Map<TravelMode, L.LatLng[][]>();
    if (at >= 0) this.add(out, whole, part);
    this.moving.forEach((line, mode) => set(line, out.get(mode)));
  }

  /** Whether leg `i` is shown: both its stops are (no day view, or the day's). */
  private visible(i: number): boolean {
    const shown = this.shownStops;
    return !shown || (shown.has(i) && shown.has(i + 1));
  }

  /** Adds leg `i` up to `fraction` of its length to its mode's lines in `out`. */
  private add(out: Map<TravelMode, L.LatLng[][]>, i: number, fraction: number): void {
    const measured = this.measured[i]!;
    if (measured.points.length < 2) return;
    const mode = this.modes[i]!;
    let lines = out.get(mode);
    if (!lines) out.set(mode, (lines = []));
    lines.push(lineUpTo(measured, fraction, (lat, lng) => L.latLng(lat, lng)));
  }

  /** Puts the route on the map or takes it off (its layer removed); as it was drawn once back. */
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
