// Independent checks of leg geometry for the benchmark (deliberately not using
// visitmap's own maths): how far a drawn line strays from the true great circle,
// and whether a line jumps across the map instead of being split at ±180.
const R = 6371.0088;
const rad = Math.PI / 180;

function unit([lon, lat]) {
  const c = Math.cos(lat * rad);
  return [c * Math.cos(lon * rad), c * Math.sin(lon * rad), Math.sin(lat * rad)];
}
const dot = (u, v) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
const cross = (u, v) => [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
const angle = (u, v) => Math.atan2(Math.hypot(...cross(u, v)), dot(u, v));

/** Distance in km from p to the great-circle arc a→b (the minor arc). */
export function distanceToArcKm(p, a, b) {
  const A = unit(a);
  const B = unit(b);
  const P = unit(p);
  const n = cross(A, B);
  const len = Math.hypot(...n);
  if (len < 1e-12) return R * Math.min(angle(P, A), angle(P, B));
  const N = n.map((x) => x / len);
  // Foot of the perpendicular from P onto the circle's plane; on the arc if between A and B.
  const s = dot(P, N);
  const F = [P[0] - s * N[0], P[1] - s * N[1], P[2] - s * N[2]];
  const onArc = dot(cross(A, F), N) >= 0 && dot(cross(F, B), N) >= 0;
  return onArc ? R * Math.abs(Math.asin(Math.max(-1, Math.min(1, s)))) : R * Math.min(angle(P, A), angle(P, B));
}

const parts = (g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

/** Largest distance, in km, of any point of the drawn line (straight in lon/lat between vertices) from the arc a→b. */
export function crossTrackMaxKm(geometry, a, b, samplesPerSegment = 16) {
  let max = 0;
  for (const line of parts(geometry)) {
    for (let i = 1; i < line.length; i++) {
      const [x0, y0] = line[i - 1];
      const [x1, y1] = line[i];
      for (let k = 0; k <= samplesPerSegment; k++) {
        const t = k / samplesPerSegment;
        max = Math.max(max, distanceToArcKm([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t], a, b));
      }
    }
  }
  return max;
}

/** How many geometries draw a segment that jumps more than 180° of longitude (an unsplit antimeridian crossing). */
export function countUnsplitCrossings(geometries) {
  let n = 0;
  for (const g of geometries) {
    if (parts(g).some((line) => line.some((p, i) => i > 0 && Math.abs(p[0] - line[i - 1][0]) > 180))) n++;
  }
  return n;
}
