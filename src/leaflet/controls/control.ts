import * as L from 'leaflet';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { keepClearAcross } from '../corners';
import { eventedControl } from '../leaflet-privates';
import { checkNames, setOptions } from '../options';
import { ControlBar, type BarSlot } from './control-bar';

const EventedControl = /* @__PURE__ */ eventedControl();

/** The handler of each event of a control, for the object form of `on`/`off`/`once`. */
export type ControlHandlers<E> = { [K in keyof E]?: (event: E[K]) => void };

/**
 * The one base of every visitmap control, the fullscreen button's too: a Leaflet `L.Control`
 * with `L.Evented` mixed in (as Leaflet's own docs suggest, `includes: L.Evented.prototype`),
 * so each control fires typed events and `on`, `off` and `once` take a context, as the
 * layer's do. Its options (`control.options`) are the given ones merged by `setOptions`,
 * which ignores `undefined`, over the defaults each class declares once; a likely typo of
 * an option's name is refused. {@link ItineraryControl} adds the layer a control serves.
 */
// Merged with the interface below, which adds the typed event methods.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class VisitmapControl<Options extends L.ControlOptions, Events = object> extends EventedControl {
  /** Every option of the control: the ones given, over the class's defaults. */
  declare options: Options;

  /**
   * @param defaults the class's defaults, declared once beside it; `options` over them.
   * @param name the class's name, for error messages.
   */
  constructor(options: Partial<Options> | undefined, defaults: Options, name: string) {
    super(defaults);
    setOptions(this, options ?? {}, name);
    // A likely typo of a default's name ("sped") would silently keep the default, as the layer's options would; a speed of '2' would be read as text.
    checkNames(options, defaults, name);
  }

  /** Fires `type` with `data` (Leaflet adds `type` and `target`). */
  protected emit<K extends keyof Events & string>(type: K, data: Omit<Events[K], keyof L.LeafletEvent>): void {
    this.fire(type, data);
  }
}

// The typed event methods (L.Evented's, mixed in above); the type parameters must match the class's.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface VisitmapControl<Options extends L.ControlOptions, Events = object> {
  /** Listens to one of the control's events, with its payload typed; `context` is `this` in `fn`. */
  on<K extends keyof Events & string>(type: K, fn: (event: Events[K]) => void, context?: unknown): this;
  /** Listens to several of the control's events, given as a map of event name to handler. */
  on(handlers: ControlHandlers<Events>, context?: unknown): this;
  /** Like `on`, but the handler runs only the first time the event fires. */
  once<K extends keyof Events & string>(type: K, fn: (event: Events[K]) => void, context?: unknown): this;
  /** Like `on` with a map of handlers, each running only once. */
  once(handlers: ControlHandlers<Events>, context?: unknown): this;
  /** Stops listening: the handler given (with the same context), or every handler of `type` when `fn` is absent. */
  off<K extends keyof Events & string>(type: K, fn?: (event: Events[K]) => void, context?: unknown): this;
  /** Removes the handlers in a map of event name to handler; with no argument, every handler of every event. */
  off(handlers?: ControlHandlers<Events>, context?: unknown): this;
  /** Fires an event (Leaflet's `fire`). */
  fire(type: string, data?: object, propagate?: boolean): this;
  /** Whether anything listens to `type`. */
  listens(type: string, propagate?: boolean): boolean;
}

/**
 * The base of every control of an itinerary layer (a {@link VisitmapControl}): it keeps the
 * layer it serves, and goes with it. While the layer is off the control's map (`map.removeLayer`,
 * or not yet added) the control is hidden, and it shows again when the layer comes back, as it
 * was left (its options, state and the page's listeners kept). `remove()` takes it off the map.
 */
export abstract class ItineraryControl<Options extends L.ControlOptions, Events = object> extends VisitmapControl<Options, Events> {
  /** The itinerary layer the control serves. */
  readonly layer: ItineraryLayer;
  /** The map the control is on, while it is on one. */
  protected host: L.Map | null = null;

  /**
   * @param defaults the class's defaults, declared once beside it; `options` over them.
   * @param name the class's name, for error messages.
   */
  constructor(layer: ItineraryLayer, options: Partial<Options> | undefined, defaults: Options, name: string) {
    super(options, defaults, name);
    this.layer = layer;
  }

  /** The bar of the map the control is on, while it takes part in one. */
  private bar: ControlBar | null = null;

  /**
   * Adds the control to the map (Leaflet's `addTo`); on a small map, where a timeline is,
   * it folds into the story's one bar along the bottom edge (see {@link barSlot}). In a
   * bottom corner it stands clear of the other's controls.
   */
  override addTo(map: L.Map): this {
    super.addTo(map);
    // The layer's classes: a page's CSS for the layer (its badges' colour) reaches its controls too.
    const cls = this.layer.settings.className;
    if (cls) L.DomUtil.addClass(this.getContainer()!, cls);
    const slot = this.barSlot();
    if (slot) (this.bar = ControlBar.of(map)).add(this, slot);
    keepClearAcross(this, map);
    this.host = map;
    this.layer.on('add', this.follow, this).on('remove', this.follow, this);
    this.follow();
    return this;
  }

  /** Removes the control from its map (and from the map's bar). */
  override remove(): this {
    this.layer.off('add', this.follow, this).off('remove', this.follow, this);
    this.bar?.delete(this);
    this.bar = null;
    super.remove();
    this.host = null;
    return this;
  }

  /** The layer came onto the map or left it (during `remove`, the map no longer has it): the control shows or hides with it. */
  private follow(): void {
    const shown = Boolean(this.host?.hasLayer(this.layer));
    // The page's own control of a kind takes the place of the one the layer's deprecated option
    // added (the script-tag build's legend): one legend per layer, as with ES modules.
    if (shown) for (const c of this.layer._controls) if (c !== this && c.constructor === this.constructor) c.remove();
    this.getContainer()!.hidden = !shown;
    this.bar?.follow();
    this.layerShown(shown);
  }

  /** Told when the layer comes onto the control's map or leaves it (and when the control is added). */
  protected layerShown(shown: boolean): void {
    void shown;
  }

  /** Where the control stands in the story's bar on a small map; `null` (the default): it stays in its corner. */
  protected barSlot(): BarSlot | null {
    return null;
  }
}
