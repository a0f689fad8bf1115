import * as L from 'leaflet';
import { clusterPoints, spreadOffsets } from '../../story/cluster';
import { roomBesideControls } from '../corners';
import type { Place } from '../../story/places';
import type { ItineraryLayer } from './itinerary-layer';
import { bestPrecision, clusterMarker, placeMarker } from './markers';
import { shownLatLng } from './placement';

/** What {@link MarkerSet} needs from its layer. */
export interface MarkerSetOptions {
  /** Markers closer than this on screen (px) are grouped. */
  radius: number;
  /** The places shown (and grouped); `null`: all. */
  shown: ReadonlySet<number> | null;
  /** A place's visits shown (stop indexes): in a day view, that day's only. */
  stopsOf(place: Place): readonly number[];
  /** Accessible name of a place's marker. */
  labelOf(place: Place): string;
  /** Accessible name of a group's marker. */
  clusterLabelOf(places: Place[]): string;
  /** The world copies (degrees of longitude) a place's marker is shown in, its own first. */
  copiesOf(place: Place): readonly number[];
  /** A place's marker was clicked, in the copy at `at`. */
  onActivate(place: Place, at: L.LatLng): void;
}

interface Cluster {
  marker: L.Marker;
  /** Whether it groups a place's own marker: else it is a group of repeats only, no tab stop. */
  own: boolean;
  /** The markers grouped: indexes into `MarkerSet.at`. */
  members: number[];
  /** Their places, ascending. */
  places: number[];
}

/** Highest zoom tried when revealing a stop on a map without a max zoom. */
const ZOOM_CAP = 18;

/**
 * The DOM-mode markers of an itinerary layer: one numbered marker per place, grouped
 * into a marker listing their numbers where they overlap at the current zoom. A group
 * zooms in when that separates it, and otherwise spreads out (spiderfies). Keeps the
 * markers' DOM order (and so the Tab order) in visiting order.
 *
 * A place shown in more than one world copy (the start of a trip round the world, where
 * the last leg ends a world away) has its own marker in its first copy and a repeat in
 * each other: the repeat opens the same stop when clicked but is no tab stop and is
 * hidden from screen readers (`vm-marker--copy`), so the stop is heard and reached once.
 */
export class MarkerSet {
  private readonly group: ItineraryLayer;
  private readonly map: L.Map;
  private readonly places: readonly Place[];
  private readonly o: MarkerSetOptions;
  /** Each marker's place and world copy (degrees): first each place's own, in place order, then the repeats. */
  private readonly at: { place: number; offset: number }[] = [];
  /** One per entry of `at`: `markers[p]` is place `p`'s own marker. */
  private readonly markers: L.Marker[];
  /** The named marker elements: a place's own marker's, by its place, and a group's that is a tab stop, by its group. */
  private readonly elements = new WeakMap<HTMLElement, number | Cluster>();
  private clusters: Cluster[] = [];
  private spider?: { members: number[]; lines: L.Polyline[] } | null;
  private currentPlace = -1;
  private readonly shown: ReadonlySet<number> | null;

  constructor(group: ItineraryLayer, map: L.Map, options: MarkerSetOptions) {
    this.group = group;
    this.map = map;
    this.places = group.places;
    this.o = options;
    this.shown = options.shown;
    const copies = this.places.map((p) => options.copiesOf(p));
    copies.forEach(([own = 0], place) => this.at.push({ place, offset: own }));
    copies.forEach(([, ...others], place) => others.forEach((offset) => this.at.push({ place, offset })));
    this.markers = this.at.map(({ place: index }, k) => {
      const place = this.places[index]!;
      const visits = options.stopsOf(place);
      const stops = visits.map((i) => group.itinerary.stops[i]!);
      const own = k === index;
      const marker = placeMarker(this.trueLatLng(k), visits.map((i) => i + 1), bestPrecision(stops), own, this.group.settings.className);
      this.follow(marker, [index], own, () => options.labelOf(place), index);
      marker.on('click', () => options.onActivate(place, marker.getLatLng()));
      return marker;
    });
    map.on('zoomend', this.update, this);
    map.on('click', this.collapse, this);
    // The map has a view, so a zoom to group at: Leaflet adds a layer (draws it) only then.
    this.update();
  }

  /** Stops listening to the map. The layer clears the markers themselves. */
  detach(): void {
    this.collapse();
    this.map.off('zoomend', this.update, this);
    this.map.off('click', this.collapse, this);
  }

  /** Marks the current place's marker (`vm-marker--current`), and the group marker holding it; `-1` for none. */
  setCurrent(place: number): void {
    this.currentPlace = place;
    this.markers.forEach((m, k) => m.getElement()?.classList.toggle('vm-marker--current', this.at[k]!.place === place));
    for (const c of this.clusters) c.marker.getElement()?.classList.toggle('vm-marker--current', c.places.includes(place));
  }

