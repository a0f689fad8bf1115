import { describe, expect, it } from 'vitest';
import { splitSentences } from './release-sentences';
import { checkProvenance, citations } from './provenance';
import { asList, readRelease, readSeed, type Json } from './seed-files';

const release = readRelease();

/** A deep copy of the seed, so a test can break one reference without touching the others. */
function seedCopy(): Json {
  return structuredClone(readSeed());
}

function meetingById(itinerary: Json, id: string): Json {
  const meeting = asList(itinerary.stops).flatMap((s) => asList(s.meetings)).find((m) => m.id === id);
  if (!meeting) throw new Error(`no meeting ${id} in the seed`);
  return meeting;
}

function refTo(text: string, paragraph: number, sentence: number): Json {
  const found = splitSentences(text).find((s) => s.paragraph === paragraph && s.sentence === sentence);
  if (!found) throw new Error(`no sentence ${paragraph}.${sentence}`);
  return { document: 'press-release', paragraph, sentence, range: [...found.range] };
}

describe('sentence splitting (the rule in data/README.md)', () => {
  it('counts the title as paragraph 1 and skips the blank lines before it', () => {
    const text = '\n\nA title\n\nFirst one. Second one?\nStill second paragraph!\n\n\n\nLast (really).\n';
    const got = splitSentences(text).map((s) => [s.paragraph, s.sentence, s.text]);
    expect(got).toEqual([
      [1, 1, 'A title'],
      [2, 1, 'First one.'],
      [2, 2, 'Second one?'],
      [2, 3, 'Still second paragraph!'],
      [3, 1, 'Last (really).'],
    ]);
  });

  it('gives ranges that slice back to each sentence', () => {
    const text = 'Title\n\nOne. "Two." Three';
    for (const s of splitSentences(text)) expect(text.slice(...s.range)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Title', 'One.', '"Two."', 'Three']);
  });

  it('does not end a sentence at a full stop inside a number', () => {
    expect(splitSentences('It cost 1.5 million. Then more.').map((s) => s.text)).toEqual(['It cost 1.5 million.', 'Then more.']);
  });
});

describe.runIf(release !== undefined)('provenance of the seed against the press release', () => {
  const text = release ?? '';

  it('cites a sentence for every stop, meeting and leg', () => {
    const seed = readSeed();
    const cited = new Set(citations(seed).map((c) => c.path.replace(/\.source\[\d+\]$/, '')));
    const stops = asList(seed.stops);
    const expected = [
      ...stops.map((_, s) => `stops[${s}]`),
      ...stops.flatMap((stop, s) => asList(stop.meetings).map((_, m) => `stops[${s}].meetings[${m}]`)),
      ...asList(seed.legs).map((_, l) => `legs[${l}]`),
    ];
    expect([...cited].sort()).toEqual(expected.sort());
  });

  it('points every source at an existing sentence, with its exact range, that supports the fact', () => {
    expect(checkProvenance(readSeed(), text)).toEqual([]);
  });

  it('reports a meeting source moved to a sentence that does not mention it', () => {
    const seed = seedCopy();
    const meeting = meetingById(seed, 'hangzhou-customs-meeting');
    meeting.source = [refTo(text, 8, 1)];
    expect(checkProvenance(seed, text)).toEqual([
      expect.stringMatching(/^stops\[1\]\.meetings\[0\]\.source\[0\]: paragraph 8, sentence 1 mentions none of/),
    ]);
  });

  it('reports a stop source pointing at a sentence that does not name the stop', () => {
    const seed = seedCopy();
    const yangshan = asList(seed.stops).find((s) => s.id === 'yangshan') as Json;
    yangshan.source = [refTo(text, 3, 1)];
    const problems = checkProvenance(seed, text);
    expect(problems).toContainEqual(expect.stringMatching(/^stops\[3\]\.source\[0\]: paragraph 3, sentence 1 mentions none of/));
    expect(problems).toContainEqual('stops[3]: none of its sentences names Yangshan Automated Terminal');
  });

  it('reports a range that is off by one character', () => {
    const seed = seedCopy();
    const ref = asList(asList(seed.stops)[0]?.source)[0] as Json;
    const [start, end] = ref.range as [number, number];
    ref.range = [start, end + 1];
    expect(checkProvenance(seed, text)).toEqual([
      `stops[0].source[0]: range [${start},${end + 1}] is not the sentence's [${start}, ${end}]`,
    ]);
  });

  it('reports a stated day that none of the cited sentences gives', () => {
    const seed = seedCopy();
    const meeting = meetingById(seed, 'hong-kong-enterprises');
    // Drop the sentence that dates "yesterday": the meeting's own sentences do not say 12 December.
    meeting.source = asList(meeting.source).filter((r) => r.paragraph === 7);
    expect(checkProvenance(seed, text)).toEqual([
      'stops[5].meetings[1]: the stated day December 12 is in none of its sentences',
    ]);
  });

  it('reports a reference to a paragraph the release does not have', () => {
    const seed = seedCopy();
    const leg = asList(seed.legs)[0] as Json;
    leg.source = [{ document: 'press-release', paragraph: 42, sentence: 1, range: [0, 1] }];
    expect(checkProvenance(seed, text)).toEqual(['legs[0].source[0]: paragraph 42, sentence 1 does not exist']);
  });
});
