import * as L from 'leaflet';
import { cornerAcross, cornerBelow, KEEP_CLEAR_CLASS, LAYOUT_EVENT, sidesToKeepClear } from '../corners';
import { el, pick, isolateFromMap } from '../dom';
import { linkBase } from '../layer/draw';
import type { ItineraryFilterEvent, ItineraryStopEvent } from '../layer/events';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { followPrint } from '../print';
import { ItineraryControl } from './control';
import type { BarSlot } from './control-bar';
import { StopList } from './stop-list';

/** Options of {@link StopListControl}. */
export interface StopListControlOptions extends L.ControlOptions {
  /** Position of the control. Default `'topright'`. */
  position?: L.ControlPosition;
  /**
   * Start folded (only the header shown). Default: folded when the map is narrower than
   * 480 px or lower than 360 px, or too small for the open list beside a popup or above the legend.
   */
  collapsed?: boolean;
  /**
   * On paper, print the list below the map rather than on it: whole and unfolded (with
   * visitmap.css), the map framed on the whole itinerary; the list and the view go back
   * as they were after printing. Default `true`.
   */
  print?: boolean;
}

let uid = 0;

/** The least height the open list is given below its title bar: about three rows. */
const MIN_ROOM = 96;

/** The defaults of {@link StopListControlOptions}, documented on each option (`collapsed`: by the map's size). */
const DEFAULTS: StopListControlOptions = { position: 'topright', print: true, collapsed: undefined };

/**
 * The stop list as a map control, synced with its layer both ways: choosing a stop
 * flies the map there and opens its popup; opening a popup highlights the stop here.
 * The header folds it away; it starts folded on a map too small for it (a phone).
 *
 * @example
 * const layer = itineraryLayer(data).addTo(map);
 * stopListControl(layer).addTo(map);
 */
export class StopListControl extends ItineraryControl<StopListControlOptions> {
  private list: StopList | null = null;
  private frame = 0;
  private map: L.Map | null = null;
  private setCollapsed: (collapsed: boolean) => void = () => {};
  /** Whether the list is in the story's bar (a small map): its sheet, not its header, shows and hides it. */
  private inBar = false;
  /** While printed: where the list stood on the map, and the view to go back to. */
  private printed: { parent: Node; next: Node | null; center: L.LatLng; zoom: number } | null = null;
  private stopFollowingPrint: () => void = () => {};
  /** The map was resized since the corners were last laid out. */
  private resized = false;

  constructor(layer: ItineraryLayer, options?: StopListControlOptions) {
    super(layer, options, DEFAULTS, 'StopListControl');
  }

  /** Called by Leaflet when the control is added: builds the collapsible list (folded at first on a map too small for it, unless `collapsed` says) and follows the layer's current stop. */
  override onAdd(map: L.Map): HTMLElement {
    const layer = this.layer;
    this.map = map;
    const root = el('div', `vm-stoplist-control ${KEEP_CLEAR_CLASS}`);
    const bodyId = `vm-stoplist-body-${++uid}`;
    const toggle = el('button', 'vm-stoplist-control__toggle', undefined, root);
    toggle.setAttribute('aria-controls', bodyId);
    el('span', 'vm-stoplist-control__title', pick(layer.itinerary.title, layer.language).text, toggle);
    el('span', 'vm-stoplist-control__count', `${layer.itinerary.stops.length}`, toggle);
    const body = el('div', 'vm-stoplist-control__body', undefined, root);
    body.id = bodyId;
    this.list = createStopList(layer);
    body.append(this.list.element);
    const setCollapsed = (this.setCollapsed = (collapsed: boolean) => {
      // Focus inside a list being folded away goes to its toggle, not to the page.
      if (collapsed && body.contains(document.activeElement)) toggle.focus();
      root.classList.toggle('vm-stoplist-control--collapsed', collapsed);
      toggle.setAttribute('aria-expanded', String(!collapsed));
      // Opened, it is as wide as its rows: what stands under it now is known.
      if (!collapsed) this.fit();
    });
    // A phone upright (narrow) or sideways (short): folded, so a popup has room.
    setCollapsed(this.options.collapsed ?? (map.getSize().x < 480 || map.getSize().y < 360));
    L.DomEvent.on(toggle, 'click', () => setCollapsed(toggle.getAttribute('aria-expanded') === 'true'));
    isolateFromMap(root);
    layer.on('stopfocus', this.onStopFocus, this);
    layer.on('stopfilter', this.onStopFilter, this);
    // Fitted after the corners are laid out (a timeline lifted, a page's scale bar added late).
    map.on('resize', this.onResize, this).on(LAYOUT_EVENT, this.onLayout, this);
    // Other controls (the legend) are added in the same turn: measure once they are in.
    this.frame = requestAnimationFrame(() => {
      if (this.options.collapsed === undefined) this.foldIfCrowding();
      this.fit();
    });
    this.list.setCurrent(layer.getCurrentIndex());
    if (this.options.print) this.stopFollowingPrint = followPrint({ print: () => this.toPaper(), screen: () => this.toScreen() });
    return root;
  }

