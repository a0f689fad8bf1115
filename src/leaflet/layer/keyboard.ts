import * as L from 'leaflet';
import type { ItineraryLayer } from './itinerary-layer';

/**
 * The keyboard paths through an itinerary layer, as an `L.Handler` (as Leaflet's own
 * `KeyboardHandler` is): Enter or Space on a marker opens its stop; arrows (or `n`/`p`)
 * on a marker or in a popup go to the next or previous stop; Escape (anywhere in the map)
 * closes the popup, giving focus back to its marker from the popup or a marker (during a
 * flight to another stop, to that stop's marker at once and again when it arrives, without its popup); Enter on a group marker opens the group. With the
 * `legPopup` option, `l` on a marker opens the popup of the leg leaving its stop (the last
 * stop's: the leg reaching it), where → and ← open the stops it reaches and leaves. Focusing a
 * marker makes its stop current. The layer enables it while it is on a map.
 */
export class LayerKeyboard extends L.Handler {
  private readonly layer: ItineraryLayer;
  private readonly map: L.Map;
  private readonly container: HTMLElement;

  constructor(map: L.Map, layer: ItineraryLayer) {
    super(map);
    this.layer = layer;
    this.map = map;
    this.container = map.getContainer();
  }

  /** Called by `enable()`: listens to the map container's keys and focus. */
  override addHooks(): void {
    L.DomEvent.on(this.container, this.hooks(), this);
  }

  /** Called by `disable()`. */
  override removeHooks(): void {
    L.DomEvent.off(this.container, this.hooks(), this);
  }

  /** The container's events listened to, and their handlers. */
  private hooks(): Record<string, L.DomEvent.EventHandlerFn> {
    return { keydown: this.onKeyDown as L.DomEvent.EventHandlerFn, focusin: this.onFocusIn as L.DomEvent.EventHandlerFn };
  }

  private onFocusIn(e: FocusEvent): void {
    const layer = this.layer;
    const place = layer._markers?.placeOfElement(e.target as HTMLElement);
    if (place === undefined) return;
    const p = layer.places[place]!;
    if (!p.stops.includes(layer.getCurrentIndex())) layer._setCurrent(p.stops[0]!, false);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const layer = this.layer;
    const popup = layer._popup;
    const markers = layer._markers;
    const target = e.target as HTMLElement;
    const inPopup = Boolean(popup.element()?.contains(target));
    const place = markers?.placeOfElement(target);
    const onMarker = place !== undefined;
    // Escape closes the popup from anywhere in the map (a control such as the timeline's
    // slider too, whose arrows open stops). Closing a keyboard popup gives focus back to its
    // marker when focus was in the popup (the layer's onPopupClose); elsewhere it stays.
    if (e.key === 'Escape') {
      if (popup.isOpen()) {
        e.preventDefault();
        // Arrows pressed faster than the flights: the popup still shows an earlier stop, and
        // the move under way would open the current one's. The move goes on without a popup,
        // and the keyboard goes to the current stop's marker when it arrives, not the earlier one's.
        // From the popup it goes there now too (large mode: to the stop list): it stayed in the
        // popup fading out, then fell to <body> until the move ended, where Escape does nothing.
        const moving = layer._camera?.pending;
        const current = layer.getCurrentIndex();
        popup.keyboard = !moving;
        popup.close();
        if (moving && inPopup) layer._focusStop(current);
        if (moving) layer.openStop(current, { popup: false, focus: inPopup || onMarker ? 'marker' : false });
      }
      return;
    }
    const key = e.key;
    const press = key === 'Enter' || key === ' ';
    if (!inPopup && !onMarker) {
      if (press && markers?.expandFromElement(target)) e.preventDefault();
      return;
    }
    if (onMarker && press) {
      e.preventDefault();
      layer._activatePlace(place, true);
      return;
    }
    // `l` on a marker: the popup of the leg leaving its stop (legs have popups with the legPopup option).
    if (onMarker && (key === 'l' || key === 'L')) {
      if (layer._openLegFrom(layer._stopAt(place))) e.preventDefault();
      return;
    }
    const forward = key === 'n' || key === 'ArrowRight' || (onMarker && key === 'ArrowDown');
    const back = key === 'p' || key === 'ArrowLeft' || (onMarker && key === 'ArrowUp');
    if (!forward && !back) return;
    e.preventDefault();
    // In a leg's popup: → the stop it reaches, ← the stop it leaves.
    const leg = inPopup && popup.index < 0 ? layer._leg : -1;
    const index = leg >= 0 ? leg + (forward ? 1 : 0) : layer._step(forward ? 1 : -1);
    if (inPopup) {
      popup.keyboard = true;
      layer.openStop(index, { focus: 'popup' });
    } else if (popup.isOpen()) {
      // On a marker: move to the next stop's marker; its popup follows if one is open.
      layer.openStop(index, { focus: 'marker' });
    } else {
      this.revealAndFocus(index);
    }
  }

  /** Makes stop `index` current, shows its marker and focuses it, without opening its popup. */
  private revealAndFocus(index: number): void {
    const { layer, map } = this;
    layer._setCurrent(index, true);
    const place = layer._placeOfStop[index]!;
    const zoom = layer._markers?.zoomToReveal(place) ?? map.getZoom();
    // To the marker that takes focus: the place's own (large mode: the stop's copy nearest the view).
    const latlng = layer._markers?.placeLatLng(place) ?? layer._stopLatLng(index, map.getCenter());
    if (zoom !== map.getZoom() || !map.getBounds().contains(latlng)) map.setView(latlng, zoom, { animate: false });
    layer._markers?.reveal(place);
    layer._focusStop(index);
    layer._fireStop('stopvisit', index); // as a popup opening does: the address and the timeline follow
  }
}
