import { describe, expect, it } from 'vitest';
import {
  bulletinList,
  formatBulletinId,
  parseBulletinId,
} from '../../../src/identifiers/bulletin-id';

describe('parseBulletinId', () => {
  it.each(['MS10-070', 'ms10070', 'ms10 070', 'MS 10-070', ' ms10-070 ', 'Ms10-070', 'ms-10-070'])(
    'reads %j as ms10-070',
    (typed) => {
      expect(parseBulletinId(typed)).toBe('ms10-070');
    },
  );
  it.each(['MS10-07', 'MS10-0700', 'KB2418042', 'ms', 'MS10-070 fails', ''])(
    'reads no bulletin in %j',
    (typed) => {
      expect(parseBulletinId(typed)).toBeNull();
    },
  );
});

describe('formatBulletinId', () => {
  it('shows a bulletin as Microsoft prints it', () => {
    expect(formatBulletinId('ms10-070')).toBe('MS10-070');
  });
});

describe('bulletinList', () => {
  it('names one bulletin alone', () => {
    expect(bulletinList(['ms09-061'])).toBe('MS09-061');
  });
  it('names two with "and", in the order of their numbers', () => {
    expect(bulletinList(['ms10-070', 'ms09-061'])).toBe('MS09-061 and MS10-070');
  });
  it('names three with commas and "or" where any one is meant', () => {
    expect(bulletinList(['ms11-100', 'ms09-061', 'ms10-070'], 'or')).toBe(
      'MS09-061, MS10-070 or MS11-100',
    );
  });
});
