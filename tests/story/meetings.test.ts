import { describe, expect, it } from 'vitest';
import { findMeeting } from '../../src/story/meetings';
import { seed } from '../leaflet/fixtures';

describe('findMeeting', () => {
  it('finds every meeting of the seed by its id, with its stop', () => {
    const it_ = seed();
    it_.stops.forEach((stop, i) => {
      for (const meeting of stop.meetings) expect(findMeeting(it_, meeting.id)).toEqual({ meeting, stop: i });
    });
  });

  it('gives undefined for an id no meeting has, including a stop id', () => {
    const it_ = seed();
    expect(findMeeting(it_, 'atlantis')).toBeUndefined();
    expect(findMeeting(it_, it_.stops[1]!.id)).toBeUndefined();
  });
});
