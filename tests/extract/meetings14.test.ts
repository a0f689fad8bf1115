// Meetings: what an outside tester saw in the drafts of round 9, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/extract/find-meetings';

const people = (sentence: string) => findMeetings(sentence).filter((m) => m.kind === 'meeting').flatMap((m) => m.with.map((w) => w.participant));

describe('meetings: an office met without a name', () => {
  it('is the participant\'s name, not its name and its role too ("Minister of Trade (Minister of Trade, Tarn)" in a popup)', () => {
    expect(people('In Velka she will meet the Minister of Trade of Tarn to discuss the port.')).toEqual([{ name: 'Minister of Trade', organisation: 'Tarn' }]);
    expect(people('He will meet the Speaker on Tuesday.')).toEqual([{ name: 'Speaker' }]);
  });

  it('keeps the role where a name completes the office, after it or before it', () => {
    expect(people('She met the Minister of Trade of Tarn, Lidia Moreau.')).toEqual([{ name: 'Lidia Moreau', role: 'Minister of Trade', organisation: 'Tarn', kind: 'person' }]);
    expect(people('She met Lidia Moreau, the Minister of Trade of Tarn.')).toEqual([{ name: 'Lidia Moreau', role: 'Minister of Trade', organisation: 'Tarn', kind: 'person' }]);
  });
});
