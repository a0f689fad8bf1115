import * as L from 'leaflet';
import { panIntoRoom } from '../corners';
import { isMapLoaded, isPanning, isZoomAnimating } from '../leaflet-privates';

/** The closest a fit of stops all at one place goes: the basemap still names the towns around it. */
const ONE_PLACE_ZOOM = 7;

/** Where a move goes: computed when it starts, after any fit or zoom under way has ended. */
export interface CameraTarget {
  latlng: L.LatLng;
  zoom: number;
}

/**
 * Moves one map for a layer, one move at a time: a newer move (or the layer's removal)
 * cancels the older one, a move waits for a fit or an animated zoom under way to end,
 * and the callback of a move runs only when the map has arrived. Without this, a
 * flight's `moveend` could be taken for another move's end, opening a popup mid-flight.
 */
export class Camera {
  private token = 0;
  /** @internal The end of the move under way or waiting (its `arrived` is still to run), else `null`. */
  pending?: (() => void) | null;
  /** Set while a fit is still to happen or under way. */
  private fitting?: (() => void) | null;
  /** The route kept in sight on zooming out (see `keepInSight`). */
  private route?: (() => L.LatLngBounds | null) | null;
  /** The zoom the zoom under way started from. */
  private zoomFrom: number | null = null;

  constructor(readonly map: L.Map) {}

  /** Cancels every move and fit under way or waiting, and stops keeping the route in sight. */
  stop(): void {
    this.token++;
    this.dropPending();
    if (this.fitting) this.map.off('moveend', this.fitting);
    this.fitting = null;
    this.map.off('zoomstart', this.onZoomStart, this).off('moveend', this.onMoveEnd, this);
    this.route = null;
  }

  /**
   * Keeps the route (`bounds()`) from ending up wholly under the controls when the map is
   * zoomed out. The zoom buttons and the keyboard zoom out about the map's centre, the wheel
   * about the pointer: a route that was off the map, or beside the open stop list, can come in
   * under the list and stay there. After such a zoom out, a route on the map with none of it in
   * sight is panned into the free room beside the controls. The camera's own moves (a flight
   * to a stop, a fit) already keep clear, and are left alone.
   */
  keepInSight(bounds: () => L.LatLngBounds | null): void {
    if (!this.route) this.map.on('zoomstart', this.onZoomStart, this).on('moveend', this.onMoveEnd, this);
    this.route = bounds;
  }

  private onZoomStart(): void {
    this.zoomFrom ??= this.map.getZoom();
  }

  // After the moveend, not the zoomend: the zoom has ended and a pan may start.
  private onMoveEnd(): void {
    const from = this.zoomFrom;
    this.zoomFrom = null;
    const bounds = from !== null && this.map.getZoom() < from && !this.pending && !this.fitting ? this.route?.() : null;
    if (!bounds?.isValid()) return;
    const map = this.map;
    const box = L.bounds(map.latLngToContainerPoint(bounds.getNorthWest()), map.latLngToContainerPoint(bounds.getSouthEast()));
    const offset = panIntoRoom(map, box);
    if (offset) map.panBy(offset, { animate: false });
  }

  /**
   * Goes to `target()` (panning at the same zoom, flying otherwise, jumping unless
   * `animate`), then calls `arrived`, unless a later move took over meanwhile.
   */
  moveTo(target: () => CameraTarget, animate: boolean, arrived: () => void): void {
    this.go(++this.token, target, animate, arrived);
  }

