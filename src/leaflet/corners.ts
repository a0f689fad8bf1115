import * as L from 'leaflet';
import { controlCorners } from './leaflet-privates';
import { clusterPoints } from '../story/cluster';

/**
 * The layout of the map's control corners, in one place: what stands where, which corner
 * is across from which, and where a popup, a group of stops or the whole itinerary can
 * stand clear of the controls.
 *
 * Over 300 lines for a reason: issue 12 found corner layout spread over five files, each
 * measuring the controls its own way; the rules here read one another (the band a wide
 * control leaves is what a fit, a popup and a group of stops keep clear of), and a third of
 * the file is the comments saying why each rule is as it is.
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

/** The maps whose corners are laid out again after each resize and move, and each control added or removed. */
const followed = new WeakSet<L.Map>();

/**
 * Keeps `control`, in a bottom corner, clear of the other bottom corner's controls (see
 * {@link layoutCorners}): once the script adding it has run (and added the page's own
 * controls, a scale bar), and again after each resize or move of the map (a scale bar's
 * length follows the zoom, a timeline's width the map's) and each control a page adds or
 * removes later, after an await (Leaflet fires no event for it: the corners are watched),
 * each time before the page is drawn; and, where the browser has a `ResizeObserver`, on the
 * frame after a control grows or shrinks in place (the summary's legs opened), which changes
 * its corner's size but adds nothing (laid out in the observer's own turn, the list it refits
 * would resize a corner again in that turn, which the browser reports as a loop); and at once
 * when a fit is about to measure the controls ({@link MEASURE_EVENT}).
 */
export function keepClearAcross(control: L.Control, map: L.Map): void {
  control.getContainer()!.classList.add('vm-clear');
  const later = () => queueMicrotask(() => layoutCorners(map));
  if (!followed.has(map)) {
    followed.add(map);
    map.on('resize moveend', later);
    map.on(MEASURE_EVENT, () => layoutCorners(map));
    const watch = new MutationObserver(later);
    const sized = self.ResizeObserver && new ResizeObserver(() => requestAnimationFrame(() => layoutCorners(map)));
    for (const corner of Object.values(controlCorners(map))) {
      watch.observe(corner!, { childList: true });
      sized?.observe(corner!);
    }
  }
  later();
}

/**
 * Lays out the two bottom corners: each visitmap control there (class `vm-clear`), the left
 * corner's first and each corner's from the bottom up, stands above whatever of the other
 * corner it would overlap, by its outer margin: on a phone a wide timeline above the legend,
 * the legend above a site's scale bar or layer switcher. One folded into the story's bar
 * stands in no corner, and keeps no margin. Then fires {@link LAYOUT_EVENT} on the map.
 */
function layoutCorners(map: L.Map): void {
  const { bottomleft, bottomright } = controlCorners(map);
  // From the bottom up (Leaflet stacks later bottom controls above).
  const stack = (corner?: HTMLElement) => Array.from(corner?.children ?? []).reverse() as HTMLElement[];
  for (const root of map.getContainer().querySelectorAll<HTMLElement>('.vm-clear')) root.style.marginBottom = '';
  for (const [corner, across] of [[bottomleft, bottomright], [bottomright, bottomleft]]) {
    for (const root of stack(corner)) {
      if (!root.matches('.vm-clear')) continue;
      const box = root.getBoundingClientRect();
      let lift = 0;
      // Lifted above one, it may meet the next.
      for (const other of stack(across)) {
        const r = other.getBoundingClientRect();
        if (r.left < box.right && box.left < r.right && r.top < box.bottom - lift && box.top - lift < r.bottom) lift = box.bottom - r.top + 8;
      }
      if (lift) root.style.marginBottom = `${parseFloat(getComputedStyle(root).marginBottom) + lift}px`;
    }
  }
  // What leaves room for the controls (the open stop list) measures them where they now stand.
  map.fire(LAYOUT_EVENT);
}

/** The map event fired before a fit measures the controls, which lays the corners out first: not public. */
const MEASURE_EVENT = 'vmmeasure';

/** The map event fired after each {@link layoutCorners}: not public, a control's own. */
export const LAYOUT_EVENT = 'vmlayout';

