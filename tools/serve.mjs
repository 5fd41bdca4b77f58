// Serves a built site on localhost the way a static host would: under BASE_PATH when it was built
// with one, directory index pages, the redirects of `_redirects`, the headers of `_headers`, text
// compressed with gzip for browsers that accept it, the 404 page for unknown paths, and no other
// behaviour. Used by `npm start`, the end-to-end tests and the bench.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { readDeployment } from './hosting/deployment.ts';
import { headersFor, parseHeadersFile, parseRedirectsFile } from './hosting/host-rules.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const { base } = readDeployment(process.env);

const readRules = (name, parse) =>
  existsSync(join(root, name)) ? parse(readFileSync(join(root, name), 'utf8')) : [];
const headerRules = readRules('_headers', parseHeadersFile);
const redirects = readRules('_redirects', parseRedirectsFile);

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

function fileFor(sitePath) {
  const path = normalize(decodeURIComponent(sitePath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return null;
}

createServer((request, response) => {
  let pathname = '/';
  let search = '';
  try {
    ({ pathname, search } = new URL(request.url ?? '/', 'http://localhost'));
  } catch {
    // An address no URL parser reads is answered as the home page, the default above.
  }
  const redirect = redirects.find((r) => r.from === pathname);
  if (redirect) {
    response.writeHead(redirect.status, { location: redirect.to + search }).end();
    return;
  }
  // Outside the base path nothing of the site exists.
  const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
  let file = null;
  try {
    if (sitePath !== null) file = fileFor(sitePath);
  } catch {
    // An unreadable path is a missing page.
  }
  // A directory asked for without its slash gets the canonical address, as static hosts do.
  if (file?.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
    response.writeHead(301, { location: `${pathname}/${search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  file ??= join(root, '404.html');
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Pagefind's own files are compressed already; text is what a host compresses.
  const gzip =
    /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
    /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    ...Object.fromEntries(headersFor(headerRules, pathname)),
    'content-type': type,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  if (gzip) body.pipe(createGzip({ level: 9 })).pipe(response);
  else body.pipe(response);
}).listen(port, host, () => {
  console.log(
    `Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`,
  );
});
