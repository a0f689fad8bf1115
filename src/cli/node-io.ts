import { readFile, writeFile } from 'node:fs/promises';
import type { CliIO } from './io';

/** The real process: files, standard streams and working directory. */
export function nodeIO(): CliIO {
  return {
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    cwd: process.cwd(),
  };
}