/** A rectangle in the map container's pixels. */
interface Box {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** The rectangles of the visible controls, in the map container's pixels. */
function controlBoxes(map: L.Map, corners = Object.values(controlCorners(map))): Box[] {
  const origin = map.getContainer().getBoundingClientRect();
  const boxes: Box[] = [];
  for (const corner of corners) {
    for (const control of Array.from(corner?.children ?? [])) {
      const r = control.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) boxes.push({ l: r.left - origin.left, t: r.top - origin.top, r: r.right - origin.left, b: r.bottom - origin.top });
    }
  }
  return boxes;
}

/**
 * The tallest free band between `left` and `right`: the largest vertical gap between the
 * controls that reach into that column (the whole height when none do).
 */
function tallestGap(boxes: Box[], left: number, right: number, height: number): { t: number; b: number } {
  const blocking = boxes.filter((box) => box.l < right && left < box.r).sort((a, b) => a.t - b.t);
  let best = { t: 0, b: 0 };
  let y = 0;
  for (const box of [...blocking, { t: height, b: height }]) {
    if (box.t - y > best.b - best.t) best = { t: y, b: box.t };
    y = Math.max(y, box.b);
  }
  return best;
}

/**
 * Where something `width` pixels wide (a popup, a group of stops zoomed into) can stand on
 * the map without going under a control: the tallest rectangle at least that wide that no
 * control reaches into, found from where the controls actually are (on a phone the left
 * column may hold the zoom buttons at the top and a timeline at the bottom, with the room
 * beside them). Where the map is narrower than `width`, the tallest band across the whole
 * width. Returns paddings for Leaflet's `autoPanPadding*` / `padding*` options, with a
 * 10 px margin (and `below` more at the bottom), and the height between them.
 */
export function roomBesideControls(map: L.Map, width: number, below = 0): { topLeft: L.Point; bottomRight: L.Point; height: number } {
  const size = map.getSize();
  const boxes = controlBoxes(map);
  const edges = [0, size.x, ...boxes.flatMap((box) => [box.l, box.r])].filter((x) => x >= 0 && x <= size.x);
  let best = { l: 0, r: size.x, t: 0, b: -1 };
  for (const l of edges) {
    for (const r of edges) {
      const gap = r - l - 20 < width ? best : tallestGap(boxes, l, r, size.y);
      if (gap.b - gap.t > best.b - best.t) best = { l, r, ...gap };
    }
  }
  // Narrower than `width`: the tallest band across the whole map.
  if (best.b < 0) best = { l: 0, r: size.x, ...tallestGap(boxes, 0, size.x, size.y) };
  const topLeft = L.point(best.l + 10, best.t + 10);
  const bottomRight = L.point(size.x - best.r + 10, size.y - best.b + 10 + below);
  return { topLeft, bottomRight, height: size.y - topLeft.y - bottomRight.y };
}

/**
 * How far to pan the map (for `map.panBy`) so that `box` (container pixels: the route), on
 * the map but wholly under one of its controls (the open stop list), stands in the middle of
 * the free room beside them; `null` when it is not under a control, or not on the map
 * at all (panned away on purpose).
 */
export function panIntoRoom(map: L.Map, box: L.Bounds): L.Point | null {
  const size = map.getSize();
  const { min, max } = box as Required<L.Bounds>;
  // The part on the map.
  const l = Math.max(min.x, 0);
  const r = Math.min(max.x, size.x);
  const t = Math.max(min.y, 0);
  const b = Math.min(max.y, size.y);
  if (l > r || t > b || !controlBoxes(map).some((c) => c.l <= l && c.t <= t && r <= c.r && b <= c.b)) return null;
  const room = roomBesideControls(map, Math.min(box.getSize().x, size.x));
  // Its centre to the room's.
  return box.getCenter().subtract(L.bounds(room.topLeft, size.subtract(room.bottomRight)).getCenter());
}

/**
 * Where a fit of the whole itinerary keeps its stops on a map whose controls reach across half
 * of it or more (on a phone: a legend, the folded stop list, the story's bar): off the band
 * those cover across it, once the bottom corners are laid out. What stands with one in its
 * corner (a layer switcher over the story's bar) is kept clear above or below it, or beside it,
 * whichever leaves more of the map. Narrow controls alone are the sides' business
 * ({@link sidesToKeepClear}). Nothing where the room left would be under a third of the map's
 * height (the fit would have none).
 */
