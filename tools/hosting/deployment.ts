/**
 * Where the built site will be served, read from the environment of the build: SITE_URL (the
 * public origin, for the addresses that must be absolute) and BASE_PATH (the folder under it).
 * Neither has a default address: a build without SITE_URL leaves absolute addresses out rather
 * than invent a domain.
 */

export interface Deployment {
  /** The public origin with a trailing slash ("https://help.example.org/"), when SITE_URL is set. */
  site?: string;
  /** The folder the site is served from, with slashes at both ends: "/" or "/help/". */
  base: string;
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

export function readDeployment(env: { SITE_URL?: string; BASE_PATH?: string }): Deployment {
  return { ...readSite(env.SITE_URL), base: readBase(env.BASE_PATH) };
}

function readSite(value: string | undefined): { site?: string } {
  if (!value?.trim()) return {};
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL "${value}" is not an address: write it as https://host (with http:// or https://).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must start with https:// or http://.`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${value}" has a path: give only the origin (${url.origin}) and put the folder in BASE_PATH.`,
    );
  }
  return { site: `${url.origin}/` };
}

function readBase(value: string | undefined): string {
  const segments = (value ?? '').split('/').filter(Boolean);
  const bad = segments.find(
    (segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..',
  );
  if (bad !== undefined) {
    throw new Error(
      `BASE_PATH "${value}" has the folder name "${bad}": use letters, digits, ".", "_", "~" and "-" only.`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
