#!/usr/bin/env node
/**
 * Serves the built gallery (`site/`, see scripts/build-site.mjs) on localhost:
 * port `PORT` or 8080, or a free one when that is taken.
 *
 * Usage: node scripts/serve.mjs [DIR]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'site'));
if (!existsSync(path.join(dir, 'examples/index.html'))) {
  console.error(`serve: ${dir} has no gallery: run \`node scripts/build-site.mjs\` (or \`npm start\`) first`);
  process.exit(1);
}

// dev: re-read files on each request, so a rebuilt site shows without a restart.
const files = sirv(dir, { dev: true, etag: true });
const server = createServer((req, res) => {
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`Not found: ${req.url ?? ''}\n`);
  });
});

const wanted = Number(process.env.PORT ?? 8080);
server.on('error', (err) => {
  if (err.code === 'EADDRINUSE' && server.listening === false && wanted !== 0) {
    console.log(`port ${wanted} is taken; using a free one`);
    server.listen(0, 'localhost');
    return;
  }
  console.error(`serve: ${err.message}`);
  process.exit(1);
});
server.on('listening', () => {
  const { port } = server.address();
  console.log(`visitmap gallery: http://localhost:${port}/`);
});
server.listen(wanted, 'localhost');

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
