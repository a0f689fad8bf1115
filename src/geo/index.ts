export { greatCirclePoints, splitAntimeridian, legGeometry } from './great-circle';
export type { LegGeometryOptions } from './great-circle';
export { distanceKm, routeDistanceKm } from './distance';
export { bboxOf } from './bbox';
