import * as L from 'leaflet';
import { el, isolateFromMap } from '../dom';
import { controlCorners } from '../leaflet-privates';

/**
 * Where a control stands when the story's controls fold into one bar on a small map:
 * `main` starts the bar's row (the timeline, which asks for the bar), `row` stands beside
 * it (the day picker), `sheet` goes behind a toggle in the row and opens as a bottom
 * sheet over the lower part of the map (the stop list, the legend), `hidden` is not shown
 * on a small map (the summary). `changed` is told when the control moves into the bar or
 * back to its corner; `focus` moves the keyboard into a sheet just opened.
 */
export type BarSlot = (
  | { place: 'main' | 'row' | 'hidden' }
  | { place: 'sheet'; label: string; count?: string; focus?: () => void }
) & { changed?: (inBar: boolean) => void };

/** Below this width or height (px) a map is small: its story controls fold into the bar. */
export const SMALL_MAP = /* @__PURE__ */ Object.freeze({ width: 640, height: 440 });

/**
 * Whether a map of this size is small enough for the bar: narrower than 640 px or lower
 * than 440 px (a phone upright or sideways, a small embed on a desktop). A map with no
 * size yet (hidden, not laid out) is not: it is measured again when it is resized.
 */
export function isSmallMap(size: { x: number; y: number }): boolean {
  return size.x > 0 && size.y > 0 && (size.x < SMALL_MAP.width || size.y < SMALL_MAP.height);
}

/** What a control is to the bar: its container (Leaflet's `L.Control.getContainer`) and the layer it serves (whose meeting view a sheet closes). */
interface Member {
  getContainer(): HTMLElement | undefined;
  readonly layer: L.Evented & { closeMeeting?(): unknown };
}

/** A control folded into the bar, and where it stood before. */
interface Folded {
  member: Member;
  slot: BarSlot;
  parent: Node | null;
  next: Node | null;
}

/** Whether the page is laid out for paper: a printed map is not a phone, and the bar keeps the layout the screen had. */
const printing = (): boolean => typeof matchMedia === 'function' && matchMedia('print').matches;

let uid = 0;
const bars = new WeakMap<L.Map, ControlBar>();

/**
 * The story's controls on a small map: one bar along the bottom edge with the timeline,
 * the day picker, and a toggle for each control that opens as a bottom sheet (one at a
 * time; the toggle or Escape closes it and gives the keyboard back to the toggle; a popup
 * or a meeting's view opening or a click on the map closes it too, and it closes an open popup and meeting view as it opens). Formed while a `main` control is on the
 * map and the map is small ({@link isSmallMap}, measured on the map's `resize`); on a
 * large map every control stays in its corner. One per map, made by the controls
 * themselves (`ItineraryControl.addTo`).
 */
export class ControlBar {
  private readonly map: L.Map;
  private readonly members = new Map<Member, BarSlot>();
  private folded: Folded[] = [];
  private root: HTMLElement | null = null;
  private row: HTMLElement | null = null;
  private panels = new Map<Member, { panel: HTMLElement; toggle: HTMLButtonElement }>();
  private open: Member | null = null;
  /** Fits again when the row or the sheet changes height (the date wraps, a list grows): the attribution stays above them. */
  private watch: ResizeObserver | null = null;

  private constructor(map: L.Map) {
    this.map = map;
    map.on('resize', this.update, this);
    map.on('popupopen click', this.onMapEvent, this);
  }

  /** The bar of `map`, made on first use. */
  static of(map: L.Map): ControlBar {
    let bar = bars.get(map);
    if (!bar) bars.set(map, (bar = new ControlBar(map)));
    return bar;
  }

  /** Adds a control that folds into the bar on a small map. */
  add(member: Member, slot: BarSlot): void {
    // The layer shows a stop in a popup that may be open already (no Leaflet popupopen): its own event says so. A meeting's view is a panel over the map too.
    if (!this.serves(member.layer)) member.layer.on('popupopen meetingopen', this.onMapEvent, this);
    this.members.set(member, slot);
    this.refold();
  }

  /** Takes a control out of the bar (it is being removed from the map); the last one out ends the bar. */
  delete(member: Member): void {
    if (!this.members.delete(member)) return;
    if (!this.serves(member.layer)) member.layer.off('popupopen meetingopen', this.onMapEvent, this);
    this.refold();
    if (this.members.size) return;
    this.map.off('resize', this.update, this);
    this.map.off('popupopen click', this.onMapEvent, this);
    bars.delete(this.map);
  }

