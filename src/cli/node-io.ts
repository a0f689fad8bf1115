import { readFile, writeFile } from 'node:fs/promises';
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
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    cwd: process.cwd(),
  };
}
