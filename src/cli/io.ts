/** What the CLI touches of the outside world, so tests can run it without a process. */
export interface CliIO {
  /** All of standard input, as UTF-8 text. */
  stdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file as UTF-8 text; rejects with a Node-style error (`code: 'ENOENT'`…). */
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
  /** Directory that relative paths are resolved against. */
  cwd: string;
}
