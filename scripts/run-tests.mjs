// `npm test`: every check, in the order that fails fastest, with each stage's time printed at the
// end so that the README's figures can be measured again. `astro check` and the unit tests run side
// by side (the one is single-threaded, neither writes what the other reads); the two builds share
// Astro's cache folders, so they run one after the other, and the end-to-end tests need both.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const times = [];

/** Runs one npm script (or node script) and notes its time; rejects when it fails. */
function stage(name, command, args) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      times.push({ name: code === 0 ? name : `${name} (failed)`, seconds });
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (exit code ${code}) after ${seconds.toFixed(0)} s`));
    });
  });
}

const started = performance.now();
try {
  await Promise.all([stage('astro check', npm, ['run', 'check']), stage('unit tests', npm, ['run', 'test:unit'])]);
  await stage('build (no warnings)', 'node', ['scripts/build-without-warnings.mjs']);
  // Bytes do not depend on the machine, so the budgets of issue 14 hold in every run.
  await stage('byte budgets', npm, ['run', 'test:budgets']);
  await stage('build:base', npm, ['run', 'build:base']);
  await stage('end-to-end tests', npm, ['run', 'test:e2e']);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exitCode = 1;
} finally {
  const rows = times.map(({ name, seconds }) => `  ${name.padEnd(22)}${seconds.toFixed(0).padStart(5)} s`);
  console.log(`\nnpm test, stage by stage (check and unit tests run side by side):\n${rows.join('\n')}\n  ${'total'.padEnd(22)}${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s`);
}
