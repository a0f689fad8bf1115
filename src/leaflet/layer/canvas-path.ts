import * as L from 'leaflet';
import { drawingContext, pathMap } from '../leaflet-privates';

/**
 * A path that draws many shapes at once on Leaflet's canvas renderer, through the
 * renderer hooks Leaflet 1.9's own `L.CircleMarker` uses (`_project`, `_update`,
 * `_updatePath`): the base of the large-itinerary stops and legs.
 */
export abstract class CanvasPath extends L.Path {
  _update(): void {
    if (pathMap(this)) this._updatePath();
  }

  abstract _updatePath(): void;

  /** The renderer's 2D context while it is drawing a frame, else `null` (nothing to draw). */
  protected drawingContext(): CanvasRenderingContext2D | null {
    return drawingContext(this);
  }

  /** The map, while the path is on one (the renderer hooks only run then). */
  protected get map(): L.Map {
    return pathMap(this)!;
  }
}