  /** The place a marker element stands for, if it is one of ours. */
  placeOfElement(el: HTMLElement | null): number | undefined {
    const at = el ? this.elements.get(el) : undefined;
    return typeof at == 'number' ? at : undefined;
  }

  /** Opens up the group whose marker is `el` (zoom in, or spread out), focus on its first place's marker; false when `el` is no group's. */
  expandFromElement(el: HTMLElement): boolean {
    const cluster = this.elements.get(el);
    if (typeof cluster == 'object') this.expand(cluster, true);
    return typeof cluster == 'object';
  }

  /** The focusable element of a place's marker, when it is on the map, else of the group marker that stands for it. */
  elementOfPlace(place: number): HTMLElement | null {
    const marker = this.markers[place];
    return (marker && this.map.hasLayer(marker) ? marker : this.clusters.find((c) => c.members.includes(place))?.marker)?.getElement() ?? null;
  }

  /** Where a place's marker is drawn (moved out when spread): its own, or of its copies the one nearest `near` in longitude. */
  placeLatLng(place: number, near?: L.LatLng): L.LatLng {
    let best = this.markers[place]!.getLatLng();
    if (near) {
      this.at.forEach((a, k) => {
        const at = this.markers[k]!.getLatLng();
        if (a.place === place && Math.abs(at.lng - near.lng) < Math.abs(best.lng - near.lng)) best = at;
      });
    }
    return best;
  }

  /** The lowest zoom, from the current one up, at which a place has a marker of its own. */
  zoomToReveal(place: number): number {
    const zoom = this.map.getZoom();
    if (this.map.hasLayer(this.markers[place]!)) return zoom;
    const max = Math.min(this.map.getMaxZoom(), Math.max(ZOOM_CAP, zoom));
    for (let z = Math.floor(zoom) + 1; z <= max; z++) if (this.aloneAt(z, [place])) return z;
    return zoom; // inseparable on this map: `reveal` spreads the group out instead
  }

  /** Makes sure a place has its own marker at the current view, spreading out its group if needed. */
  reveal(place: number): void {
    if (this.map.hasLayer(this.markers[place]!)) return;
    const cluster = this.clusters.find((c) => c.members.includes(place));
    if (cluster) this.spread(cluster);
  }

  /** Where marker `k` stands: its place's point in its world copy. */
  private trueLatLng(k: number): L.LatLng {
    const { place, offset } = this.at[k]!;
    return shownLatLng(this.places[place]!.coordinates, offset);
  }

  /** The markers that overlap at `zoom`, grouped: indexes into `at`. */
  private groupsAt(zoom: number): number[][] {
    const shown = this.at.map((_, k) => k).filter((k) => !this.shown || this.shown.has(this.at[k]!.place));
    const points = shown.map((k) => this.map.project(this.trueLatLng(k), zoom));
    return clusterPoints(points, this.o.radius).map((g) => g.map((i) => shown[i]!));
  }

  /** Whether one of the markers `ks` (indexes into `at`) stands alone, in no group, at `zoom`. */
  private aloneAt(zoom: number, ks: number[]): boolean {
    return this.groupsAt(zoom).some((g) => g.length === 1 && ks.includes(g[0]!));
  }

  /** Regroups for the current zoom. */
  private update(): void {
    this.collapse();
    // Focus on a marker regrouped away (a zoom during a move, Escape having given it focus) goes to what now stands for its place.
    const key = this.elements.get(document.activeElement as HTMLElement);
    const focused = typeof key == 'object' ? (key.places.includes(this.currentPlace) ? this.currentPlace : key.places[0]!) : key;
    const zoom = this.map.getZoom();
    for (const c of this.clusters) this.group.removeLayer(c.marker);
    this.clusters = [];
    // Markers of places not shown are never added: only groupsAt's are.
    const groups = this.groupsAt(zoom);
    for (const g of groups) {
      if (g.length === 1) {
        this.group.addLayer(this.markers[g[0]!]!);
        continue;
      }
      for (const i of g) this.group.removeLayer(this.markers[i]!);
      this.clusters.push(this.makeCluster(g, zoom));
    }
    for (const c of this.clusters) this.group.addLayer(c.marker);
    this.fixTabOrder();
    if (focused !== undefined && document.activeElement === document.body) this.elementOfPlace(focused)?.focus({ preventScroll: true });
  }

  private makeCluster(members: number[], zoom: number): Cluster {
    // The group stands on its member nearest the members' mean: a chain of markers round the world
    // grouped at a low zoom had its mean, and its badge, where none of them is (central Africa).
    const points = members.map((k) => this.map.project(this.trueLatLng(k), zoom));
    const mean = points.reduce((a, p) => a.add(p.divideBy(points.length)), L.point(0, 0));
    const at = points.reduce((a, p) => (p.distanceTo(mean) < a.distanceTo(mean) ? p : a));
    const places = [...new Set(members.map((k) => this.at[k]!.place))].sort((a, b) => a - b);
    const numbers = places.flatMap((i) => this.o.stopsOf(this.places[i]!).map((s) => s + 1));
    // A group of repeats only (a world away from the places' own markers) is no tab stop.
    const own = members.some((k) => k < this.places.length);
    const marker = clusterMarker(this.map.unproject(at, zoom), numbers, own, this.group.settings.className);
    const cluster: Cluster = { marker, own, members, places };
    this.follow(marker, places, own, () => this.o.clusterLabelOf(places.map((i) => this.places[i]!)), cluster);
    marker.on('click', () => this.expand(cluster, false));
    return cluster;
  }