  private serves(layer: L.Evented): boolean {
    return [...this.members.keys()].some((m) => m.layer === layer);
  }

  /** Hides the bar while every control in it is hidden (their layer off the map): no toggle left for an empty sheet. */
  follow(): void {
    if (this.root) this.root.hidden = [...this.members.keys()].every((m) => m.getContainer()?.hidden);
  }

  /** Whether the controls are folded into the bar now. */
  isFolded(): boolean {
    return this.root !== null;
  }

  /** Opens the sheet of `member` (closing any other) and moves the keyboard into it. */
  openSheet(member: Member): void {
    const entry = this.panels.get(member);
    if (!entry) return;
    if (this.open && this.open !== member) this.closeSheet();
    // The sheet makes way for nothing: an open popup closes, and a meeting's view, as either opening
    // closes the sheet (left open, the popup stood under the sheet, the attribution written over its text).
    // Both this and `vm-sheet-open` (visitmap.css) are needed: closed, the popup still fades out over
    // 200 ms under the sheet, which the class hides at once; hidden only, it would stay open (its stop
    // in the address, on screen again when the sheet closes). Nothing reopens it while the sheet is open.
    this.map.closePopup();
    for (const m of this.members.keys()) m.layer.closeMeeting?.();
    this.open = member;
    entry.panel.hidden = false;
    entry.toggle.setAttribute('aria-expanded', 'true');
    this.fit();
    const slot = this.members.get(member);
    if (slot?.place === 'sheet' && slot.focus) slot.focus();
    if (!entry.panel.contains(document.activeElement)) entry.panel.focus();
  }

  /** Closes the open sheet; the keyboard goes back to its toggle if it was inside (or with `refocus`). */
  closeSheet(refocus = false): void {
    const entry = this.open && this.panels.get(this.open);
    this.open = null;
    if (!entry) return;
    const inside = entry.panel.contains(document.activeElement);
    entry.panel.hidden = true;
    entry.toggle.setAttribute('aria-expanded', 'false');
    this.fit();
    if (inside || refocus) entry.toggle.focus();
  }

  /** A popup or a meeting's view opened (or a layer's popup showed another stop), or the map was clicked: the sheet makes way. */
  private onMapEvent(): void {
    this.closeSheet();
  }

  /** The map resized: fold or unfold, and fit the bar to the map's width. */
  private update(): void {
    // The print sheet (the stop list control) resizes the map to the paper and back: only the screen's size counts.
    if (printing()) return;
    if (this.wanted() !== this.isFolded()) this.refold();
    else this.fit();
  }

  private wanted(): boolean {
    return [...this.members.values()].some((s) => s.place === 'main') && isSmallMap(this.map.getSize());
  }

  /** Puts every control back in its corner, then folds them again if the bar is wanted. */
  private refold(): void {
    const was = this.open;
    // Moving an element out of the page and back takes the keyboard from it: give it back.
    const active = document.activeElement;
    this.unfold();
    if (this.wanted()) this.fold();
    if (was && this.panels.has(was)) this.openSheet(was);
    else if (active instanceof HTMLElement && active !== document.activeElement && active.isConnected) active.focus();
  }

