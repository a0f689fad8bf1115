import * as L from 'leaflet';
import { el } from '../dom';
import { VisitmapControl } from './control';

/** Options of {@link FullscreenControl}. */
export interface FullscreenControlOptions extends L.ControlOptions {
  /** Position of the button. Default `'topleft'` (under the zoom buttons). */
  position?: L.ControlPosition;
  /** The button's label while the map is in the page. Default `'Full screen'`. */
  enterLabel?: string;
  /** The button's label while the map fills the screen. Default `'Exit full screen'`. */
  exitLabel?: string;
}

/** What `enter` and `exit` tell: Leaflet's `type` and `target` (the control). */
export interface FullscreenEvent extends L.LeafletEvent {
  /** `'enter'` or `'exit'`. */
  type: 'enter' | 'exit';
  /** The control. */
  target: FullscreenControl;
}

/** The events a {@link FullscreenControl} fires. */
export interface FullscreenControlEventMap {
  /** Fires when the map has come to fill the screen (the button, `toggle`). */
  enter: FullscreenEvent;
  /** Fires when the map is back in the page (the button, `toggle`, Escape, the browser's own way out). */
  exit: FullscreenEvent;
}

/** The defaults of {@link FullscreenControlOptions}, documented on each option. */
const DEFAULTS: Required<FullscreenControlOptions> = { position: 'topleft', enterLabel: 'Full screen', exitLabel: 'Exit full screen' };

/** The class the map's container carries while it fills the screen (by the Fullscreen API or, without it, by CSS). */
export const FULLSCREEN_CLASS = 'vm-fullscreen';

/**
 * A button that shows the map on the whole screen and back, with the Fullscreen API
 * (`element.requestFullscreen`). Where a browser has none (Safari on iPhone), the map's
 * container is laid over the page with CSS instead, and Escape leaves. Needing no itinerary,
 * it goes on any map. Fires `enter` and `exit` (the map also fires `fullscreenchange`).
 *
 * @example
 * fullscreenControl().addTo(map).on('enter', () => player.pause());
 */
export class FullscreenControl extends VisitmapControl<Required<FullscreenControlOptions>, FullscreenControlEventMap> {
  private host: L.Map | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(options?: FullscreenControlOptions) {
    super(options, DEFAULTS, 'FullscreenControl');
  }

  /** Called by Leaflet when the control is added: the button, and the listeners that keep it in step with the screen. */
  override onAdd(map: L.Map): HTMLElement {
    this.host = map;
    const root = el('div', 'vm-fullscreen-control leaflet-bar');
    const button = (this.button = el('button', 'vm-fullscreen-control__button', undefined, root));
    L.DomEvent.disableClickPropagation(root);
    L.DomEvent.on(button, 'click', this.toggle, this);
    document.addEventListener('fullscreenchange', this.sync);
    document.addEventListener('keydown', this.onKey);
    this.sync();
    return root;
  }

  /** Called by Leaflet when the control is removed. */
  override onRemove(): void {
    document.removeEventListener('fullscreenchange', this.sync);
    document.removeEventListener('keydown', this.onKey);
    if (this.isFullscreen()) this.toggle();
    this.host = null;
  }

  /** Whether the map fills the screen. */
  isFullscreen(): boolean {
    return Boolean(this.host?.getContainer().classList.contains(FULLSCREEN_CLASS));
  }

  /** Shows the map on the whole screen, or back in the page. */
  toggle(): this {
    const container = this.host?.getContainer();
    if (!container) return this;
    const entering = !this.isFullscreen();
    if (document.fullscreenEnabled && container.requestFullscreen) {
      if (entering) void container.requestFullscreen().catch(() => this.setFallback(true));
      else if (document.fullscreenElement === container) void document.exitFullscreen();
      else this.setFallback(false);
    } else {
      this.setFallback(entering);
    }
    return this;
  }

  /** Without the Fullscreen API (or when it refuses): lays the map over the page with CSS. */
  private setFallback(on: boolean): void {
    this.host?.getContainer().classList.toggle('vm-fullscreen--fallback', on);
    this.sync();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.host?.getContainer().classList.contains('vm-fullscreen--fallback')) this.setFallback(false);
  };

  /** Brings the class, the button's label and the map's size in line with the screen. */
  private readonly sync = (): void => {
    const map = this.host;
    if (!map || !this.button) return;
    const container = map.getContainer();
    const on = document.fullscreenElement === container || container.classList.contains('vm-fullscreen--fallback');
    const changed = container.classList.contains(FULLSCREEN_CLASS) !== on;
    container.classList.toggle(FULLSCREEN_CLASS, on);
    const label = on ? this.options.exitLabel : this.options.enterLabel;
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
    if (changed) {
      map.invalidateSize();
      map.fire('fullscreenchange', { fullscreen: on });
      this.emit(on ? 'enter' : 'exit', {});
    }
  };
}

/** Creates a {@link FullscreenControl}; add it with `.addTo(map)`. */
export function fullscreenControl(options?: FullscreenControlOptions): FullscreenControl {
  return new FullscreenControl(options);
}
