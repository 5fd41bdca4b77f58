import { describe, expect, it } from 'vitest';
import { readUserAgent, type UserAgentReading } from '../../../../src/features/finder/user-agent';

/**
 * Real user-agent strings, written out in full as the browsers sent them. The `.NET CLR` tokens
 * and platform tokens are those of section 6 of /work/shared/reference/ms09-061-facts.md.
 */
const OLD_INTERNET_EXPLORER: { title: string; userAgent: string; reading: UserAgentReading }[] = [
  {
    title: 'reads IE 6 on Windows XP as NT 5.1, 32-bit, with the .NET 1.1 and 2.0 runtimes',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1; .NET CLR 1.1.4322; .NET CLR 2.0.50727)',
    reading: { ntVersion: '5.1', architecture: 'x86', clrVersions: ['1.1.4322', '2.0.50727'] },
  },
  {
    title: 'reads IE 6 on Windows 2000 as NT 5.0, 32-bit, with the .NET 1.1 runtime',
    userAgent: 'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.0; .NET CLR 1.1.4322)',
    reading: { ntVersion: '5.0', architecture: 'x86', clrVersions: ['1.1.4322'] },
  },
  {
    title: 'reads IE 6 on Windows 2000 SP1 ("Windows NT 5.01") as NT 5.0',
    userAgent: 'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.01; .NET CLR 1.0.3705)',
    reading: { ntVersion: '5.0', architecture: 'x86', clrVersions: ['1.0.3705'] },
  },
  {
    title:
      'reads IE 7 on Windows XP with .NET 3.0 as NT 5.1, 32-bit, with the 1.1, 2.0 and 3.0 runtimes',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.04506.30)',
    reading: {
      ntVersion: '5.1',
      architecture: 'x86',
      clrVersions: ['1.1.4322', '2.0.50727', '3.0.04506.30'],
    },
  },
  {
    title: 'reads IE 7 on Windows Vista as NT 6.0, 32-bit, with the 2.0 and 3.0 runtimes',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0; SLCC1; .NET CLR 2.0.50727; .NET CLR 3.0.04506)',
    reading: { ntVersion: '6.0', architecture: 'x86', clrVersions: ['2.0.50727', '3.0.04506'] },
  },
  {
    title:
      'reads IE 8 on Windows XP with .NET 3.5 SP1 as NT 5.1, 32-bit, with four runtimes in the order sent',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.4506.2152; .NET CLR 3.5.30729)',
    reading: {
      ntVersion: '5.1',
      architecture: 'x86',
      clrVersions: ['1.1.4322', '2.0.50727', '3.0.4506.2152', '3.5.30729'],
    },
  },
  {
    title:
      'reads IE 8 on Windows XP with .NET 3.5 as NT 5.1, 32-bit, with the 3.0 SP1 and 3.5 runtimes',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.04506.648; .NET CLR 3.5.21022)',
    reading: {
      ntVersion: '5.1',
      architecture: 'x86',
      clrVersions: ['1.1.4322', '2.0.50727', '3.0.04506.648', '3.5.21022'],
    },
  },
  {
    title: 'reads 32-bit IE 8 on 64-bit Windows Vista (WOW64) as NT 6.0, x64',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.0; WOW64; Trident/4.0; SLCC1; .NET CLR 2.0.50727; Media Center PC 5.0; .NET CLR 3.5.30729; .NET CLR 3.0.30729)',
    reading: {
      ntVersion: '6.0',
      architecture: 'x64',
      clrVersions: ['2.0.50727', '3.5.30729', '3.0.30729'],
    },
  },
  {
    title:
      'reads 32-bit IE 8 on 64-bit Windows 7 (WOW64) as NT 6.1, x64, and skips the Media Center token',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; WOW64; Trident/4.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0)',
    reading: {
      ntVersion: '6.1',
      architecture: 'x64',
      clrVersions: ['2.0.50727', '3.5.30729', '3.0.30729'],
    },
  },
  {
    title: 'reads IE 8 on 32-bit Windows 7 as NT 6.1, 32-bit',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0)',
    reading: {
      ntVersion: '6.1',
      architecture: 'x86',
      clrVersions: ['2.0.50727', '3.5.30729', '3.0.30729'],
    },
  },
  {
    title: 'reads 32-bit IE 7 on Windows Server 2003 x64 (WOW64) as NT 5.2, x64',
    userAgent: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.2; WOW64; .NET CLR 2.0.50727)',
    reading: { ntVersion: '5.2', architecture: 'x64', clrVersions: ['2.0.50727'] },
  },
  {
    title: 'reads IE on Itanium ("Win64; IA64") as NT 5.2, ia64',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.2; Win64; IA64; .NET CLR 2.0.50727)',
    reading: { ntVersion: '5.2', architecture: 'ia64', clrVersions: ['2.0.50727'] },
  },
  {
    title: 'reads 64-bit IE 7 ("Win64; x64") on Windows Vista as NT 6.0, x64',
    userAgent:
      'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0; Win64; x64; SLCC1; .NET CLR 2.0.50727; .NET CLR 3.0.04506)',
    reading: { ntVersion: '6.0', architecture: 'x64', clrVersions: ['2.0.50727', '3.0.04506'] },
  },
  {
    title: 'reads the .NET token Firefox 3.5 on Windows XP carried at the end of its string',
    userAgent:
      'Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.9.1.5) Gecko/20091102 Firefox/3.5.5 (.NET CLR 3.5.30729)',
    reading: { ntVersion: '5.1', architecture: 'x86', clrVersions: ['3.5.30729'] },
  },
  {
    title: 'reads IE 11 on 64-bit Windows 7 (WOW64) as NT 6.1, x64, with no .NET runtimes',
    userAgent: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
    reading: { ntVersion: '6.1', architecture: 'x64', clrVersions: [] },
  },
];

