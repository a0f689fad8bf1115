import * as L from 'leaflet';
import { roomBesideControls } from '../corners';
import { isolateFromMap } from '../dom';
import { isPanning } from '../leaflet-privates';

/** The least a fitted popup's content gets, px: a narrower one is not read comfortably. */
const MIN_WIDTH = 160;
/** A popup's content lower than this scrolls at once: a narrower popup is tried where that leaves it taller. */
const MIN_HEIGHT = 140;
/** The least height a fitted popup's content gets, px, though it then reaches past its room (onto the controls, its stop under them). */
const LEAST_HEIGHT = 100;

/**
 * The one popup of an itinerary layer, shared by its stops: sized to the map (phones
 * included) unless the site chose sizes itself, panned clear of the controls in the
 * corners (which stand above popups), and fitted again when the map is resized.
 */
export class StopPopup {
  readonly popup: L.Popup;
  /** The stop whose popup is open, `-1` when none. */
  index = -1;
  /** Whether the popup was opened from the keyboard (focus returns to its marker when it closes). */
  keyboard = false;
  /** Whether focus was in the popup as it closed (taken before Leaflet takes its element away, at once when it does not fade). */
  hadFocus = false;
  /** What had focus, outside the popup, as it opened: focus goes back to it (or to the stop's marker) when the popup closes with focus in it. */
  opener: HTMLElement | null = null;
  private readonly chosen: L.PopupOptions;
  private map?: L.Map | null;
  private frame = 0;

  /** @param onClose called with the stop whose popup closed. */
  constructor(options: L.PopupOptions, onClose: (index: number) => void) {
    this.chosen = options;
    this.popup = L.popup({ ...options, className: `vm-popup-container ${options.className ?? ''}`.trim() });
    const onRemove = this.popup.onRemove;
    this.popup.onRemove = (map) => {
      this.hadFocus = Boolean(this.popup.getElement()?.contains(document.activeElement));
      return onRemove.call(this.popup, map);
    };
    this.popup.on('remove', () => {
      const index = this.index;
      this.index = -1;
      onClose(index);
      this.keyboard = false;
    });
    // A button in the popup that opens another stop replaces the content it sits in.
    this.popup.once('add', () => isolateFromMap(this.popup.getElement()!));
  }

  /** Follows `map`'s resizes (or none, with `null`). */
  attach(map: L.Map | null): void {
    this.map?.off('resize', this.onResize, this);
    L.Util.cancelAnimFrame(this.frame);
    this.map = map;
    map?.on('resize', this.onResize, this);
  }

  /** Whether the popup is open on the map. */
  isOpen(): boolean {
    return this.popup.isOpen();
  }

  /** The popup's element, when open. */
  element(): HTMLElement | undefined {
    return this.isOpen() ? this.popup.getElement() : undefined;
  }

  /** Opens (or moves) the popup at `latlng` with `content`, for stop `index`. */
  show(index: number, latlng: L.LatLng, content: HTMLElement | string, offsetY: number): void {
    const map = this.map;
    if (!map) return;
    this.index = index;
    this.popup.options.offset = L.point(0, offsetY);
    this.fit(map);
    this.popup.setLatLng(latlng).setContent(content);
    if (!this.popup.isOpen()) {
      const active = document.activeElement;
      this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
      this.popup.openOn(map);
    }
    this.zoomForRoom(map, latlng, offsetY);
  }

