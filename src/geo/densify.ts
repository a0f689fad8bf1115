import { DEG, EARTH_RADIUS_KM, RAD } from './earth';

// The adaptive great-circle densifier behind `greatCirclePoints` and `legGeometry`.
// Legs clear of the poles take the fast path (byLongitude: counts from a closed-form bound,
// one atan per vertex); the rest are bisected on unit vectors with an explicit stack. Both
// write lon/lat pairs into the caller's Densifier, which an export makes once and reuses for
// every leg: no allocation per vertex, and nothing shared between two calls (no module state).
// Over 300 lines: both paths, and the error bounds each relies on (derived in comments beside
// the code they bound), are one piece of numerical code that `legGeometry` calls per leg.

/** max |t (t - 1/2) (t - 1)| / 3! on [0, 1]: the error factor of quadratic interpolation. */
const CUBIC = 1 / (36 * Math.sqrt(12));

/** Arcs are bisected at most this deep (π / 2^48 rad is about 0.07 mm): a guard, never reached in practice. */
const MAX_DEPTH = 48;

/** Below this, |A × B| counts as antipodal (about 6 m away from the antipode). */
const ANTIPODAL = 1e-9;

/** Smallest tolerance accepted, in km (1 mm): finer would only produce millions of vertices. */
export const MIN_TOLERANCE_KM = 1e-6;

/**
 * One caller's densifier: a tolerance's thresholds, and the output of its latest
 * {@link densify} call (`count` lon/lat pairs, interleaved in `coords`, reused by the next
 * call: copy what you keep). `south` and `north` are free for the caller that draws from it
 * (`drawLeg` leaves there the latitude range of the leg it drew).
 */
export interface Densifier {
  readonly tol: number;
  /** Sine of the tolerance as an angle at the Earth's centre, its square, and the squared sine of half of it. */
  readonly sinTol: number;
  readonly sinTol2: number;
  readonly sinPole2: number;
  /** 8 sinTol: a chord of |Δλ| + |Δφ| = f radians fits when f² is at most this (see chordFits). */
  readonly quickFit: number;
  coords: number[];
  count: number;
  /** The bisection's stack: one entry of 10 numbers per pending vertex, made on first use. */
  stack?: Float64Array;
  south: number;
  north: number;
}

/** A densifier for `toleranceKm` (checked by the caller). Make one per export, not per leg. */
export function densifier(toleranceKm: number): Densifier {
  const sinTol = Math.sin(Math.min(toleranceKm / EARTH_RADIUS_KM, Math.PI / 2));
  return {
    tol: toleranceKm,
    sinTol,
    sinTol2: sinTol * sinTol,
    sinPole2: Math.sin(Math.min(toleranceKm / (2 * EARTH_RADIUS_KM), Math.PI / 2)) ** 2,
    quickFit: 8 * sinTol,
    coords: [],
    count: 0,
    south: 0,
    north: 0,
  };
}

function emit(d: Densifier, lon: number, lat: number): void {
  const i = d.count++ * 2;
  d.coords[i] = lon;
  d.coords[i + 1] = lat;
}

/** `lon` shifted by a multiple of 360 so that it lies in (ref - 180, ref + 180]. */
export function unwrapNear(lon: number, ref: number): number {
  const diff = lon - ref;
  return diff > 180 || diff <= -180 ? lon - 360 * Math.ceil((diff - 180) / 360) : lon;
}

/**
 * Densifies the great circle from (a0, a1) to (b0, b1), longitudes and latitudes in degrees,
 * into `d` (its `coords` and `count`). Inputs must already be checked. See `greatCirclePoints` for the
 * contract; the choices for special legs are made here:
 * - same point: the two endpoints;
 * - one end at a pole, or both on one meridian: the meridian (straight in lon/lat);
 * - through a pole (longitudes 180° apart), and antipodal points: up a's meridian to the pole,
 *   along the pole, down b's meridian. The pole is the north one when a1 + b1 >= 0, so exact
 *   antipodes go by the north pole.
 */
