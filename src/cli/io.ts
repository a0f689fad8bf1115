/** What the CLI touches of the outside world, so tests can run it without a process. */
export interface CliIO {
  /** All of standard input, as bytes (the CLI decodes them: see `decodeText`). */
  stdin: () => Promise<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file's bytes; rejects with a Node-style error (`code: 'ENOENT'`…). */
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, text: string) => Promise<void>;
  /** Whether two paths name one file (a link to it, a hard link); false when either is missing. Optional: without it, paths are compared as written. */
  sameFile?: (a: string, b: string) => Promise<boolean>;
  /** The most memory, in bytes, the process's heap may hold (`v8.getHeapStatistics().heap_size_limit`): `import` refuses a file whose parse would need more. Optional: without it, nothing is refused for its size. */
  heapLimit?: number;
  /** Directory that relative paths are resolved against. */
  cwd: string;
}
