// Writes the committed log fixtures from their UTF-8 sources: each source in the four encodings
// setup logs come in, plus an empty file, random bytes, and the sample the reader page offers.
// Run it after changing a source: `node scripts/write-log-fixtures.mjs`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_ENCODINGS, encodeLog, randomBytes } from '../tests/fixtures/log-encodings.ts';

const ROOT = 'tests/fixtures/logs';
const SOURCES = join(ROOT, 'sources');
/** The sample the page offers: the .NET 2.0 SP2 update failing on an assembly in use. */
const SAMPLE_CASE = 'ddset-assembly-in-use';
const SAMPLE_PATH = 'public/tools/log-reader/sample-KB974417-msi0.txt';

for (const encoding of LOG_ENCODINGS) rmSync(join(ROOT, encoding), { recursive: true, force: true });
for (const logCase of readdirSync(SOURCES)) {
  for (const file of readdirSync(join(SOURCES, logCase))) {
    const text = readFileSync(join(SOURCES, logCase, file), 'utf8');
    for (const encoding of LOG_ENCODINGS) {
      mkdirSync(join(ROOT, encoding, logCase), { recursive: true });
      writeFileSync(join(ROOT, encoding, logCase, file), encodeLog(text, encoding));
    }
    if (logCase === SAMPLE_CASE) {
      mkdirSync('public/tools/log-reader', { recursive: true });
      writeFileSync(SAMPLE_PATH, encodeLog(text, 'utf-16le-bom'));
    }
  }
}
writeFileSync(join(ROOT, 'empty.log'), new Uint8Array(0));
writeFileSync(join(ROOT, 'random-bytes.bin'), randomBytes(64 * 1024));
