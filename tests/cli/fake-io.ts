import type { CliIO } from '../../src/cli/io';

/**
 * An in-memory CliIO: files by absolute path, captured output, and optional standard input.
 * Files and standard input are given as text (read as its UTF-8 bytes) or as bytes.
 */
export function fakeIO(options: { cwd?: string; files?: Record<string, string | Uint8Array>; stdin?: string | Uint8Array; unwritable?: boolean } = {}) {
  const given = Object.entries(options.files ?? {});
  const files = new Map(given.filter((e): e is [string, string] => typeof e[1] === 'string'));
  const raw = new Map(given.filter((e): e is [string, Uint8Array] => typeof e[1] !== 'string'));
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  let out = '';
  let err = '';
  const io: CliIO & { out: () => string; err: () => string; files: Map<string, string> } = {
    cwd: options.cwd ?? '/work',
    stdin: async () => bytes(options.stdin ?? ''),
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: async (p) => {
      if (p.endsWith('/locked.json')) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
      const text = files.get(p) ?? raw.get(p);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return bytes(text);
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
