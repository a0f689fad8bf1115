// Misfires a reviewer found in the seventeenth outside round's new rules, each run on the round's code before the fix (our own
// sentences, after the reviewer's): a trip's own clause after a comma, the traveller's own base, a video link before talks in a
// place, and "to work, with" read as a verb's people set off by commas ("to announce, with President …").
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();
const names = (text: string) => draft(text, '2024-05-01', 'Paris').stops.map((s) => s.name);

describe('review of round 23: places the new rules must not drop', () => {
  it('keeps the places of a trip described in its own clause after a comma ("The trip, which covers …")', () => {
    expect(names('The trip, which covers Nairobi and Mombasa, starts on 3 June.')).toEqual(['Paris', 'Nairobi', 'Mombasa', 'Paris']);
    expect(names('The President will visit Kenya on 3 June. The tour, which includes stops in Nairobi and Mombasa, ends on 6 June.')).toEqual(['Paris', 'Nairobi', 'Mombasa', 'Paris']);
    // Still apart: a thing the clause describes ("a company that supplies factories in Foshan").
    expect(names('The Minister will visit Guangzhou on 3 June, meeting a robotics company that supplies factories in Foshan.')).toEqual(['Paris', 'Guangzhou', 'Paris']);
  });

  it('keeps the place the traveller "will be based in" (only a body or a thing is said to be based somewhere as an aside)', () => {
    expect(names('The President will travel to Kenya on 3 June and will be based in Mombasa, where he will open a port.')).toEqual(['Paris', 'Mombasa', 'Paris']);
    expect(names('The Minister will visit Lagos on 3 June to meet a start-up based in Abuja.')).toEqual(['Paris', 'Lagos', 'Paris']);
  });

  it('keeps a place of talks after a video link told earlier in the sentence', () => {
    const it_ = draft('On 3 June he will open a video link with students and then hold talks with President Ruto in Mombasa.', '2024-05-01', 'Paris');
    expect(it_.stops.map((s) => s.name)).toEqual(['Paris', 'Mombasa', 'Paris']);
    // Still no stop: the other end of a call.
    expect(names('On 3 June he will visit Lyon and hold a video call with President Zelenskyy in Kyiv.')).toEqual(['Paris', 'Lyon', 'Paris']);
  });
});

describe('review of round 23: meetings', () => {
  it('reads no meeting from "return to work, with President … hosting a dinner" (a place, not a lower-case object, before the comma)', () => {
    const it_ = draft('The Minister will visit Lagos on 3 June and return to work, with President Tinubu hosting a dinner for the delegation.', '2024-05-01', 'Paris');
    expect(it_.stops.flatMap((s) => s.meetings.map((m) => m.title)).filter((t) => /hosting/.test(JSON.stringify(t)))).toEqual([]);
  });
});
