// Serves dist/ on localhost the way a static host would: directory index pages, the 404 page
// for unknown paths, text compressed with gzip for browsers that accept it, and the hashed files
// under /_astro/ cached for good. Used by `npm start`, the end-to-end tests and the bench.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {}
  }
  return null;
}

createServer((request, response) => {
  let pathname = '/';
  let search = '';
  try {
    ({ pathname, search } = new URL(request.url ?? '/', 'http://localhost'));
  } catch {}
  let file = null;
  try {
    file = fileFor(pathname);
  } catch {}
  // A directory asked for without its slash gets the canonical address, as static hosts do.
  if (file?.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
    response.writeHead(301, { location: `${pathname}/${search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  file ??= join(root, '404.html');
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Pagefind's own files are compressed already; text is what a host compresses.
  const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    'content-type': type,
    'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  if (gzip) body.pipe(createGzip({ level: 9 })).pipe(response);
  else body.pipe(response);
}).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
