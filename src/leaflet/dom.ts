import * as L from 'leaflet';
import { languagesOf, localize } from '../itinerary/localize';
import type { LocalizedText } from '../itinerary/types';

/**
 * Creates an element with classes and, optionally, text. Text always goes in through
 * `textContent`: nothing from data is ever parsed as HTML. A button is `type="button"`:
 * none made here submits a form the map sits in.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
  parent?: HTMLElement,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (tag === 'button') (node as HTMLButtonElement).type = 'button';
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

/**
 * Creates an SVG element with the given attributes (an icon, a legend swatch), appended to
 * `parent` when given. SVG drawn here is decoration: callers mark the root `aria-hidden`.
 */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]!);
  parent?.append(node);
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
  // One entry per distinct text: 杭州 is the same in zh-Hans and zh-Hant.
  const seen = new Set([shown.text]);
  return languagesOf(text)
    .filter((tag) => tag !== shown.lang && !seen.has(text[tag]!) && seen.add(text[tag]!))
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

/** Whether the user asked the system for less motion: the one check every animation here makes. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const warned = new Set<string>();
/** Warns once per page (a deprecated spelling, a missing plugin), in the console. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`visitmap: ${message}`);
}
