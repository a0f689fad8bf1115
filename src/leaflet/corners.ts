import * as L from 'leaflet';
import { controlCorners } from './leaflet-privates';

/**
 * The layout of the map's control corners, in one place: what stands where, which corner
 * is across from which, and where a popup, a group of stops or the whole itinerary can
 * stand clear of the controls.
 */

/** The corner on the other side of the map from `position`, in the same row (`topleft` → `topright`). */
export function cornerAcross(map: L.Map, position: L.ControlPosition): HTMLElement | undefined {
  const across = (position.endsWith('left') ? position.replace('left', 'right') : position.replace('right', 'left')) as L.ControlPosition;
  return controlCorners(map)[across];
}

/** The corner below `position` in the same column (`topright` → `bottomright`). */
export function cornerBelow(map: L.Map, position: L.ControlPosition): HTMLElement | undefined {
  return controlCorners(map)[position.replace('top', 'bottom') as L.ControlPosition];
}

/**
 * Lifts a control in a bottom corner above the controls of the other bottom corner where
 * the two would overlap (lowers it below them in a top corner): on a phone, a wide
 * timeline and the legend. Sets its outer margin; call again when the map is resized.
 */
export function clearOfCornerAcross(control: L.Control, map: L.Map): void {
  const root = control.getContainer();
  if (!root || !root.isConnected) return;
  const position = control.getPosition();
  const bottom = position.startsWith('bottom');
  const across = cornerAcross(map, position);
  const side = bottom ? 'marginBottom' : 'marginTop';
  root.style[side] = '';
  const mine = root.getBoundingClientRect();
  let overlap = 0;
  for (const other of Array.from(across?.children ?? [])) {
    const r = other.getBoundingClientRect();
    if (r.left >= mine.right || mine.left >= r.right) continue;
    overlap = Math.max(overlap, bottom ? mine.bottom - r.top : r.bottom - mine.top);
  }
  if (overlap > 0) root.style[side] = `${parseFloat(getComputedStyle(root)[side]) + overlap + 8}px`;
}

/** Width and height of what stands in each of the map's control corners. */
type CornerSizes = Record<'topleft' | 'topright' | 'bottomleft' | 'bottomright', { w: number; h: number }>;

/** How much room the controls take in each corner of `map` (0 where a corner is empty). */
function cornerSizes(map: L.Map): CornerSizes {
  const corners = controlCorners(map);
  const size = (name: L.ControlPosition) => ({ w: corners[name]?.offsetWidth ?? 0, h: corners[name]?.offsetHeight ?? 0 });
  return { topleft: size('topleft'), topright: size('topright'), bottomleft: size('bottomleft'), bottomright: size('bottomright') };
}

/**
 * Where something `width` pixels wide (a popup, a group of stops zoomed into) can stand on
 * the map without going under a control: left of the right-hand controls (the stop list and
 * the legend, typically), right of the left-hand ones, or between the top and bottom rows
 * across the whole width, whichever leaves the most height. Returns paddings for Leaflet's
 * `autoPanPadding*` / `padding*` options, with a 10 px margin (and `below` more at the
 * bottom), and the height between them.
 */
export function roomBesideControls(map: L.Map, width: number, below = 0): { topLeft: L.Point; bottomRight: L.Point; height: number } {
  const size = map.getSize();
  const { topleft, topright, bottomleft, bottomright } = cornerSizes(map);
  const right = Math.max(topright.w, bottomright.w);
  const left = Math.max(topleft.w, bottomleft.w);
  const across = { left: 0, right: 0, top: Math.max(topleft.h, topright.h), bottom: Math.max(bottomleft.h, bottomright.h) };
  const places = [
    across,
    { left: 0, right, top: topleft.h, bottom: bottomleft.h },
    { left, right: 0, top: topright.h, bottom: bottomright.h },
  ].filter((p) => p === across || size.x - p.left - p.right - 20 >= width);
  const best = places.reduce((a, b) => (b.top + b.bottom < a.top + a.bottom ? b : a));
  const topLeft = L.point(best.left + 10, best.top + 10);
  const bottomRight = L.point(best.right + 10, best.bottom + 10 + below);
  return { topLeft, bottomRight, height: size.y - topLeft.y - bottomRight.y };
}

/** The class a control's container carries when the whole itinerary should be fitted beside it (the open stop list). */
export const KEEP_CLEAR_CLASS = 'vm-keep-clear';

/**
 * How far from the left and right edges a fit of the whole itinerary keeps its stops: beside
 * the controls that ask for it ({@link KEEP_CLEAR_CLASS}: the open stop list), when the map is
 * wide enough to spare their width.
 */
export function sidesToKeepClear(map: L.Map): { left: number; right: number } {
  let left = 0;
  let right = 0;
  const corners = controlCorners(map);
  for (const position of Object.keys(corners) as L.ControlPosition[]) {
    for (const box of Array.from(corners[position]!.children) as HTMLElement[]) {
      const width = box.classList.contains(KEEP_CLEAR_CLASS) ? box.offsetWidth : 0;
      if (!width || width * 2 > map.getSize().x) continue;
      if (position.endsWith('right')) right = Math.max(right, width + 10);
      else left = Math.max(left, width + 10);
    }
  }
  return { left, right };
}
