import * as L from 'leaflet';

/**
 * A path that draws many shapes at once on Leaflet's canvas renderer, through the
 * renderer hooks Leaflet 1.9's own `L.CircleMarker` uses (`_project`, `_update`,
 * `_updatePath`): the base of the large-itinerary stops and legs.
 */
export abstract class CanvasPath extends L.Path {
  _update(): void {
    if ((this as unknown as { _map?: L.Map })._map) this._updatePath();
  }

  abstract _updatePath(): void;

  /** The renderer's 2D context while it is drawing a frame, else `null` (nothing to draw). */
  protected drawingContext(): CanvasRenderingContext2D | null {
    const renderer = (this as unknown as { _renderer: { _drawing: boolean; _ctx: CanvasRenderingContext2D } })._renderer;
    return renderer._drawing ? renderer._ctx : null;
  }
}