export function densify(d: Densifier, a0: number, a1: number, b0: number, b1: number): void {
  d.count = 0;
  const bl = unwrapNear(b0, a0);
  emit(d, a0, a1);
  const aPole = a1 === 90 || a1 === -90;
  const bPole = b1 === 90 || b1 === -90;
  if (a1 === b1 && (bl === a0 || aPole)) {
    emit(d, bl, b1);
    return;
  }
  // A meridian is straight in lon/lat: it needs no vertex between its ends, only a
  // second copy of a polar end, carrying the longitude the line arrives or leaves by.
  if (aPole) {
    if (bPole) emit(d, a0, b1);
    else if (bl !== a0) emit(d, bl, a1);
    emit(d, bl, b1);
    return;
  }
  if (bPole) {
    emit(d, a0, b1);
    if (bl !== a0) emit(d, bl, b1);
    return;
  }
  if (bl === a0) {
    emit(d, bl, b1);
    return;
  }
  // A short hop fits on (|Δλ| + |Δφ|)² / 8 alone: see chordFits.
  const f = (Math.abs(bl - a0) + Math.abs(b1 - a1)) * RAD;
  if (f * f <= d.quickFit) {
    emit(d, bl, b1);
    return;
  }
  const cla = Math.cos(a0 * RAD);
  const sla = Math.sin(a0 * RAD);
  const ra = Math.cos(a1 * RAD);
  const ax = ra * cla;
  const ay = ra * sla;
  const az = Math.sin(a1 * RAD);
  const clb = Math.cos(b0 * RAD);
  const slb = Math.sin(b0 * RAD);
  const rb = Math.cos(b1 * RAD);
  const bx = rb * clb;
  const by = rb * slb;
  const bz = Math.sin(b1 * RAD);
  const cx = ay * bz - az * by;
  const cy = az * bx - ax * bz;
  const cz = ax * by - ay * bx;
  if (Math.abs(b0 - a0) === 180 || (ax * bx + ay * by + az * bz < 0 && cx * cx + cy * cy + cz * cz < ANTIPODAL * ANTIPODAL)) {
    const pole = a1 + b1 >= 0 ? 90 : -90;
    emit(d, a0, pole);
    emit(d, bl, pole);
    emit(d, bl, b1);
    return;
  }
  if (byLongitude(d, a0, bl, b1, cla, sla, clb, slb, cx, cy, cz)) return;

  // One stack entry of 10 numbers per pending vertex, the end of the segment being examined, at
  // q = 10 × its index: x, y, z at q, q + 1, q + 2; latitude at q + 3; at q + 4 the longitude of the
  // segment arriving here and at q + 5 that of the segment leaving here (they differ only at a pole);
  // depth at q + 6; cos φ at q + 7; cos λ and sin λ of the leaving longitude at q + 8 and q + 9 (NaN
  // at a pole). Written as literals: named module constants stayed variables in every bundle.
  const st = (d.stack ??= new Float64Array(10 * (MAX_DEPTH + 2)));
  st[0] = bx;
  st[1] = by;
  st[2] = bz;
  st[7] = rb;
  st[8] = clb;
  st[9] = slb;
  st[3] = b1;
  st[4] = bl;
  st[5] = bl;
  st[6] = 0;
  let sp = 1;
  let px = ax;
  let py = ay;
  let pz = az;
  let prho = ra;
  let pcl = cla;
  let psl = sla;
  let plat = a1;
  let plon = a0;
  while (sp > 0) {
    const q = (sp - 1) * 10;
    const qx = st[q]!;
    const qy = st[q + 1]!;
    const qz = st[q + 2]!;
    const qlat = st[q + 3]!;
    const qlon = st[q + 4]!;
    const depth = st[q + 6]!;
    if (
      depth >= MAX_DEPTH ||
      chordFits(d, px, py, pz, prho, pcl, psl, plat, plon, qx, qy, qz, st[q + 7]!, st[q + 8]!, st[q + 9]!, qlat, qlon)
    ) {
      emit(d, qlon, qlat);
      const out = st[q + 5]!;
      if (out !== qlon) emit(d, out, qlat);
      px = qx;
      py = qy;
      pz = qz;
      prho = st[q + 7]!;
      pcl = st[q + 8]!;
      psl = st[q + 9]!;
      plat = qlat;
      plon = out;
      sp--;
      continue;
    }
    // Bisect the arc. P + Q loses precision for arcs near 180°, where (P × Q) × (P - Q) does not.
    let mx: number;
    let my: number;
    let mz: number;
    if (px * qx + py * qy + pz * qz < 0) {
      const nx = py * qz - pz * qy;
      const ny = pz * qx - px * qz;
      const nz = px * qy - py * qx;
      const dx = px - qx;
      const dy = py - qy;
      const dz = pz - qz;
      mx = ny * dz - nz * dy;
      my = nz * dx - nx * dz;
      mz = nx * dy - ny * dx;
    } else {
      mx = px + qx;
      my = py + qy;
      mz = pz + qz;
    }
    const len = Math.sqrt(mx * mx + my * my + mz * mz);
    mx /= len;
    my /= len;
    mz /= len;
    const m = sp * 10;
    const rho = Math.sqrt(mx * mx + my * my);
    let mlat = Math.atan2(mz, rho) * DEG;
    let lonIn: number;
    let lonOut: number;
    if (rho < 1e-15) {
      // Exactly at a pole: arrive by P's meridian, leave by Q's. The NaN directions make
      // chordFits refuse any segment here but those it can take as polar.
      mlat = mz > 0 ? 90 : -90;
      lonIn = plon;
      lonOut = qlon;
      st[m + 8] = NaN;
      st[m + 9] = NaN;
    } else {
      lonIn = unwrapNear(Math.atan2(my, mx) * DEG, plon);
      // Next to a pole the arc turns 180° of longitude in a few metres: keep M on Q's side if it is there.
      if (Math.abs(lonIn - qlon) > 180) lonIn = unwrapNear(lonIn, qlon);
      lonOut = lonIn;
      st[m + 8] = mx / rho;
      st[m + 9] = my / rho;
    }
    st[q + 6] = depth + 1;
    st[m] = mx;
    st[m + 1] = my;
    st[m + 2] = mz;
    st[m + 7] = rho;
    st[m + 3] = mlat;
    st[m + 4] = lonIn;
    st[m + 5] = lonOut;
    st[m + 6] = depth + 1;
    sp++;
  }
}

