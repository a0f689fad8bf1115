import * as L from 'leaflet';
import { canvasBounds, canvasOf, isZoomAnimating, redrawPart, redrawWholeCanvas, updateRendererBounds } from '../leaflet-privates';

/**
 * Leaflet's canvas renderer, but a pan does not re-stroke what is already drawn. During
 * the move the canvas is only translated with the map pane (Leaflet's own behaviour: the
 * renderer listens to `moveend`, not `move`); on `moveend` at the same zoom and pixel
 * origin this renderer shifts its bitmap by the pan and redraws only the strips the pan
 * uncovered, where Leaflet would clear and redraw the whole canvas. A zoom, a resize, a
 * view reset or a pan longer than the canvas still redraws everything.
 */
export class PanCanvas extends L.Canvas {
  /** The pixel origin and zoom the bitmap was drawn at. */
  private drawnAt: { origin: L.Point; zoom: number } | undefined;
  /** Where the bitmap is copied to while it is shifted (made at the first shift). */
  private scratch: HTMLCanvasElement | undefined;
  /** How many moveends were served by shifting the bitmap (read by tests). */
  shifts = 0;
  /**
   * Drawing a path left for the next frame (a split first draw, see StopsCanvas): done
   * then, or first should the bitmap be shifted or redrawn before, so that it moves with it.
   */
  later: (() => void) | undefined;

  override onRemove(map: L.Map): this {
    this.drawnAt = undefined; // a canvas added again starts blank
    this.scratch = undefined;
    this.later = undefined; // its frame then draws nothing on the canvas of a map gone (map.remove())
    return super.onRemove(map);
  }

  _update(): void {
    this.later?.();
    const map = this._map;
    const prev = canvasBounds(this);
    const at = { origin: map.getPixelOrigin(), zoom: map.getZoom() };
    const drawn = this.drawnAt;
    this.drawnAt = at;
    const reusable = prev && drawn && !isZoomAnimating(map) && drawn.zoom === at.zoom && drawn.origin.equals(at.origin);
    if (!reusable) return redrawWholeCanvas(this);
    const b = updateRendererBounds(this);
    const [min, max, size] = [b.min!, b.max!, b.getSize()];
    const dx = prev.min!.x - min.x;
    const dy = prev.min!.y - min.y;
    if (!size.equals(prev.getSize()) || Math.abs(dx) >= size.x || Math.abs(dy) >= size.y) {
      return redrawWholeCanvas(this);
    }
    if (dx === 0 && dy === 0) return;
    this.shifts++;
    const canvas = canvasOf(this);
    const ctx = canvas.getContext('2d')!; // the renderer's own context: a canvas has one 2D context
    const m = canvas.width / size.x; // 2 on a retina screen
    L.DomUtil.setPosition(canvas, min);
    // Through a second canvas: drawn onto itself (with 'copy', to clear what the shifted
    // copy does not cover), a canvas cost the software rasteriser a full-canvas paint of
    // 20–50 ms; a copy out, a clear and a copy back cost about 2 ms (bench/RESULTS.md).
    const scratch = (this.scratch ??= document.createElement('canvas'));
    if (scratch.width !== canvas.width || scratch.height !== canvas.height) {
      scratch.width = canvas.width;
      scratch.height = canvas.height;
    }
    const copy = scratch.getContext('2d')!;
    copy.clearRect(0, 0, scratch.width, scratch.height);
    copy.drawImage(canvas, 0, 0);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(scratch, dx * m, dy * m);
    ctx.restore();
    ctx.setTransform(m, 0, 0, m, -min.x * m, -min.y * m);
    // The uncovered strips: a band across the full height for the x shift, then one for
    // the y shift across the rest of the width. Across the full width, a diagonal pan's
    // corner was drawn twice (the second band clears and redraws it): with the whole route
    // in one world, a fifth of a pan's stamps and a third of its vertices (bench/RESULTS.md).
    const strips: L.Bounds[] = [];
    const [left, right] = dx > 0 ? [min.x + dx, max.x] : [min.x, max.x + dx]; // the columns the x band leaves
    if (dx > 0) strips.push(L.bounds([min.x, min.y], [left, max.y]));
    if (dx < 0) strips.push(L.bounds([right, min.y], [max.x, max.y]));
    if (dy > 0) strips.push(L.bounds([left, min.y], [right, min.y + dy]));
    if (dy < 0) strips.push(L.bounds([left, max.y + dy], [right, max.y]));
    for (const strip of strips) redrawPart(this, strip);
  }
}