  /**
   * Where the map's `maxBounds` keep it from panning the popup down clear of the controls (a
   * small map at a whole-world zoom: the stop sits too near the world's top edge), zooms in on
   * the stop until it can, and pans again. On a phone, a popup opened at Dubai on a world map
   * stayed under the zoom and full-screen buttons.
   */
  private zoomForRoom(map: L.Map, latlng: L.LatLng, offsetY: number): void {
    const el = this.popup.getElement();
    // Leaflet keeps `maxBounds` as an L.LatLngBounds (setMaxBounds converts what it is given).
    const bounds = map.options.maxBounds as L.LatLngBounds | undefined;
    if (!el || !bounds) return;
    // How far below the world's top edge the stop must be: the room's top, the popup and its tip.
    const need = roomBesideControls(map, el.offsetWidth).topLeft.y + el.offsetHeight - offsetY + 20;
    const edge = L.latLng(bounds.getNorth(), latlng.lng);
    let zoom = map.getZoom();
    while (zoom < map.getMaxZoom() && map.project(latlng, zoom).y - map.project(edge, zoom).y < need) zoom++;
    if (zoom === map.getZoom()) return;
    map.setZoomAround(latlng, zoom, { animate: false });
    // The stop kept its place on screen: down, for its popup to be below the room's top (a stop near a pole was left with its popup above the map).
    const y = map.latLngToContainerPoint(latlng).y;
    if (y < need) map.panBy([0, y - need], { animate: false });
    this.popup.update();
  }

  /** Closes the popup. */
  close(): void {
    this.popup.remove();
  }

  /**
   * Focuses the popup's title (or its first focusable element), and scrolls the page as little
   * as brings the whole popup into the window once the map has panned it clear of the controls:
   * the page scrolled to a marker reached by Tab leaves the popup above it cut by the window's
   * top (at 844×390, its close button). Focus itself does not scroll, which would scroll the
   * map's own container.
   */
  focus(): void {
    const map = this.map;
    const el = this.element();
    if (!map || !el) return;
    el.querySelector<HTMLElement>('.vm-popup__title, [tabindex], a, button')?.focus({ preventScroll: true });
    const show = () => el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (isPanning(map)) map.once('moveend', show);
    else show();
  }

  private fit(map: L.Map): void {
    const size = map.getSize();
    const chosen = this.chosen;
    const o = this.popup.options;
    let maxWidth = Math.min(chosen.maxWidth ?? 320, Math.max(MIN_WIDTH, size.x - 70));
    let room = roomBesideControls(map, maxWidth + 50, 24); // content, its padding and the close button; the marker below its tip
    // No band across the map tall enough for the popup (on a phone: a story's bar, with a layer switcher
    // and the attribution above it): a narrower popup beside the narrow controls, where that is taller,
    // rather than one panned as high as it goes with its stop under the attribution. Else it is made
    // as low as its room, down to LEAST_HEIGHT: a popup taller than its room is panned to the room's
    // top, and its stop, below it, under the controls at the bottom.
    if (room.height - 50 < MIN_HEIGHT) {
      const narrow = roomBesideControls(map, MIN_WIDTH + 50, 24);
      if (narrow.height > room.height) {
        room = narrow;
        maxWidth = Math.min(maxWidth, size.x - narrow.topLeft.x - narrow.bottomRight.x - 50);
      }
    }
    o.autoPanPaddingTopLeft = chosen.autoPanPaddingTopLeft ?? room.topLeft;
    o.autoPanPaddingBottomRight = chosen.autoPanPaddingBottomRight ?? room.bottomRight;
    o.maxHeight = chosen.maxHeight ?? Math.max(LEAST_HEIGHT, room.height - 50); // less its padding and tip
    o.maxWidth = maxWidth;
    o.minWidth = Math.min(chosen.minWidth ?? 220, maxWidth);
  }

  /**
   * The map was resized (a window, a phone turned): the open popup fits and pans again, on
   * the next frame, once the controls have followed the resize too.
   */
  private onResize(): void {
    L.Util.cancelAnimFrame(this.frame);
    this.frame = L.Util.requestAnimFrame(() => this.refit());
  }

  /**
   * The open popup fits its room and pans into it again: after a resize, or a fit that moved
   * the map under it (a day chosen on a phone left the last stop's popup above the map, over
   * the zoom buttons).
   */
  refit(): void {
    const map = this.map;
    if (!map || !this.isOpen()) return;
    this.fit(map);
    this.popup.update();
  }
}