/** Legs that come closer to a pole than this (|tan φ| above it, about 87.7°) are bisected instead: even steps in longitude crowd there. */
const MAX_TAN = 25;

/** Above this tan φmax the circle is so close to a meridian that tan φ from its plane loses precision: bisected. */
const MAX_CIRCLE_TAN = 1e4;

/** Longitude span of the pieces a leg is cut into near the equator, each with its own step (fewer vertices where the circle is straighter). */
const PIECE_DEG = 20;

/**
 * The fast path for a leg that stays clear of the poles: vertices evenly spaced in longitude
 * within each piece of at most {@link PIECE_DEG}, their count chosen up front from a
 * closed-form bound, each latitude from one `atan` of tan φ = u(λ) = p · (cos λ, sin λ) (cos λ,
 * sin λ by rotation: no other trigonometry per vertex). Returns false, writing nothing, for a
 * leg it leaves to the bisection.
 *
 * On the circle u(λ) = x cos(λ - λ0), x = tan φmax, so |φ''(λ)| = h(t) with t = |tan φ| and
 * h(t) = t (k - t²) / (1 + t²)², k = 1 + 2x². A chord over a longitude step Δλ strays in
 * latitude by at most Δλ² max|φ''| / 8, and a point δ north of the circle lies at most
 * δ |sin α| from it, α the circle's azimuth, |sin α| = cos φmax / cos φ (Clairaut). Both are
 * bounded over the range of t a piece covers: h rises then falls, its peak at the smaller
 * root of t⁴ - 3(k + 1) t² + k; |sin α| grows with t.
 */