const MODERN_WINDOWS: { title: string; userAgent: string; reading: UserAgentReading }[] = [
  {
    title: 'reads Chrome on Windows 10 or 11 as NT 10.0, x64, with no .NET runtimes',
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    reading: { ntVersion: '10.0', architecture: 'x64', clrVersions: [] },
  },
  {
    title: 'reads Firefox on Windows 10 as NT 10.0, x64, with no .NET runtimes',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    reading: { ntVersion: '10.0', architecture: 'x64', clrVersions: [] },
  },
  {
    title: 'reads Edge on Windows 11 as NT 10.0, x64, with no .NET runtimes',
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    reading: { ntVersion: '10.0', architecture: 'x64', clrVersions: [] },
  },
  {
    title: 'reads 32-bit Firefox on 64-bit Windows 7 as NT 6.1, x64',
    userAgent: 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101 Firefox/52.0',
    reading: { ntVersion: '6.1', architecture: 'x64', clrVersions: [] },
  },
];

const NOT_WINDOWS: { title: string; userAgent: string }[] = [
  {
    title: 'reads no Windows in Safari on macOS',
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  },
  {
    title: 'reads no Windows in Chrome on Linux x86_64 (the "x86_64" is not taken for x64)',
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  },
  {
    title: 'reads no Windows in Chrome on Android',
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  },
  {
    title: 'reads no Windows in Firefox on Ubuntu',
    userAgent: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  },
  {
    title: 'reads no Windows NT version in IE Mobile on Windows Phone',
    userAgent:
      'Mozilla/5.0 (compatible; MSIE 10.0; Windows Phone 8.0; Trident/6.0; IEMobile/10.0; ARM; Touch; NOKIA; Lumia 920)',
  },
  {
    title: 'reads nothing from an empty string',
    userAgent: '',
  },
];

describe('readUserAgent on old Internet Explorer strings', () => {
  it.each(OLD_INTERNET_EXPLORER)('$title', ({ userAgent, reading }) => {
    expect(readUserAgent(userAgent)).toEqual(reading);
  });
});

describe('readUserAgent on modern Windows browsers', () => {
  it.each(MODERN_WINDOWS)('$title', ({ userAgent, reading }) => {
    expect(readUserAgent(userAgent)).toEqual(reading);
  });
});

describe('readUserAgent on strings without Windows NT', () => {
  it.each(NOT_WINDOWS)(
    '$title: no NT version, no architecture, no .NET runtimes',
    ({ userAgent }) => {
      const reading = readUserAgent(userAgent);
      expect(reading.ntVersion).toBeUndefined();
      expect(reading.architecture).toBeUndefined();
      expect(reading.clrVersions).toEqual([]);
    },
  );
});

describe('readUserAgent details', () => {
  it('keeps "Windows NT 5.01" from being read as a version of its own', () => {
    expect(readUserAgent('Mozilla/4.0 (compatible; MSIE 5.5; Windows NT 5.01)').ntVersion).toBe(
      '5.0',
    );
  });

  it('returns the .NET CLR versions exactly as sent, leading zeros included', () => {
    expect(
      readUserAgent('Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 3.0.04506.648)')
        .clrVersions,
    ).toEqual(['3.0.04506.648']);
  });

  it('takes Itanium over x64 when the string says "Win64; IA64"', () => {
    expect(
      readUserAgent('Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.2; Win64; IA64)').architecture,
    ).toBe('ia64');
  });
});
