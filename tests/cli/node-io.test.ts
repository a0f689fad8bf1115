import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_BYTES } from '../../src/cli/decode';
import { run } from '../../src/cli/run';

// Each whole-file read is counted: a file too large must be refused by its size, unread.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return { ...fs, readFile: (...args: Parameters<typeof fs.readFile>) => (reads.count++, fs.readFile(...args)) };
});
const { nodeIO } = await import('../../src/cli/node-io');

describe('nodeIO', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'visitmap-node-io-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file too large to be one text by its size, before reading it', async () => {
    // A sparse file: its size is set, its pages are never written.
    const huge = path.join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_BYTES + 1);
    await expect(nodeIO().readFile(huge)).rejects.toThrow(
      'it is 536870889 bytes (512 MB); visitmap reads files of at most 536870888 bytes (512 MB, the longest text Node can hold)',
    );
    expect(reads.count).toBe(0);
  });

  it('tells a link or a hard link to a file from another file, so -o never writes over an input through one', async () => {
    const text = 'The Chief Executive visits Hangzhou on 10 December 2023.';
    const release = path.join(dir, 'release.txt');
    writeFileSync(release, text);
    symlinkSync(release, path.join(dir, 'linked.txt'));
    linkSync(release, path.join(dir, 'hard.txt'));
    const io = nodeIO();
    expect(await io.sameFile!(release, path.join(dir, 'linked.txt'))).toBe(true);
    expect(await io.sameFile!(release, path.join(dir, 'hard.txt'))).toBe(true);
    writeFileSync(path.join(dir, 'other.txt'), text);
    expect(await io.sameFile!(release, path.join(dir, 'other.txt'))).toBe(false);
    expect(await io.sameFile!(release, path.join(dir, 'not-yet.json'))).toBe(false);
    // Through run, as the command line gives it: refused, the announcement unchanged.
    let err = '';
    const cli = { ...io, cwd: dir, stderr: (t: string) => void (err += t), stdout: () => {} };
    for (const out of ['linked.txt', 'hard.txt']) {
      err = '';
      expect(await run(['extract', 'release.txt', '-o', out], cli)).toBe(2);
      expect(err.split('\n')[0]).toBe(`visitmap: -o ${out} would write over the input release.txt: write to another file`);
    }
    expect(readFileSync(release, 'utf8')).toBe(text);
  });

  it('still reads a file of ordinary size', async () => {
    const small = path.join(dir, 'small.json');
    writeFileSync(small, '{}');
    const before = reads.count;
    expect(new TextDecoder().decode(await nodeIO().readFile(small))).toBe('{}');
    expect(reads.count).toBe(before + 1);
  });
});