function byLongitude(
  d: Densifier, a0: number, bl: number, b1: number, cla: number, sla: number, clb: number, slb: number,
  nx: number, ny: number, nz: number,
): boolean {
  const nh = Math.sqrt(nx * nx + ny * ny);
  const anz = Math.abs(nz);
  if (!(nh <= MAX_CIRCLE_TAN * anz)) return false;
  const px = -nx / nz;
  const py = -ny / nz;
  // The leg's own highest |tan φ|: at an end, or x where u' changes sign between them.
  const ua = px * cla + py * sla;
  const ub = px * clb + py * slb;
  const x = nh / anz;
  const legHi = (py * cla - px * sla) * (py * clb - px * slb) < 0 ? x : Math.max(Math.abs(ua), Math.abs(ub));
  if (legHi > MAX_TAN) return false;
  const k = 1 + 2 * x * x;
  const k3 = 3 * k + 3;
  const peak = Math.sqrt((k3 - Math.sqrt(k3 * k3 - 4 * k)) / 2);
  const x2 = 1 + x * x;
  // The margin (1e-9 on the step) absorbs rounding in the bound itself.
  const scale = (EARTH_RADIUS_KM / (8 * d.tol)) * (1 + 2e-9);
  const spanRad = (bl - a0) * RAD;
  // A leg that fits as one segment needs no cut between pieces.
  const legLo = ua * ub <= 0 ? 0 : Math.min(Math.abs(ua), Math.abs(ub));
  if (spanRad * spanRad * curvature(legLo, legHi, peak, k, x2) * scale <= 1) {
    emit(d, bl, b1);
    return true;
  }
  // Shorter pieces at high latitude, where the bounds' range of t over a piece would be wide.
  const pieces = Math.ceil((Math.abs(bl - a0) / PIECE_DEG) * Math.sqrt(1 + (legHi * legHi) / 4));
  const pieceDeg = (bl - a0) / pieces;
  const pieceRad = pieceDeg * RAD;
  // A single piece ends at b, whose cos λ and sin λ are known.
  const cp = pieces > 1 ? Math.cos(pieceRad) : 1;
  const sp = pieces > 1 ? Math.sin(pieceRad) : 0;
  let c = cla;
  let s = sla;
  let u0 = ua;
  for (let j = 0; j < pieces; j++) {
    const last = j === pieces - 1;
    const ce = last ? clb : c * cp - s * sp;
    const se = last ? slb : s * cp + c * sp;
    const u1 = last ? ub : px * ce + py * se;
    const e0 = Math.abs(u0);
    const e1 = Math.abs(u1);
    const hi = (py * c - px * s) * (py * ce - px * se) < 0 ? x : Math.max(e0, e1);
    const lo = u0 * u1 <= 0 ? 0 : Math.min(e0, e1);
    const n = Math.max(1, Math.ceil(Math.abs(pieceRad) * Math.sqrt(curvature(lo, hi, peak, k, x2) * scale)));
    const step = pieceRad / n;
    const cs = Math.cos(step);
    const ss = Math.sin(step);
    const base = a0 + j * pieceDeg;
    const dlon = pieceDeg / n;
    let vc = c;
    let vs = s;
    const out = d.coords;
    let o = d.count * 2;
    for (let i = 1; i < n; i++) {
      const c1 = vc * cs - vs * ss;
      vs = vs * cs + vc * ss;
      vc = c1;
      out[o++] = base + i * dlon;
      out[o++] = Math.atan(px * vc + py * vs) * DEG;
    }
    d.count = o >> 1;
    if (!last) emit(d, base + pieceDeg, Math.atan(u1) * DEG);
    c = ce;
    s = se;
    u0 = u1;
  }
  emit(d, bl, b1);
  return true;
}

/**
 * max |φ''| |sin α| over a stretch of a circle where |tan φ| spans [lo, hi] (see byLongitude:
 * `peak` is where h peaks, `k` = 1 + 2x², `x2` = 1 + x²). A function of its own, not a closure
 * over byLongitude's values: a closure was made for every leg, and its captured numbers boxed,
 * about 290 bytes of garbage a regional leg.
 */
