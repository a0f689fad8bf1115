import * as L from 'leaflet';
import { languagesOf, localize } from '../itinerary/localize';
import type { LocalizedText } from '../itinerary/types';

/**
 * Creates an element with classes and, optionally, text. Text always goes in through
 * `textContent`: nothing from data is ever parsed as HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
  parent?: HTMLElement,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

/** Text in `language`, with the tag of the language actually shown (for the `lang` attribute). */
export function pick(text: LocalizedText | undefined, language: string): { text: string; lang: string | null } {
  const shown = localize(text, language);
  if (text === undefined || typeof text === 'string') return { text: shown, lang: null };
  const lang = languagesOf(text).find((tag) => text[tag] === shown) ?? null;
  return { text: shown, lang };
}

/** An element holding localised text, marked with its language so screen readers pronounce it right. */
export function localizedEl<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text: LocalizedText | undefined,
  language: string,
  parent?: HTMLElement,
): HTMLElementTagNameMap[K] {
  const { text: shown, lang } = pick(text, language);
  const node = el(tag, className, shown, parent);
  if (lang) node.lang = lang;
  return node;
}

/** The other languages a text is given in, as `[tag, text]`, leaving out the one shown. */
export function otherLanguages(text: LocalizedText | undefined, language: string): [string, string][] {
  if (text === undefined || typeof text === 'string') return [];
  const shown = pick(text, language);
  return languagesOf(text)
    .filter((tag) => tag !== shown.lang && text[tag] !== shown.text)
    .map((tag) => [tag, text[tag]!]);
}

/**
 * Keeps clicks, double-clicks and wheel turns inside `root` (a control, a popup) from
 * reaching the map. Leaflet 1.9 tells them apart by walking up from the click's target,
 * which fails when the click replaced the element it landed on (a list re-rendering its
 * rows, a popup showing another stop): the map then took it for a click on itself and
 * closed the popup just opened. So clicks also stop at `root`.
 */
export function isolateFromMap(root: HTMLElement): void {
  L.DomEvent.disableClickPropagation(root);
  L.DomEvent.disableScrollPropagation(root);
  L.DomEvent.on(root, 'click', L.DomEvent.stopPropagation);
}

/** The map's control corners by position (`topleft`, …): Leaflet keeps them in a private member. */
export function controlCorners(map: L.Map): Partial<Record<L.ControlPosition, HTMLElement>> {
  return (map as unknown as { _controlCorners?: Partial<Record<L.ControlPosition, HTMLElement>> })._controlCorners ?? {};
}

/** The corner on the other side of the map from `position`, in the same row (`topleft` → `topright`). */
export function cornerAcross(map: L.Map, position: L.ControlPosition): HTMLElement | undefined {
  const across = (position.endsWith('left') ? position.replace('left', 'right') : position.replace('right', 'left')) as L.ControlPosition;
  return controlCorners(map)[across];
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