function bandToKeepClear(map: L.Map): { top: number; bottom: number; left: number; right: number } {
  // Where the controls will stand once the bottom corners are laid out, not where they were added
  // (a page fits right after adding them, before the layout's microtask): keepClearAcross lays them out now.
  map.fire(MEASURE_EVENT);
  const { x, y } = map.getSize();
  const room = { top: 0, bottom: 0, left: 0, right: 0 };
  for (const [position, corner] of Object.entries(controlCorners(map))) {
    const boxes = controlBoxes(map, [corner]);
    const wide = boxes.filter((box) => (box.r - box.l) * 2 > x);
    if (!wide.length) continue;
    const [v, h] = [position.startsWith('top') ? 'top' : 'bottom', position.endsWith('left') ? 'left' : 'right'] as const;
    const reach = (list: Box[], far: (box: Box) => number) => Math.max(0, ...list.map(far));
    const band = reach(wide, (box) => (v === 'top' ? box.b : y - box.t));
    const stack = reach(boxes, (box) => (v === 'top' ? box.b : y - box.t));
    const side = reach(boxes.filter((box) => !wide.includes(box)), (box) => (h === 'left' ? box.r : x - box.l));
    // The map's width lost above or below the stack, against its height lost beside it.
    const beside = (stack - band) * x > side * y;
    room[v] = Math.max(room[v], beside ? band : stack);
    if (beside) room[h] = Math.max(room[h], side);
  }
  return (y - room.top - room.bottom) * 3 < y ? { top: 0, bottom: 0, left: 0, right: 0 } : room;
}

/**
 * Paddings for a fit `x` and `y` pixels from the map's edges (badges' room), and clear of the
 * controls: beside the open stop list ({@link sidesToKeepClear}), off the band controls leave
 * across a narrow map ({@link bandToKeepClear}). What `fitItinerary` and a day's fit use.
 */
export function paddingClearOfControls(map: L.Map, x: number, y: number): Pick<L.FitBoundsOptions, 'paddingTopLeft' | 'paddingBottomRight'> {
  const sides = sidesToKeepClear(map);
  const band = bandToKeepClear(map);
  return { paddingTopLeft: [x + Math.max(sides.left, band.left), y + band.top], paddingBottomRight: [x + Math.max(sides.right, band.right), y + band.bottom] };
}

/** Whether a page's fit options choose the padding (then the fit keeps to it: a page's own room, a printed map's). */
export function choosesPadding(options: L.FitBoundsOptions = {}): boolean {
  return Boolean(options.padding || options.paddingTopLeft || options.paddingBottomRight);
}

/**
 * The fit options `fit` (the room its padding leaves, its `maxZoom`), made to keep each of
 * `points`' badges, `x` by `y` px round the point (the badges' reach, as the fit keeps from the
 * edges; those within `radius` px of each other grouped, as the markers are), clear of every control on the map, not only those the padding clears: a stop in the
 * corner of the room under the timeline, the day picker or the summary beside it. Where the view
 * `fit` gives already does, `fit` itself. Else the route moves as little as it can within the
 * room, at the same zoom if some place there keeps every badge clear, else a zoom step out (a
 * `zoomSnap`'s, a quarter with none), and so on. Leaflet's `fitBounds` lands on that view, from
 * the paddings returned (with a pixel to spare) and that zoom as `maxZoom`. Past 500 points,
 * `fit` itself.
 */
