import * as L from 'leaflet';
import { setOptions } from './options';
import { el } from './dom';

/** Options of {@link GestureHandling}. */
export interface GestureHandlingOptions {
  /** The hint shown when the wheel turns over a map that is not focused. `{key}` is "Ctrl" or "⌘". Default `'Use {key} + scroll to zoom the map, or click it first'`. */
  wheelHint?: string;
  /** The hint shown when one finger moves over the map. Default `'Use two fingers to move the map'`. */
  touchHint?: string;
  /** How long a hint stays, in milliseconds. Default `1500`. */
  hintDuration?: number;
}

/** The class the map's container carries while a {@link GestureHandling} is on: how a layer sees that the page turned one on itself. */
export const GESTURE_HANDLING_CLASS = 'vm-gesture-handling';

const DEFAULTS: Required<GestureHandlingOptions> = {
  wheelHint: 'Use {key} + scroll to zoom the map, or click it first',
  touchHint: 'Use two fingers to move the map',
  hintDuration: 1500,
};

/**
 * Gesture handling for a map embedded in a page that scrolls: the wheel scrolls the page
 * unless the map has the focus (clicked, or tabbed into) or Ctrl/⌘ is held, and one finger
 * scrolls the page while two fingers pan and zoom the map. A hint over the map says so
 * when a gesture went to the page. A Leaflet handler, like Leaflet's own `scrollWheelZoom`:
 * it leaves those handlers on and only decides which events reach them.
 *
 * Leaflet's CSS lets the browser pan the page with one finger (`touch-action: pan-x pan-y`)
 * unless map dragging is on; so on touch, dragging stays off while a finger is the input,
 * and comes back for a mouse or pen. Two fingers go to Leaflet's `touchZoom`, which pans
 * with the pinch.
 *
 * Or let an `ItineraryLayer` turn it on with itself: `itineraryLayer(data, { gestureHandling })`.
 *
 * @example
 * gestureHandling(map);           // on
 * const gestures = gestureHandling(map); gestures.disable();
 */
export class GestureHandling extends L.Handler {
  /** The options given, over the defaults. */
  declare options: Required<GestureHandlingOptions>;
  private readonly host: L.Map;
  private hint?: HTMLElement | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dragging = false;

  constructor(map: L.Map, options: GestureHandlingOptions = {}) {
    super(map);
    this.host = map;
    L.Util.setOptions(this, DEFAULTS);
    setOptions(this, options, 'GestureHandling');
  }

  /** Called by `enable()`: listens ahead of Leaflet's handlers on the map's container. */
  override addHooks(): void {
    const container = this.host.getContainer();
    this.dragging = this.host.dragging?.enabled() ?? false;
    this.hint = el('div', 'vm-gesture-hint', undefined, container);
    this.hint.setAttribute('aria-hidden', 'true');
    container.classList.add(GESTURE_HANDLING_CLASS);
    // Capture: before Leaflet's own listeners on the container (they listen in the bubble phase).
    container.addEventListener('wheel', this.onWheel, { capture: true, passive: true });
    container.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    container.addEventListener('touchmove', this.onTouchMove, { capture: true, passive: true });
    container.addEventListener('pointerdown', this.onPointerDown, { capture: true, passive: true });
    if (typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches) this.setDragging(false);
  }

  /** Called by `disable()`: gives the map back its own wheel and drag behaviour. */
  override removeHooks(): void {
    const container = this.host.getContainer();
    container.removeEventListener('wheel', this.onWheel, { capture: true });
    container.removeEventListener('touchstart', this.onTouchStart, { capture: true });
    container.removeEventListener('touchmove', this.onTouchMove, { capture: true });
    container.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    container.classList.remove(GESTURE_HANDLING_CLASS);
    clearTimeout(this.timer);
    this.hint?.remove();
    this.hint = null;
    this.setDragging(this.dragging);
  }

  private readonly onWheel = (event: WheelEvent): void => {
    const container = this.host.getContainer();
    if (event.ctrlKey || event.metaKey || container.contains(document.activeElement)) return;
    // A control or a popup scrolls itself; Leaflet already keeps its wheel from the map.
    if ((event.target as Element).closest?.('.leaflet-control, .leaflet-popup')) return;
    // Not for the map: the page scrolls (no preventDefault) and Leaflet never sees it.
    event.stopPropagation();
    const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
    this.showHint(this.options.wheelHint.replace('{key}', mac ? '⌘' : 'Ctrl'));
  };

  private readonly onTouchStart = (event: TouchEvent): void => {
    // One finger: the page's. Two: Leaflet's pinch, which also pans.
    if (event.touches.length === 1) this.setDragging(false);
    else this.hideHint();
  };

  private readonly onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length === 1) this.showHint(this.options.touchHint);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this.setDragging(this.dragging);
  };

  private setDragging(on: boolean): void {
    const dragging = this.host.dragging;
    if (!dragging || dragging.enabled() === on) return;
    if (on) dragging.enable();
    else dragging.disable();
  }

  private showHint(text: string): void {
    if (!this.hint) return;
    this.hint.textContent = text;
    this.hint.classList.add('vm-gesture-hint--shown');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hideHint(), this.options.hintDuration);
  }

  private hideHint(): void {
    this.hint?.classList.remove('vm-gesture-hint--shown');
  }
}

/** Turns on {@link GestureHandling} for `map` and returns the handler (`.disable()` turns it off). */
export function gestureHandling(map: L.Map, options?: GestureHandlingOptions): GestureHandling {
  const handler = new GestureHandling(map, options);
  handler.enable();
  return handler;
}
