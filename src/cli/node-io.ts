import { readFile, stat, writeFile } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { MAX_BYTES, tooLarge } from './decode';
import type { CliIO } from './io';

/** The real process: files, standard streams and working directory. */
export function nodeIO(): CliIO {
  // A reader that stops early (`visitmap geojson big.json | head`) closes the pipe: there is
  // no one left to tell, so stop quietly instead of crashing with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  return {
    stdin: async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        // Stop holding what could never be one text (see decodeText).
        if ((size += (chunk as Buffer).length) > MAX_BYTES) throw tooLarge(size, true);
      }
      return Buffer.concat(chunks);
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // The size first: a file too large to be one text is refused before it is read (600 MB took 7.7 s and 670 MB of memory).
    readFile: async (path) => {
      const file = await stat(path);
      if (file.isFile() && file.size > MAX_BYTES) throw tooLarge(file.size);
      return readFile(path);
    },
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    sameFile: async (a, b) => {
      try {
        const [x, y] = await Promise.all([stat(a), stat(b)]);
        return x.dev === y.dev && x.ino === y.ino;
      } catch {
        return false; // one is missing (the output, not written yet): not the same
      }
    },
    heapLimit: getHeapStatistics().heap_size_limit,
    cwd: process.cwd(),
  };
}
