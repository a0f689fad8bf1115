// Outside testers' announcements, round 9: what the rules did with them, checked on sentences written for these
// tests, about other places than the testers'.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { stopDays } = useWorld();

describe('days: "depart for X on D to begin a visit to X and Y" reaches X on D', () => {
  it('dates the arrival at the place left for, though the sentence lists the visit\'s places after the day', () => {
    const text =
      'The Minister will depart for Lisbon this Sunday (May 10) to begin a four-day visit to Lisbon and Madrid. In Lisbon, she will meet the Prime Minister on May 11. On May 12 she will travel by train to Madrid. She will return to London on May 13.';
    expect(stopDays(text, '2026-05-07', 'London')).toEqual(['London ..2026-05-10', 'Lisbon 2026-05-10..2026-05-12', 'Madrid 2026-05-12..2026-05-12', 'London 2026-05-13..']);
  });

});
