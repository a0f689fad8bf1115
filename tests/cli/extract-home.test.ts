import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ExtractOptionError } from '../../src/extract/errors';
import { run } from '../../src/cli/run';
import { fakeIO } from './fake-io';

// The library's message reworded, its code kept: the CLI reads the code, not the words, to name the --home flag.
vi.mock('../../src/extract/extract-itinerary', async (original) => ({
  ...(await original<typeof import('../../src/extract/extract-itinerary')>()),
  extractItinerary: async (_text: string, options: { home?: string }) => {
    throw new ExtractOptionError(`no place called ${options.home} is known`, 'unknown-home', options.home ?? '');
  },
}));

describe('visitmap extract --home', () => {
  it('is a usage error naming the flag when the library says, by its code, that the home is in no gazetteer, whatever its message says', async () => {
    const cwd = '/work/desk';
    const t = fakeIO({ cwd, files: { [path.join(cwd, 'news.txt')]: 'The Minister will visit Tokyo on 3 May.' } });
    expect(await run(['extract', 'news.txt', '--published', '2024-05-01', '--home', 'Qwertyville'], t)).toBe(2);
    expect(t.err()).toContain('visitmap: --home "Qwertyville" is in no gazetteer: give a city it knows, or add this one in a --places file.');
    expect(t.err()).not.toContain('no place called');
    expect(t.out()).toBe('');
  });
});
