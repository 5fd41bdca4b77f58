import { describe, expect, it } from 'vitest';
import { readDeployment } from '../../../../tools/hosting/deployment';

describe('readDeployment', () => {
  it('has no public address and serves from the root when nothing is set', () => {
    expect(readDeployment({})).toEqual({ base: '/' });
  });

  it('keeps the origin of SITE_URL, with a trailing slash', () => {
    expect(readDeployment({ SITE_URL: 'https://help.example.org' }).site).toBe(
      'https://help.example.org/',
    );
  });

  it('writes BASE_PATH with one slash at each end however it was typed', () => {
    for (const typed of ['ms09-061', '/ms09-061', 'ms09-061/', '/ms09-061/', '//ms09-061//']) {
      expect(readDeployment({ BASE_PATH: typed }).base, typed).toBe('/ms09-061/');
    }
  });

  it('keeps a base path of several folders', () => {
    expect(readDeployment({ BASE_PATH: '/help/ms09-061/' }).base).toBe('/help/ms09-061/');
  });

  it('refuses a SITE_URL with a path and says to put it in BASE_PATH', () => {
    expect(() => readDeployment({ SITE_URL: 'https://host.example/ms09-061/' })).toThrow(
      /BASE_PATH/,
    );
  });

  it('refuses a SITE_URL that is not an http(s) address', () => {
    expect(() => readDeployment({ SITE_URL: 'host.example' })).toThrow(/not an address/);
    expect(() => readDeployment({ SITE_URL: 'ftp://host.example' })).toThrow(/https:\/\//);
  });

  it('refuses a base path that climbs out of its folder or holds markup', () => {
    expect(() => readDeployment({ BASE_PATH: '/a/../b/' })).toThrow(/"\.\."/);
    expect(() => readDeployment({ BASE_PATH: '/<script>/' })).toThrow(/folder name/);
  });
});
