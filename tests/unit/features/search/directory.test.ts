import { describe, expect, it } from 'vitest';
import { directoryLists, searchDirectory } from '../../../../src/features/search/directory';
import { ALL_KBS } from '../../../fixtures/reference-rows';
import { MS10_070_KBS } from '../../../fixtures/ms10-070-reference';
import { loadContent } from '../../content-model/load-content';

const content = loadContent();
const directory = searchDirectory({
  updates: content.updates.map((update) => update.data),
  errors: content.errors.map((entry) => entry.data),
  guides: content.guides,
});
const group = (heading: string) => directory.find((g) => g.heading === heading)!;

describe('directoryLists', () => {
  it('links the finder, the update list, the two error lists (exit codes, with 0x643 which is 1603, then numbers in setup logs) and the guides', () => {
    expect(directoryLists(['ms09-061'])).toEqual([
      { href: '/finder/', label: 'Fix finder: which update your Windows needs' },
      { href: '/kb/', label: 'Every update of MS09-061' },
      { href: '/errors/', label: 'Exit codes, 0x643 (1603) among them' },
      { href: '/errors/in-logs/', label: 'Numbers in setup logs' },
      { href: '/guides/', label: 'Troubleshooting guides' },
    ]);
  });
});

describe('directoryLists with two bulletins', () => {
  it('names both on the link to the update list, in the order of their numbers', () => {
    expect(directoryLists(['ms10-070', 'ms09-061'])[1]).toEqual({
      href: '/kb/',
      label: 'Every update of MS09-061 and MS10-070',
    });
  });
});

describe('searchDirectory', () => {
  it('groups updates, exit codes, setup-log messages, system errors and guides, in that order', () => {
    expect(directory.map((g) => g.heading)).toEqual([
      'Updates',
      'Exit codes of Windows Installer',
      'Messages in setup logs',
      'Win32 system errors',
      'Guides',
    ]);
  });

  it('links every update of both bulletins by its KB number', () => {
    expect(
      group('Updates')
        .links.map((link) => link.href)
        .sort(),
    ).toEqual([...ALL_KBS, ...MS10_070_KBS].map((kb) => `/kb/${kb}/`).sort());
  });

  it('names an update by its KB number, as a visitor has it', () => {
    expect(group('Updates').links.find((link) => link.href === '/kb/953297/')!.label).toBe(
      'KB953297',
    );
  });

  it('names an exit code by its number and Microsoft’s name for it', () => {
    expect(group('Exit codes of Windows Installer').links).toContainEqual({
      href: '/errors/1603/',
      label: '1603 ERROR_INSTALL_FAILURE',
    });
  });

  it('names exit code 0 by its number too', () => {
    expect(group('Exit codes of Windows Installer').links).toContainEqual({
      href: '/errors/0/',
      label: '0 ERROR_SUCCESS',
    });
  });

  it('names a number met in setup logs as the log writes it', () => {
    expect(group('Messages in setup logs').links).toContainEqual({
      href: '/errors/1603/',
      label: 'Info 1603',
    });
  });

  it('names a Win32 system error by its number and name', () => {
    expect(group('Win32 system errors').links).toContainEqual({
      href: '/errors/1935/',
      label: '1935 ERROR_AUTHENTICATION_FIREWALL_FAILED',
    });
  });

  it('links every error page under at least one heading', () => {
    const linked = new Set(directory.flatMap((g) => g.links.map((link) => link.href)));
    expect(content.errors.filter((entry) => !linked.has(`/errors/${entry.data.code}/`))).toEqual(
      [],
    );
  });

  it('links every guide by its title', () => {
    expect(group('Guides').links).toContainEqual({
      href: '/guides/reinstall-dotnet-in-order/',
      label: 'Remove and reinstall .NET Framework in the right order',
    });
  });
});
