import { describe, expect, it } from 'vitest';
import { stopIndex } from '../../src/itinerary/stop-index';

const stops = [{ id: 'hk' }, { id: 'hangzhou' }, { id: 'shanghai' }];

describe('stopIndex', () => {
  it('finds a stop by id, and takes an index as it is', () => {
    expect(stopIndex(stops, 'shanghai', 'Test')).toBe(2);
    expect(stopIndex(stops, 0, 'Test')).toBe(0);
  });

  it('names the owner and the missing id or index in its RangeError', () => {
    expect(() => stopIndex(stops, 'lingang', 'ItineraryLayer')).toThrow(new RangeError('ItineraryLayer: no stop with id "lingang"'));
    expect(() => stopIndex(stops, 3, 'TimelineControl')).toThrow(new RangeError('TimelineControl: no stop at index 3'));
    for (const bad of [-1, 1.5, NaN]) expect(() => stopIndex(stops, bad, 'T'), String(bad)).toThrow(RangeError);
  });

  it('gives -1 for an id no stop has when no owner asks (a link to a stop of another trip, which the deep link drops)', () => {
    expect(stopIndex(stops, 'lingang')).toBe(-1);
    expect(stopIndex(stops, 'hangzhou')).toBe(1);
  });
});
