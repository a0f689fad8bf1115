import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_BYTES } from '../../src/cli/decode';

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

  it('still reads a file of ordinary size', async () => {
    const small = path.join(dir, 'small.json');
    writeFileSync(small, '{}');
    const before = reads.count;
    expect(new TextDecoder().decode(await nodeIO().readFile(small))).toBe('{}');
    expect(reads.count).toBe(before + 1);
  });
});
