import { describe, expect, it } from 'vitest';
import { dayString, instantOf, localDay, utcString } from '../../src/geojson/time';

describe('time helpers', () => {
  it('reads an offset date-time as its instant', () => {
    expect(utcString(instantOf('2024-03-01T19:30:00+09:00')!)).toBe('2024-03-01T10:30:00Z');
    expect(utcString(instantOf('2024-03-01T19:30:00.250Z')!)).toBe('2024-03-01T19:30:00.250Z');
  });

  it('reads a wall-clock time in the itinerary zone, across a daylight-saving change', () => {
    expect(utcString(instantOf('2024-03-01T08:00:00', 'Pacific/Honolulu')!)).toBe('2024-03-01T18:00:00Z');
    expect(utcString(instantOf('2024-07-01T12:00', 'Europe/London')!)).toBe('2024-07-01T11:00:00Z');
    expect(utcString(instantOf('2024-01-01T12:00', 'Europe/London')!)).toBe('2024-01-01T12:00:00Z');
  });

  it('gives no instant for a date alone, or a wall-clock time without a zone', () => {
    expect(instantOf('2024-03-01')).toBeUndefined();
    expect(instantOf('2024-03-01T08:00:00')).toBeUndefined();
    expect(instantOf('2024-03-01T08:00:00', 'Not/AZone')).toBeUndefined();
  });

  it('finds the local day of an instant in the zone, and keeps years below 100', () => {
    expect(dayString(localDay('2024-03-01T23:30:00Z', 'Asia/Shanghai')!)).toBe('2024-03-02');
    expect(dayString(localDay('2024-03-01T23:30:00Z')!)).toBe('2024-03-01');
    expect(dayString(localDay('0099-12-31')!)).toBe('0099-12-31');
  });
});
