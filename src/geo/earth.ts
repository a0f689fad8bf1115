/** Mean Earth radius R1 = (2a + b) / 3 of WGS 84, in km: the sphere the great circles live on. */
export const EARTH_RADIUS_KM = 6371.0088;

/** WGS 84 semi-major axis, in km. */
export const WGS84_A_KM = 6378.137;

/** WGS 84 flattening. */
export const WGS84_F = 1 / 298.257223563;

/** WGS 84 semi-minor axis a × (1 − f), in km, written as a number so that bundles without distances drop it. */
export const WGS84_B_KM = 6356.752314245179;

/** Degrees to radians. */
export const RAD = Math.PI / 180;

/** Radians to degrees. */
export const DEG = 180 / Math.PI;
