import * as L from 'leaflet';
import { PRECISIONS, type Precision, type Stop } from '../../itinerary/types';
import { el } from '../dom';
import { groupLabel, numbersLabel } from '../../story/places';

/** The most exact precision among some stops: a place is drawn as exact as its best-known visit. */
export function bestPrecision(stops: readonly Stop[]): Precision {
  let best: Precision = 'city';
  // PRECISIONS lists them most exact first.
  for (const s of stops) if (PRECISIONS.indexOf(s.precision) < PRECISIONS.indexOf(best)) best = s.precision;
  return best;
}

/**
 * The numbered marker of a place (one or more stops): a badge with the stop numbers,
 * styled by precision (`vm-marker--venue` is a crisp pin, `--city` a soft halo).
 * Leaflet makes it focusable (`tabindex=0`, `role=button`); the layer names it. A repeat
 * of a marker in another world copy (`own` false) is neither focusable nor named: it is
 * hidden from screen readers, which hear the place once, at its own marker.
 */
export function placeMarker(latlng: L.LatLngExpression, numbers: number[], precision: Precision, own = true, className = ''): L.Marker {
  return badgeMarker(latlng, numbersLabel(numbers), `vm-marker--${precision}${numbers.length > 1 ? ' vm-marker--multi' : ''} ${className}`, own);
}

/**
 * A marker standing for several places that overlap on screen: lists their numbers ("3–6", "3, 6": commas, as a place
 * visited twice reads "3 · 6"). `own` false: a group of repeats only, as in {@link placeMarker}.
 */
export function clusterMarker(latlng: L.LatLngExpression, numbers: number[], own = true, className = ''): L.Marker {
  return badgeMarker(latlng, groupLabel(numbers), `vm-marker--cluster ${className}`, own, 500);
}

/** A badge showing `label` (stop numbers); `kind`: the classes after `vm-marker` (the layer's `className` among them). */
function badgeMarker(latlng: L.LatLngExpression, label: string, kind: string, own: boolean, zIndexOffset = 0): L.Marker {
  const badge = el('span', 'vm-marker__badge');
  el('span', 'vm-marker__label', label, badge);
  badge.setAttribute('aria-hidden', 'true'); // the icon itself carries the accessible name
  // Anchored at the badge centre; the size lives in the CSS (so sites can restyle it).
  const icon = L.divIcon({ html: badge, className: `vm-marker ${kind}${own ? '' : ' vm-marker--copy'}`, iconSize: undefined, iconAnchor: [0, 0], popupAnchor: [0, -14] });
  return L.marker(latlng, { icon, keyboard: own, riseOnHover: true, zIndexOffset });
}

/** The widest halo drawn round a badge, px: a city's (`.vm-marker--city .vm-marker__badge` in visitmap.css). */
const HALO = 15;

/**
 * How far the stop badges among `layers` reach from their points, halo included, in px across
 * and down; at least 24 (where no badge is drawn: large mode's dots). Measured on the page,
 * so that a long badge ("1 · 7", about 50 px wide) and a site's own badge sizes count.
 */
export function badgeReach(layers: L.Layer[]): [number, number] {
  let x = 24;
  let y = 24;
  for (const layer of layers) {
    const badge = (layer as L.Marker).getElement?.()?.querySelector<HTMLElement>('.vm-marker__badge');
    if (badge) {
      x = Math.max(x, badge.offsetWidth / 2 + HALO);
      y = Math.max(y, badge.offsetHeight / 2 + HALO);
    }
  }
  return [x, y];
}