  private go(token: number, target: () => CameraTarget, animate: boolean, arrived: () => void): void {
    const map = this.map;
    this.dropPending();
    if (token !== this.token) return;
    // A fit of ours, or an animated zoom (the zoom buttons), ends by itself a moment later,
    // with a moveend that must not be taken for ours: start after it. After the moveend, not
    // the zoomend: a zoom fires zoomend then moveend, and a flight started in between would
    // take that moveend for its own end and open the popup mid-flight.
    if (this.fitting || isZoomAnimating(map)) {
      this.pending = () => this.go(token, target, animate, arrived);
      map.once('moveend', this.pending);
      return;
    }
    // A pan or a flight in progress ends here and now, so its moveend comes before we listen.
    // Not with map.stop(): stopped between zoom levels, it snaps the zoom with an animated
    // zoom of its own, begun a frame later, whose moveend would end our flight early.
    map.setView(map.getCenter(), map.getZoom(), { animate: false });
    const done = () => {
      this.pending = null;
      if (token === this.token) arrived();
    };
    const { latlng, zoom } = target();
    const sameZoom = zoom === map.getZoom();
    if (sameZoom && map.getBounds().pad(-0.1).contains(latlng)) return done();
    if (!animate) {
      map.setView(latlng, zoom, { animate: false });
      return done();
    }
    this.pending = done;
    map.once('moveend', done);
    // Panning keeps spread-out markers spread; flying changes zoom.
    if (sameZoom) map.panTo(latlng);
    else map.flyTo(latlng, zoom, { duration: 0.8 });
  }

  /**
   * Fits the map to `bounds`, to zoom {@link ONE_PLACE_ZOOM} at most when they are one point. On a map with no view yet (`L.map('id')` alone) the fit
   * gives it its view at once, which is when Leaflet adds the layers waiting for one.
   * `fitted` is called once the map shows the fitted view.
   */
  fit(bounds: L.LatLngBounds, options: L.FitBoundsOptions, fitted?: () => void): void {
    const map = this.map;
    // Stops all at one place (a day's, or a whole itinerary's) have no size to fit: not as close
    // as the zoom allows, over an empty coast, but where the basemap still names the places around.
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) options = { ...options, maxZoom: Math.min(options.maxZoom ?? ONE_PLACE_ZOOM, ONE_PLACE_ZOOM) };
    // Leaflet rounds the zoom that fits to a hundredth before snapping it down (getBoundsZoom):
    // bounds that nearly fit a whole zoom up are fitted there, up to 0.35% wider than the room
    // the padding leaves, and a badge's halo on the edge is cut (a 1,280 px map, 1.6 px). Then
    // one step down, where they fit (not below the map's least zoom: bounds too big for that
    // are fitted at it, as Leaflet does).
    const snap = map.options.zoomSnap;
    const padding = L.point(options.paddingTopLeft ?? options.padding ?? [0, 0]).add(L.point(options.paddingBottomRight ?? options.padding ?? [0, 0]));
    const zoom = Math.min(map.getBoundsZoom(bounds, false, padding), options.maxZoom ?? Infinity);
    const size = map.project(bounds.getSouthEast(), zoom).subtract(map.project(bounds.getNorthWest(), zoom)).add(padding);
    if (snap && zoom - snap >= map.getMinZoom() && !map.getSize().contains(size.round())) options = { ...options, maxZoom: zoom - snap };
    if (!isMapLoaded(map)) {
      map.fitBounds(bounds, { ...options, animate: false });
      if (isMapLoaded(map)) fitted?.();
      return;
    }
    // A fit of ours still to start or under way (Leaflet starts an animated zoom on the next
    // frame) would undo this one (a day a link picks, right after the page's fit): this one
    // follows it, unless a later fit takes over meanwhile.
    if (this.fitting) {
      const after = (): void => {
        if (this.fitting !== after) return;
        this.fitting = null;
        this.fit(bounds, options, fitted);
      };
      this.fitting = after;
      map.once('moveend', after);
      return;
    }
    // An animated fit starts on the next frame and ends with a moveend; until then a stop
    // opened (a deep link right after the fit) would be flown to, then moved away by it.
    // A pan in progress (an open popup's, panning into its room after a resize) ends here and now, as
    // in `go`: its moveend, fired as the fit stops it, was taken for the fit's end, and the popup refitted
    // then stopped the fit's own pan.
    if (isPanning(map)) map.setView(map.getCenter(), map.getZoom(), { animate: false });
    let settled = false;
    const done = () => {
      settled = true;
      if (this.fitting === done) this.fitting = null;
      fitted?.();
    };
    map.once('moveend', done);
    map.fitBounds(bounds, options);
    if (!settled) this.fitting = done;
  }

  private dropPending(): void {
    if (this.pending) this.map.off('moveend', this.pending);
    this.pending = null;
  }
}
