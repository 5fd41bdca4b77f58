/**
 * `npm run build` (or the npm script named as its argument, e.g. `build:base`), failing when it
 * prints a warning: npm test builds through this, so a new warning stops the run instead of
 * scrolling by. The one known harmless warning is silenced at its source in astro.config.mjs, by
 * its exact message.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const script = process.argv[2] ?? 'build';
const build = spawn('npm', ['run', script], { stdio: ['inherit', 'pipe', 'pipe'] });
let output = '';
for (const stream of [build.stdout, build.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
}
build.on('close', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const warnings = stripVTControlCharacters(output)
    .split('\n')
    .filter((line) => /\[WARN\]/.test(line));
  if (warnings.length > 0) {
    console.error(
      `\nnpm run ${script} printed ${warnings.length} warning(s); fix them or, if harmless, silence that exact message in astro.config.mjs:\n${warnings.join('\n')}`,
    );
    process.exit(1);
  }
});