export function keepBadgesClear(map: L.Map, points: L.LatLng[], x: number, y: number, radius: number, fit: L.FitBoundsOptions): L.FitBoundsOptions {
  const size = map.getSize();
  const tl = L.point(fit.paddingTopLeft ?? fit.padding ?? [0, 0]);
  const room = size.subtract(L.point(fit.paddingBottomRight ?? fit.padding ?? [0, 0]));
  const bounds = L.latLngBounds(points);
  const controls = controlBoxes(map);
  // Leaflet keeps it as bounds.
  const limit = map.options.maxBounds as L.LatLngBounds | undefined;
  const first = Math.min(map.getBoundsZoom(bounds, false, size.subtract(room).add(tl)), fit.maxZoom ?? Infinity);
  // Thousands of stops (large mode) are clusters and dots at the whole route's zoom: not searched.
  if (!controls.length || !isFinite(first) || points.length > 500) return fit;
  for (let z = first; z >= map.getMinZoom(); z -= map.options.zoomSnap || 0.25) {
    const nw = map.project(bounds.getNorthWest(), z);
    const span = map.project(bounds.getSouthEast(), z).subtract(nw);
    // Where the route's north-west corner may stand: in the room, and where the map's maxBounds
    // let the view be (over the whole view; centred on one smaller than the map).
    const lo = tl.clone();
    const hi = room.subtract(span);
    for (const k of limit ? (['x', 'y'] as const) : []) {
      const far = size[k] - map.project(limit!.getSouthEast(), z)[k] + nw[k];
      const near = nw[k] - map.project(limit!.getNorthWest(), z)[k];
      [lo[k], hi[k]] = far > near ? [(far + near) / 2, (far + near) / 2] : [Math.max(lo[k], far), Math.min(hi[k], near)];
    }
    if (lo.x > hi.x || lo.y > hi.y) continue;
    // Where the fit puts it: the middle.
    const mid = lo.add(hi).divideBy(2);
    // Where it may not (a badge would meet a control), edges allowed.
    const no: Box[] = [];
    // A group of markers as close as `radius` is one, amid them.
    const at = points.map((p) => map.project(p, z).subtract(nw));
    for (const group of clusterPoints(at, radius)) {
      const { min, max } = L.bounds(group.map((i) => at[i]!)) as Required<L.Bounds>;
      for (const c of controls) no.push({ l: c.l - max.x - x, r: c.r - min.x + x, t: c.t - max.y - y, b: c.b - min.y + y });
    }
    // The free place nearest the middle: at the middle's x or a forbidden edge's, the nearest y free there.
    let best = { x: 0, y: 0, d: Infinity };
    for (const edge of [mid.x, ...no.flatMap((f) => [f.l, f.r])]) {
      const left = Math.min(Math.max(edge, lo.x), hi.x);
      let top = lo.y;
      for (const f of [...no.filter((f) => f.l < left && left < f.r).sort((a, b) => a.t - b.t), { t: Infinity, b: 0 }]) {
        const free = Math.min(Math.max(mid.y, top), f.t, hi.y);
        const d = (left - mid.x) ** 2 + (free - mid.y) ** 2;
        if (free >= top && d < best.d) best = { x: left, y: free, d };
        top = Math.max(top, f.b);
      }
    }
    if (!best.d && z === first) return fit;
    const corner = L.point(best.x - 1, best.y - 1);
    if (best.d < Infinity) return { ...fit, paddingTopLeft: corner, paddingBottomRight: size.subtract(corner).subtract(span).subtract([2, 2]), maxZoom: z };
  }
  return fit;
}

/** The class a control's container carries when the whole itinerary should be fitted beside it (the open stop list). */
export const KEEP_CLEAR_CLASS = 'vm-keep-clear';

/**
 * How far from the left and right edges a fit of the whole itinerary keeps its stops: beside
 * the controls that ask for it ({@link KEEP_CLEAR_CLASS}: the open stop list; or those `keep`
 * picks, such as every control left on a printed map), when the map is wide enough to spare
 * their width. Hidden controls take no room.
 */
export function sidesToKeepClear(
  map: L.Map,
  keep: (control: HTMLElement) => boolean = (control) => control.classList.contains(KEEP_CLEAR_CLASS),
): { left: number; right: number } {
  let left = 0;
  let right = 0;
  const corners = controlCorners(map);
  for (const position of Object.keys(corners) as L.ControlPosition[]) {
    for (const box of Array.from(corners[position]!.children) as HTMLElement[]) {
      const width = keep(box) ? box.offsetWidth : 0;
      if (!width || width * 2 > map.getSize().x) continue;
      if (position.endsWith('right')) right = Math.max(right, width + 10);
      else left = Math.max(left, width + 10);
    }
  }
  return { left, right };
}
