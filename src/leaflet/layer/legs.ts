import * as L from 'leaflet';
import type { Itinerary, TravelMode } from '../../itinerary/types';
import { DEFAULT_LEG_STYLES, defined, type BaseLegStyle, type LegStyle } from '../options';
import { pathMap, setRings } from '../leaflet-privates';
import { placeRoute, toLatLngs } from './placement';

/** Resolved style of each mode. */
export type LegStyles = Record<TravelMode, BaseLegStyle & LegStyle>;

/**
 * Leg styles for a map: the options first, then the CSS custom properties on the map
 * container (`--vm-leg-flight`, …, so a site's stylesheet can recolour the routes,
 * including on canvas), then the built-in colours. A field given as `undefined` keeps the default.
 */
export function resolveLegStyles(container: HTMLElement | null, options: Partial<Record<TravelMode, LegStyle>>): LegStyles {
  const css = container ? getComputedStyle(container) : null;
  const out = {} as LegStyles;
  for (const mode of Object.keys(DEFAULT_LEG_STYLES) as TravelMode[]) {
    const fromCss = css?.getPropertyValue(`--vm-leg-${mode}`).trim();
    out[mode] = { ...DEFAULT_LEG_STYLES[mode], ...(fromCss ? { color: fromCss } : {}), ...defined(options[mode]) };
  }
  return out;
}

/** Points of every leg in `[lat, lng]` order for Leaflet, each in the world copy that joins its stops' markers (see `placeRoute`). */
export function legLatLngs(itinerary: Itinerary, straight: boolean, toleranceKm: number): L.LatLng[][] {
  return placeRoute(itinerary, straight, toleranceKm).points.map(toLatLngs);
}

/** Where along a line its middle is (by length in Web Mercator) and which way it heads there, in radians clockwise from east on the map. */
export function midpointHeading(line: L.LatLng[], crs: L.CRS = L.CRS.EPSG3857): Head | null {
  if (line.length < 2) return null;
  const pts = line.map((p) => crs.latLngToPoint(p, 0));
  let total = 0;
  for (let i = 1; i < pts.length; i++) total += pts[i]!.distanceTo(pts[i - 1]!);
  if (total === 0) return null;
  let walked = 0;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const d = a.distanceTo(b);
    if (walked + d >= total / 2 && d > 0) {
      const t = (total / 2 - walked) / d;
      const mid = L.point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
      return { latlng: crs.pointToLatLng(mid, 0), angle: Math.atan2(b.y - a.y, b.x - a.x) };
    }
    walked += d;
  }
  return null;
}

/** A point on a leg and the leg's heading there, in radians clockwise from east on the map. */
export interface Head {
  latlng: L.LatLng;
  angle: number;
}

/** An arrowhead's corners around its centre in px, pointing east (+x): 11 px long, 12 px wide. */
const HEAD = [
  [5.5, 0],
  [-5.5, -6],
  [-5.5, 6],
] as const;

/**
 * The arrowheads of one travel mode's legs as one path in the legs' own renderer (SVG, or
 * canvas with `preferCanvas`): a triangle per leg, centred at its midpoint and turned to its
 * heading there, projected again on every zoom so that it keeps its size on screen. One path
 * rather than a marker per leg: each marker was a composited layer of its own, and over 300
 * legs committing and layerizing them took about 8 ms of every frame of a playing timeline
 * (bench/playback.mjs). Leaflet's polygon
 * does the rest (clipping to the view, drawing the rings, the style); its own points stay
 * empty.
 */
class ArrowHeads extends L.Polygon {
  constructor(
    private readonly heads: Head[],
    options: L.PolylineOptions,
  ) {
    super([], options);
  }

  /** Leaflet's hook on add and zoom: the triangles in layer pixels. */
  _project(): void {
    const map = pathMap(this)!;
    setRings(
      this,
      this.heads.map(({ latlng, angle }) => {
        const c = map.latLngToLayerPoint(latlng);
        const cos = Math.cos(angle);
        const sin = Math.sin(angle);
        return HEAD.map(([x, y]) => L.point(c.x + x * cos - y * sin, c.y + x * sin + y * cos));
      }),
    );
  }
}

/**
 * Leaflet layers of the legs in the normal (SVG/DOM) mode: one polyline per leg; with
 * `arrows`, one path per travel mode holding an arrowhead for each of its legs (`vm-arrow
 * vm-arrow--<mode>`, above every leg); and, with `onClick`, a wide transparent line over each
 * leg that takes its clicks (a thin or dotted leg is hard to hit; its dashes' gaps take no
 * clicks at all).
 */
export function legLayers(
  itinerary: Itinerary,
  lines: L.LatLng[][],
  styles: LegStyles,
  arrows: boolean,
  crs: L.CRS,
  onClick?: (index: number, at: L.LatLng) => void,
): L.Layer[] {
  const out: L.Layer[] = [];
  const heads: Partial<Record<TravelMode, Head[]>> = {};
  // Where hit lines overlap (legs meeting at a stop, or running side by side), the click goes to the leg drawn nearest it.
  const hits: [number, L.Polyline][] = [];
  const click = (e: L.LeafletMouseEvent) => {
    let best = 0;
    let least = Infinity;
    for (const [i, hit] of hits) {
      const d = (hit.closestLayerPoint(e.layerPoint) as (L.Point & { distance: number }) | null)?.distance ?? Infinity;
      if (d < least) [best, least] = [i, d];
    }
    onClick!(best, e.latlng);
  };
  itinerary.legs.forEach((leg, i) => {
    const line = lines[i];
    if (!line || line.length < 2) return;
    const style = styles[leg.mode];
    out.push(
      L.polyline(line, {
        ...style,
        dashArray: style.dashArray || undefined,
        className: `vm-leg vm-leg--${leg.mode}${style.className ? ` ${style.className}` : ''}`,
        interactive: false,
        lineCap: 'round',
      }),
    );
    if (onClick) {
      const hit = L.polyline(line, { ...style, className: 'vm-leg-hit', opacity: 0, weight: 16, dashArray: undefined, lineCap: 'round' });
      hits.push([i, hit]);
      out.push(hit.on('click', click));
    }
    const mid = arrows ? midpointHeading(line, crs) : null;
    if (mid) (heads[leg.mode] = heads[leg.mode] || []).push(mid);
  });
  for (const mode in heads) {
    // The mode's colour, edged in white (drawn under the fill by visitmap.css: a 1 px halo); evenodd would hollow out two heads that overlap.
    // In the renderer of the mode's legs (a page's canvas, `legStyles`), which moves and scales them with the legs.
    const { color, renderer } = styles[mode as TravelMode];
    out.push(new ArrowHeads(heads[mode as TravelMode]!, { className: `vm-arrow vm-arrow--${mode}`, color: '#fff', weight: 2, fillColor: color, fillOpacity: 1, fillRule: 'nonzero', interactive: false, renderer }));
  }
  return out;
}
