import { describe, expect, it } from 'vitest';
import { findTraveller } from '../../src/extract/traveller';
import { extractWith } from '../../src/extract/extract-itinerary';
import { useWorld } from './world';

const { world } = useWorld();
const body = (...texts: string[]) => texts.map((text, i) => ({ text, paragraph: i + 2 }));

describe('findTraveller', () => {
  it('reads the office and the person the opening sentences pair between commas', () => {
    expect(findTraveller(body('The Secretary for Housing and Planning, Ms Winnie Ho, will leave for Seoul today.'))).toEqual({
      name: 'Ms Winnie Ho',
      role: 'Secretary for Housing and Planning',
      kind: 'person',
    });
    expect(findTraveller(body('Yesterday the Director of the Food and Environmental Hygiene Department, Dr Ng Wai-kit, arrived in Lyon.'))).toEqual({
      name: 'Dr Ng Wai-kit',
      role: 'Director of the Food and Environmental Hygiene Department',
      kind: 'person',
    });
  });

  it('claims no one where the text does not pair an office with a person, or names them only later on', () => {
    expect(findTraveller(body('A delegation will leave for Seoul today.', 'It will meet the Mayor.'))).toBeUndefined();
    expect(findTraveller(body('A delegation left today.', 'It flew to Seoul.', 'It met officials.', 'The Secretary for Justice, Mr Ho Chun, joined it.'))).toBeUndefined();
    // A host met, and those who go along, are not the traveller.
    expect(findTraveller(body('He will meet the Federal Chancellor, Mr Anton Weiss, in Bonn.'))).toBeUndefined();
    expect(findTraveller(body('The Secretary for Security, Mr Kwan Lok, and the Under Secretary, Ms Yip Ho, will go with him.'))).toBeUndefined();
    expect(findTraveller(body('The Under Secretary, Ms Yip Ho, will accompany him.'))).toBeUndefined();
  });
});

describe('extractWith', () => {
  it("fills the draft's traveller (it never did), from the body, not the headline", () => {
    const text = 'Minister visits Nairobi\n\nThe Minister of State for Trade, Mr Tomasz Brandt, will arrive in Nairobi on 3 May.\n\nHe will return on 5 May.';
    const { itinerary } = extractWith(world.g, text, { published: '2025-05-01' });
    expect(itinerary.traveller).toEqual({ name: 'Mr Tomasz Brandt', role: 'Minister of State for Trade', kind: 'person' });
  });
});
