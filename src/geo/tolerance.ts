import { MIN_TOLERANCE_KM } from './densify';

/** Options for how finely a leg follows the great circle. */
export interface LegGeometryOptions {
  /**
   * Largest distance, in km, a straight lon/lat segment between two consecutive vertices
   * may stray from the true great circle (on the sphere of mean radius 6371.0088 km).
   * At least 0.000001 (1 mm). Default 1.
   */
  toleranceKm?: number;
}

/** Whether `tol` is a tolerance the densifier takes: a finite number of km, at least {@link MIN_TOLERANCE_KM}. */
export function isTolerance(tol: unknown): tol is number {
  return typeof tol === 'number' && tol >= MIN_TOLERANCE_KM && tol !== Infinity;
}

/** The tolerance from the options, defaulted, or a RangeError naming `fn`. */
export function checkTolerance(options: LegGeometryOptions | undefined, fn: string): number {
  const tol = options?.toleranceKm;
  if (tol === undefined) return 1;
  if (!isTolerance(tol)) {
    throw new RangeError(`${fn}: toleranceKm must be a finite number of at least ${MIN_TOLERANCE_KM} (1 mm), got ${String(tol)}`);
  }
  return tol;
}