  private fold(): void {
    const root = (this.root = el('div', 'leaflet-control vm-bar'));
    const sheets = el('div', 'vm-bar__sheets', undefined, root);
    const row = (this.row = el('div', 'vm-bar__row', undefined, root));
    const more = el('div', 'vm-bar__more');
    const toggles = el('div', 'vm-bar__toggles');
    for (const [member, slot] of this.members) {
      const container = member.getContainer();
      if (!container) continue;
      this.folded.push({ member, slot, parent: container.parentNode, next: container.nextSibling });
      // A part of the bar, no longer a control of its own in a corner (the bar is the control).
      if (slot.place !== 'hidden') container.classList.replace('leaflet-control', 'vm-bar__part');
      if (slot.place === 'sheet') this.sheet(member, slot, container, sheets, toggles);
      else if (slot.place === 'main') row.append(container);
      else if (slot.place === 'row') more.append(container);
      else container.classList.add('vm-bar-hidden');
    }
    more.append(toggles);
    row.append(more);
    L.DomEvent.on(root, 'keydown', ((e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !this.open) return;
      L.DomEvent.stop(e);
      this.closeSheet(true);
    }) as L.DomEvent.EventHandlerFn);
    isolateFromMap(root);
    // Along the bottom edge: the last child of the bottom-left corner (Leaflet stacks later bottom controls above).
    controlCorners(this.map).bottomleft?.append(root);
    this.map.getContainer().classList.add('vm-barred');
    this.follow();
    this.fit();
    if (typeof ResizeObserver === 'function') {
      this.watch = new ResizeObserver(() => this.fit());
      this.watch.observe(row);
      this.watch.observe(sheets);
    }
    for (const f of this.folded) f.slot.changed?.(true);
  }

  /** A toggle in the row and its sheet: a labelled region holding the control. */
  private sheet(member: Member, slot: BarSlot & { place: 'sheet' }, container: HTMLElement, sheets: HTMLElement, toggles: HTMLElement): void {
    const id = `vm-bar-${++uid}`;
    const panel = el('div', 'vm-bar__sheet', undefined, sheets);
    panel.id = `${id}-sheet`;
    // A labelled region, named by its toggle; unless the control is one already (the legend): not two of one name.
    if (!container.matches('section[aria-label], section[aria-labelledby], [role="region"]')) {
      panel.setAttribute('role', 'region');
      panel.setAttribute('aria-labelledby', id);
    }
    panel.tabIndex = -1;
    panel.hidden = true;
    panel.append(container);
    const toggle = el('button', 'vm-bar__toggle', undefined, toggles);
    toggle.id = id;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', panel.id);
    el('span', 'vm-bar__label', slot.label, toggle);
    if (slot.count !== undefined) el('span', 'vm-bar__count', slot.count, toggle);
    L.DomEvent.on(toggle, 'click', () => (this.open === member ? this.closeSheet(true) : this.openSheet(member)));
    this.panels.set(member, { panel, toggle });
  }

  private unfold(): void {
    if (!this.root) return;
    this.open = null;
    // Back in reverse order, so that each control's next sibling is in place again before it.
    for (const f of this.folded.reverse()) {
      const container = f.member.getContainer();
      if (!container) continue;
      container.classList.remove('vm-bar-hidden');
      container.classList.replace('vm-bar__part', 'leaflet-control');
      if (f.parent) f.parent.insertBefore(container, f.next && f.next.parentNode === f.parent ? f.next : null);
    }
    this.watch?.disconnect();
    this.watch = null;
    this.root.remove();
    this.root = this.row = null;
    this.panels.clear();
    const container = this.map.getContainer();
    container.classList.remove('vm-barred', 'vm-sheet-open');
    container.style.removeProperty('--vm-bar-height');
    const folded = this.folded;
    this.folded = [];
    for (const f of folded) f.slot.changed?.(false);
  }

  /**
   * The bar as wide as the map less the corners' margins; the sheet no higher than about
   * half the map above the row; the bottom-right corner (the attribution, which must stay
   * in sight) lifted above the bar and its open sheet, through --vm-bar-height on the
   * map's container; and, while a sheet is open, `vm-sheet-open` on it: the controls
   * standing on the bar (a scale, a layer switcher), which the sheet would cover in part,
   * and any popup are hidden until it closes (the popup closed as it opened; a popup opening closes it).
   */
  private fit(): void {
    const { root, row } = this;
    if (!root || !row) return;
    const size = this.map.getSize();
    root.style.width = `${Math.max(0, size.x - 20)}px`;
    // A phone upright: the date under the slider, without its year (visitmap.css).
    root.classList.toggle('vm-bar--narrow', size.x < 400);
    root.style.setProperty('--vm-sheet-room', `${Math.max(96, Math.floor(size.y * 0.55 - row.offsetHeight))}px`);
    const sheet = this.open ? this.panels.get(this.open)!.panel.offsetHeight + 6 : 0; // over the row, 6 px apart; the corner 4 px clear above
    const container = this.map.getContainer();
    container.style.setProperty('--vm-bar-height', `${row.offsetHeight + sheet + 14}px`);
    // The open sheet is the one panel over the lower map: what it would cover in part steps aside (visitmap.css).
    container.classList.toggle('vm-sheet-open', sheet > 0);
  }
}
