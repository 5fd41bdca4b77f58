import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under a built site's folder, as paths that start with that folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}
