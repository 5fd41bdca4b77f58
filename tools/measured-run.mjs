// Runs a command and measures what it cost: wall time; processor time, which other work on a
// shared machine does not inflate (bash's `times` reports it for the whole tree); and the peak
// memory of the process tree (Astro's build and Pagefind are separate processes), sampled from
// /proc every 100 ms.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function processTreeRss(root) {
  const parents = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      parents.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]));
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  const inTree = (pid) =>
    pid === root || (parents.has(pid) && pid !== 0 && inTree(parents.get(pid)));
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

const seconds = (time) => {
  const [, minutes, rest] = /(\d+)m([\d.]+)s/.exec(time) ?? [];
  return Number(minutes) * 60 + Number(rest);
};

/** Resolves to { seconds, cpuSeconds, peakRss (bytes), code, output } once the command has ended. */
export function measuredRun(command, { cwd = process.cwd(), env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', `${command}; code=$?; times >&2; exit $code`], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (errors += chunk));
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, processTreeRss(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      // The last line of `times` is the user and system time of everything the shell ran.
      const [user, system] = errors.trim().split('\n').at(-1).split(' ');
      resolve({
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: seconds(user) + seconds(system),
        peakRss,
        code,
        output: output + errors,
      });
    });
  });
}