  /** Called by Leaflet when the control is removed: stops following the layer and the map. */
  override onRemove(map: L.Map): void {
    cancelAnimationFrame(this.frame);
    this.stopFollowingPrint();
    this.printed = null;
    map.off('resize', this.onResize, this).off(LAYOUT_EVENT, this.onLayout, this);
    this.map = null;
    this.layer.off('stopfocus', this.onStopFocus, this);
    this.layer.off('stopfilter', this.onStopFilter, this);
    this.list?.destroy();
    this.list = null;
  }

  /** The list inside, while the control is on a map. */
  getList(): StopList | null {
    return this.list;
  }

  /**
   * On a small map the list opens from the story's bar, as a bottom sheet, the keyboard on
   * its current stop; back in its corner, it is fitted to the room there again.
   */
  protected override barSlot(): BarSlot {
    const layer = this.layer;
    return {
      place: 'sheet',
      label: layer.settings.strings.stopList,
      count: String(layer.itinerary.stops.length),
      focus: () => this.list?.focus(),
      changed: (inBar) => {
        this.inBar = inBar;
        if (!inBar) this.fit();
      },
    };
  }

  /**
   * Lets the list grow only as far as the map has room, above whatever stands in the
   * corner below it (the legend), and beside the controls level with its title bar on
   * the other side (the zoom buttons, on a phone), through the CSS custom properties
   * --vm-stoplist-room and --vm-stoplist-width-room that visitmap.css uses in the list's
   * max-height and max-width (a site's own rule still wins).
   */
  private fit(): void {
    const map = this.map;
    const root = this.getContainer();
    if (!map || !root || this.inBar || this.printed) return;
    // Every measure first, then the two writes: a read after a write would lay the page out again.
    const frame = map.getContainer().getBoundingClientRect();
    const box = root.getBoundingClientRect();
    const barBottom = this.titleBar()!.getBoundingClientRect().bottom;
    const room = this.room();
    const onLeft = this.getPosition().endsWith('left');
    let taken = 0; // how far the other side's controls level with the title bar reach in
    for (const c of Array.from(cornerAcross(map, this.getPosition())?.children ?? [])) {
      const r = c.getBoundingClientRect();
      if (r.top < barBottom && r.bottom > box.top) taken = Math.max(taken, onLeft ? frame.right - r.left : r.right - frame.left);
    }
    root.style.setProperty('--vm-stoplist-room', `${Math.max(MIN_ROOM, Math.floor(room))}px`);
    root.style.setProperty('--vm-stoplist-width-room', `${Math.max(160, Math.floor(map.getSize().x - taken - 20))}px`);
  }

  private titleBar(): HTMLElement | null | undefined {
    return this.getContainer()?.querySelector<HTMLElement>('.vm-stoplist-control__toggle');
  }

  /** The height the open list has below its title bar, above the controls after it in its corner (a full-screen button) and whatever stands in the corner below (the legend). */
  private room(): number {
    const map = this.map;
    const bar = this.titleBar();
    if (!map || !bar) return Infinity;
    const position = this.getPosition();
    const root = this.getContainer()!;
    const bottom = map.getContainer().getBoundingClientRect().bottom;
    const box = root.getBoundingClientRect();
    let after = cornerBelow(map, position)?.offsetHeight ?? 0;
    // On a narrow map the open list reaches over the other bottom corner too (the legend, a scale bar).
    if (position.startsWith('top')) {
      for (const c of Array.from(cornerAcross(map, position.replace('top', 'bottom') as L.ControlPosition)?.children ?? [])) {
        const r = c.getBoundingClientRect();
        if (r.left < box.right && box.left < r.right) after = Math.max(after, bottom - r.top);
      }
    }
    for (let c = root.nextElementSibling; c; c = c.nextElementSibling) after += (c as HTMLElement).offsetHeight + 10;
    return bottom - bar.getBoundingClientRect().bottom - after - 20;
  }

  private onStopFocus(e: ItineraryStopEvent): void {
    this.list?.setCurrent(e.index);
    // The open list would hide the stop just chosen.
    if (!this.printed) this.foldIfCrowding();
  }

