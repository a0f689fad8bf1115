import type { CliIO } from '../../src/cli/io';

/** An in-memory CliIO: files by absolute path, captured output, and optional standard input. */
export function fakeIO(options: { cwd?: string; files?: Record<string, string>; stdin?: string; unwritable?: boolean } = {}) {
  const files = new Map(Object.entries(options.files ?? {}));
  let out = '';
  let err = '';
  const io: CliIO & { out: () => string; err: () => string; files: Map<string, string> } = {
    cwd: options.cwd ?? '/work',
    stdin: async () => options.stdin ?? '',
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: async (p) => {
      if (p.endsWith('/locked.json')) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
      const text = files.get(p);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (p, t) => {
      if (options.unwritable) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
      files.set(p, t);
    },
    out: () => out,
    err: () => err,
    files,
  };
  return io;
}