  /**
   * Marks and names `marker`'s element each time Leaflet makes it (a marker gets a new one
   * each time it is re-added, regrouping): current when it holds the current place, and
   * named, or (`own` false: a repeat) hidden from screen readers.
   */
  private follow(marker: L.Marker, places: number[], own: boolean, name: () => string, key: number | Cluster): void {
    marker.on('add', () => {
      const icon = marker.getElement();
      if (!icon) return;
      icon.classList.toggle('vm-marker--current', places.includes(this.currentPlace));
      if (!own) return void icon.setAttribute('aria-hidden', 'true');
      icon.setAttribute('aria-label', name());
      this.elements.set(icon, key);
    });
  }

  /** Zooms to a group when that separates its markers, else spreads them out. */
  private expand(cluster: Cluster, focusFirst: boolean): void {
    const bounds = L.latLngBounds(cluster.members.map((k) => this.trueLatLng(k)));
    // Clear of the controls (the stop list, the legend), with room around the markers.
    const room = roomBesideControls(this.map, 200);
    const topLeft = room.topLeft.add([30, 30]);
    const bottomRight = room.bottomRight.add([30, 30]);
    const zoom = Math.min(this.map.getBoundsZoom(bounds, false, topLeft.add(bottomRight)), this.map.getMaxZoom(), ZOOM_CAP);
    const splits = zoom > this.map.getZoom() && this.aloneAt(zoom, cluster.members);
    if (!splits) {
      this.spread(cluster);
    } else {
      // Not animated when from the keyboard, so focus can land on the first marker at once.
      this.map.fitBounds(bounds, { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, maxZoom: zoom, animate: !focusFirst });
    }
    if (focusFirst) {
      const first = Math.min(...cluster.members.filter((k) => k < this.places.length));
      this.reveal(first);
      this.elementOfPlace(first)?.focus({ preventScroll: true });
    }
  }

  /** Spreads a group's markers in a circle around it, each tied to its true point by a thin line. */
  private spread(cluster: Cluster): void {
    this.collapse();
    const zoom = this.map.getZoom();
    const centre = this.map.project(cluster.marker.getLatLng(), zoom);
    const offsets = spreadOffsets(cluster.members.length, 44);
    this.group.removeLayer(cluster.marker);
    const lines: L.Polyline[] = [];
    cluster.members.forEach((i, k) => {
      const at = this.map.unproject(centre.add(L.point(offsets[k]!.x, offsets[k]!.y)), zoom);
      const line = L.polyline([this.trueLatLng(i), at], { className: 'vm-spider-leg', interactive: false, weight: 1.5, color: '#44403c' });
      lines.push(line);
      this.group.addLayer(line);
      this.markers[i]!.setLatLng(at);
      this.group.addLayer(this.markers[i]!);
    });
    this.spider = { members: cluster.members, lines };
    this.fixTabOrder();
  }

  /** Puts spread markers back in their group. */
  private collapse(): void {
    const spider = this.spider;
    if (!spider) return;
    this.spider = null;
    for (const line of spider.lines) this.group.removeLayer(line);
    for (const i of spider.members) {
      this.markers[i]!.setLatLng(this.trueLatLng(i));
      this.group.removeLayer(this.markers[i]!);
    }
    const cluster = this.clusters.find((c) => c.members === spider.members);
    if (cluster) this.group.addLayer(cluster.marker);
  }

  /** Reorders our marker elements in their pane so Tab visits them in visiting order. */
  private fixTabOrder(): void {
    // Only the places' own markers and groups, each by its first place: repeats are no tab stops.
    const own = this.markers.slice(0, this.places.length).map((marker, place) => ({ marker, places: [place] }));
    const els = [...own, ...this.clusters.filter((c) => c.own)]
      .filter((x) => this.map.hasLayer(x.marker))
      .sort((a, b) => a.places[0]! - b.places[0]!)
      .map((x) => x.marker.getElement()!);
    const parent = els[0]?.parentElement;
    if (!parent) return;
    const current = Array.from(parent.children).filter((c) => els.includes(c as HTMLElement));
    if (current.every((c, i) => c === els[i])) return;
    const focused = document.activeElement;
    for (const el of els) if (el.parentElement === parent) parent.append(el);
    if (focused instanceof HTMLElement && els.includes(focused)) focused.focus({ preventScroll: true });
  }
}
