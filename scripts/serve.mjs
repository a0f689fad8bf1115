#!/usr/bin/env node
/**
 * Serves the built gallery (`site/`, see scripts/build-site.mjs) on localhost:
 * port `PORT` or 8080, or a free one when that is taken.
 *
 * Text files go out compressed (the `.br` and `.gz` files build-site.mjs
 * writes beside them), with cache headers: the basemap data and Leaflet change
 * only with the dependencies and are kept for a day; everything else is
 * revalidated (ETag) after a minute, so a rebuilt site shows without a restart.
 *
 * Usage: node scripts/serve.mjs [DIR]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** `Cache-Control` for a request path. */
export function cacheControl(pathname) {
  if (/^\/(basemap|vendor)\//.test(pathname)) return 'public, max-age=86400';
  if (/\.html?$|\/$/.test(pathname)) return 'no-cache';
  return 'public, max-age=60, must-revalidate';
}

/**
 * The gallery's request handler for `dir` (also used by the browser tests that
 * measure what a page transfers): precompressed files, cache headers, and a
 * plain 404.
 */
export function galleryHandler(dir) {
  // dev: re-read files on each request, so a rebuilt site shows without a restart.
  const files = sirv(dir, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
  });
  return (req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${req.url ?? ''}\n`);
    });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'site'));
  if (!existsSync(path.join(dir, 'examples/index.html'))) {
    console.error(`serve: ${dir} has no gallery: run \`node scripts/build-site.mjs\` (or \`npm start\`) first`);
    process.exit(1);
  }
  const server = createServer(galleryHandler(dir));
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
}