function curvature(lo: number, hi: number, peak: number, k: number, x2: number): number {
  const t = peak < lo ? lo : peak > hi ? hi : peak;
  const t2 = 1 + t * t;
  return ((t * (k - t * t)) / (t2 * t2)) * Math.sqrt((1 + hi * hi) / x2);
}

/**
 * Whether the straight lon/lat segment from P to Q stays within the tolerance of the
 * great-circle arc P→Q everywhere, not only at its middle. P and Q are unit vectors with
 * cos φ (rho), and cos λ, sin λ of the longitude the segment leaves P or reaches Q by (NaN
 * at a pole, where that is unknown); then latitude and that longitude in degrees.
 *
 * The signed cross-track s(t) = n·v(t) of the point v(t) at fraction t along the segment
 * vanishes at both ends, so |s| <= max|s''| / 8 <= (|Δλ| + |Δφ|)² / 8: short segments pass
 * on that alone, without trigonometry. Otherwise the quadratic through s(0), s(1/2), s(1)
 * peaks at |s(1/2)| and differs from s by at most CUBIC · max|s'''|, with s''' bounded term
 * by term from s = r cos φ cos(λ - λn) + n_z sin φ (φ, λ linear in t), a bound that is zero
 * on the equator and on meridians. Near a pole, where longitude swings, a segment whose ends
 * both lie within tol/2 of the pole is close enough whatever its longitudes.
 */
function chordFits(
  d: Densifier,
  px: number, py: number, pz: number, prho: number, pcl: number, psl: number, plat: number, plon: number,
  qx: number, qy: number, qz: number, qrho: number, qcl: number, qsl: number, qlat: number, qlon: number,
): boolean {
  const dl = Math.abs(qlon - plon) * RAD;
  const dp = Math.abs(qlat - plat) * RAD;
  const f = dl + dp;
  if (f * f <= d.quickFit) return true;
  if (pz * qz > 0 && Math.max(prho, qrho) ** 2 <= d.sinPole2) return true;
  // n = P × (Q - P): the plane of P × Q, computed without cancellation on short arcs.
  const ux = qx - px;
  const uy = qy - py;
  const uz = qz - pz;
  const nx = py * uz - pz * uy;
  const ny = pz * ux - px * uz;
  const nz = px * uy - py * ux;
  const nh2 = nx * nx + ny * ny;
  const nn2 = nh2 + nz * nz;
  if (nn2 === 0) return true;
  // The middle of the segment, v(1/2): the direction of its longitude is the sum of the
  // ends' directions (when they are less than 90° apart), that of its latitude likewise.
  let cl: number;
  let sl: number;
  if (dl < Math.PI / 2) {
    cl = pcl + qcl;
    sl = psl + qsl;
    const h = Math.sqrt(cl * cl + sl * sl);
    cl /= h;
    sl /= h;
  } else {
    const lm = (plon + qlon) * (RAD / 2);
    cl = Math.cos(lm);
    sl = Math.sin(lm);
  }
  let cp = prho + qrho;
  let sp = pz + qz;
  const g = Math.sqrt(cp * cp + sp * sp);
  cp /= g;
  sp /= g;
  const dot = (cp * cl - px) * nx + (cp * sl - py) * ny + (sp - pz) * nz;
  if (dot * dot > d.sinTol2 * nn2) return false;
  const nn = Math.sqrt(nn2);
  const r = Math.sqrt(nh2) / nn;
  const k = Math.abs(nx * cl + ny * sl) / nn; // r |cos(λm - λn)|
  const dp2 = dp * dp;
  const bound = (k + (r * dl) / 2 + Math.abs(nz) / nn) * dp2 * dp + r * dl * (3 * dp2 + 3 * dp * dl + dl * dl);
  return Math.abs(dot) / nn + CUBIC * bound <= d.sinTol;
}