  /**
   * To paper: the list moves out of the map to just below it, where visitmap.css prints it
   * whole, and the map, resized to its printed width, is framed on the whole itinerary,
   * clear of the controls still printed on it (the legend). Runs again once the page is laid
   * out for paper (see followPrint): only then are the map's printed size and the controls
   * left on it known.
   */
  private toPaper(): void {
    const map = this.map;
    const root = this.getContainer();
    if (!map || !root) return;
    if (!this.printed) {
      this.printed = { parent: root.parentNode!, next: root.nextSibling, center: map.getCenter(), zoom: map.getZoom() };
      map.getContainer().after(root);
      root.classList.add('vm-stoplist-control--print');
    }
    // Leaflet measures its container only on a window resize, which a switch to print is not.
    map.invalidateSize({ animate: false, pan: false });
    // The attribution and scale bar are thin strips along the bottom: the padding clears them.
    const { left, right } = sidesToKeepClear(map, (c) => !c.matches('.leaflet-control-attribution, .leaflet-control-scale'));
    const [x, y] = this.layer._fitPadding();
    const fit = { animate: false, paddingTopLeft: L.point(x + left, y), paddingBottomRight: L.point(x + right, y), maxZoom: 12 };
    // A day picked (a stop filter): the map shows the stops the list shows.
    const shown = this.layer.getStopFilter();
    if (!shown?.length) this.layer.fitItinerary(fit);
    else map.fitBounds(L.latLngBounds(shown.map((i) => this.layer._stopLatLng(i))), fit);
  }

  /** Back from paper: the list to its corner, the map to its size and view on screen. */
  private toScreen(): void {
    const map = this.map;
    const root = this.getContainer();
    const printed = this.printed;
    if (!map || !root || !printed) return;
    this.printed = null;
    root.classList.remove('vm-stoplist-control--print');
    // Controls added to the corner while printing: the list goes back before the same neighbour if it is still there.
    printed.parent.insertBefore(root, printed.next?.parentNode === printed.parent ? printed.next : null);
    map.invalidateSize({ animate: false, pan: false });
    map.setView(printed.center, printed.zoom, { animate: false });
  }

  /** A window made narrower, a phone turned: see {@link onLayout}. */
  private onResize(): void {
    this.resized = true;
  }

  /**
   * The corners laid out (after a resize, a move, a control added or removed): the list is
   * fitted to the room they leave it and, after a resize, folds away if it now crowds the map.
   */
  private onLayout(): void {
    // On paper the list is below the map, whatever the map's size.
    if (this.resized && !this.printed) this.foldIfCrowding();
    this.resized = false;
    this.fit();
  }

  /**
   * Folds the list away on a map too narrow for it and a popup side by side (a phone), or
   * too short for more than a few of its rows above the legend (a phone turned sideways).
   */
  private foldIfCrowding(): void {
    const root = this.getContainer();
    if (this.map && root && !this.inBar && (root.offsetWidth * 2 > this.map.getSize().x || this.room() < MIN_ROOM)) this.setCollapsed(true);
  }

  private onStopFilter(e: ItineraryFilterEvent): void {
    this.list?.setVisible(e.stops && new Set(e.stops));
  }
}


/**
 * A stop list bound to a layer (choosing a stop opens it, without moving focus; `l` on a stop
 * opens the popup of the leg leaving it, with the layer's `legPopup` option), for use
 * inside or outside the map: the list of {@link StopListControl}, or one of your own.
 * Follow the layer's `stopfocus` and `stopfilter` events to keep it current.
 * @example
 * document.querySelector('#stops')!.append(createStopList(layer).element);
 */
export function createStopList(layer: ItineraryLayer): StopList {
  const o = layer.settings;
  const list = new StopList(layer.itinerary, {
    language: o.language,
    dateLocale: o.dateLocale,
    strings: o.strings,
    linkBase: linkBase(layer),
    externalLinkTarget: o.externalLinkTarget,
    virtual: layer.large,
    onSelect: (index) => layer.openStop(index, { focus: false }),
    // With the layer's legPopup option: the leg leaving the stop, as `l` on its marker opens it (large mode has no markers).
    onLeg: (index) => layer._openLegFrom(index),
  });
  const shown = layer.getStopFilter();
  list.setVisible(shown && new Set(shown));
  return list;
}

/**
 * Factory for {@link StopListControl}.
 * @example
 * stopListControl(layer, { position: 'topleft', collapsed: true }).addTo(map);
 */
export function stopListControl(layer: ItineraryLayer, options?: StopListControlOptions): StopListControl {
  return new StopListControl(layer, options);
}
