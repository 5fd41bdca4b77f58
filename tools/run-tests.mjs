// `npm test`: every check, in the order that fails fastest, with each stage's time printed at the
// end so that the README's figures can be measured again. The machines have 2 cores and most
// stages use one, so they run side by side: `astro check` then ESLint, beside Prettier's check,
// dependency-cruiser's layer rules and the unit tests, beside the content tests (which run Astro on
// copies of the project, with caches of their own), then the root build
// beside the base-path build. In the `.astro/` they share, both rewrite type declarations that no
// build reads, and the content module lists a build does read are written by `astro check` first,
// then rewritten only when changed (atomically); their content caches are apart
// (astro.config.mjs, cacheDir). The end-to-end tests need both builds.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const times = [];

/**
 * Runs one npm script (or node script) and notes its time; rejects when it fails. A stage run
 * `quiet` beside another keeps its output until it ends and prints it only on failure, so that
 * two builds' page lists do not interleave.
 */
function stage(name, command, args, { quiet = false } = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: quiet ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet)
      for (const stream of [child.stdout, child.stderr])
        stream.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      times.push({ name: code === 0 ? name : `${name} (failed)`, seconds });
      if (code === 0) return resolve();
      if (quiet) process.stdout.write(output);
      reject(new Error(`${name} failed (exit code ${code}) after ${seconds.toFixed(0)} s`));
    });
  });
}

/**
 * Runs stages side by side and waits for all of them, so that a failure's output and every
 * stage's time are printed before the summary; rejects with the failure of the first stage given
 * that failed (each failed stage is marked in the summary).
 */
async function sideBySide(...stages) {
  const failed = (await Promise.allSettled(stages)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

const started = performance.now();
try {
  await sideBySide(
    // ESLint reads the content types that astro check writes to .astro/, so it runs after it.
    stage('astro check', npm, ['run', 'check']).then(() =>
      stage('lint (ESLint)', npm, ['run', 'lint']),
    ),
    stage('format (Prettier)', npm, ['run', 'format:check'], { quiet: true })
      .then(() => stage('layers (dependency-cruiser)', npm, ['run', 'deps'], { quiet: true }))
      .then(() => stage('unit tests', npm, ['run', 'test:unit'])),
    stage('build-failure tests', npm, ['run', 'test:content'], { quiet: true }),
  );
  await sideBySide(
    // Bytes do not depend on the machine, so the budgets of issue 14 hold in every run.
    stage('build (no warnings)', 'node', ['tools/build-without-warnings.mjs']).then(() =>
      stage('byte budgets', npm, ['run', 'test:budgets']),
    ),
    stage('build:base (no warnings)', 'node', ['tools/build-without-warnings.mjs', 'build:base'], {
      quiet: true,
    }),
  );
  await stage('end-to-end tests', npm, ['run', 'test:e2e']);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exitCode = 1;
} finally {
  const rows = times.map(
    ({ name, seconds }) => `  ${name.padEnd(34)}${seconds.toFixed(0).padStart(5)} s`,
  );
  console.log(
    `\nnpm test, stage by stage (check then lint, beside format, layers and unit tests, beside the build-failure tests; then the two builds side by side):\n${rows.join('\n')}\n  ${'total'.padEnd(34)}${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s`,
  );
}
