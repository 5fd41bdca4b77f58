import { describe, expect, it } from 'vitest';
import { KbCollector } from '../../../../src/features/log-reader/kb-in-log';
import { SITE_KBS } from '../../../fixtures/log-cases';

const fromFileName = (fileName: string) => new KbCollector(SITE_KBS, fileName).result();

/**
 * The MS10-070 packages and logs as the bulletin's deployment tables name them
 * (docs/research/ms10-070/facts.md, section 5), a log's `*` filled as setup fills it with a time.
 */
const MS10_070_NAMES: [string, string][] = [
  ['NDP1.1SP1-KB2416447-x86-msi.0.log', '2416447'],
  ['NDP1.1SP1-KB2416447-x86-wrapper.log', '2416447'],
  ['KB2416451.log', '2416451'],
  ['Microsoft .NET Framework 2.0-KB2418241_20101014_101500123-msi0.txt', '2418241'],
  ['Microsoft .NET Framework 2.0-KB2418241_20101014_101500123.html', '2418241'],
  ['Microsoft .NET Framework 2.0-KB2416468_20101014_101500123-msi0.txt', '2416468'],
  // The bulletin prints this one with spaces around the number.
  ['Microsoft .NET Framework 2.0-KB 2418240 _20101014_101500123-msi0.txt', '2418240'],
  ['Microsoft .NET Framework 2.0-KB 2418240 _20101014_101500123.html', '2418240'],
  ['Microsoft .NET Framework 2.0-KB2416473_20101014_101500123-msi0.txt', '2416473'],
  ['Microsoft .NET Framework 2.0-KB2416472_20101014_101500123-msi0.txt', '2416472'],
  ['Windows6.0-KB2416469-x86.msu', '2416469'],
  ['Windows6.1-KB2416471-x64.msu', '2416471'],
  ['NDP40-KB2416472-x86.exe', '2416472'],
];

describe('a KB in the name of an MS10-070 package or log', () => {
  it.each(MS10_070_NAMES)('%s names KB%s, an update of MS10-070', (fileName, kb) => {
    expect(fromFileName(fileName)).toEqual([{ kb, source: 'file name', bulletin: 'ms10-070' }]);
  });

  it('is found in the folder of the picked file too', () => {
    expect(fromFileName('NDP40-KB2416472-x86/setup.log')).toEqual([
      { kb: '2416472', source: 'file name', bulletin: 'ms10-070' },
    ]);
  });
});

describe('KbCollector', () => {
  it('links an MS09-061 package to MS09-061, beside an MS10-070 one named in the text', () => {
    const collector = new KbCollector(SITE_KBS, 'NDP1.1sp1-KB953297-X86/wrapper.log');
    collector.readLine('Product: Microsoft .NET Framework 4 Client Profile - KB2416472', 7);
    expect(collector.result()).toEqual([
      { kb: '953297', source: 'file name', bulletin: 'ms09-061' },
      { kb: '2416472', source: 'log text', line: 7, bulletin: 'ms10-070' },
    ]);
  });

  it('names a KB that is none of the site’s updates without a bulletin, after the site’s', () => {
    const collector = new KbCollector(SITE_KBS);
    collector.readLine('Installing KB979309', 1);
    collector.readLine('Installing KB2418241', 2);
    expect(collector.result()).toEqual([
      { kb: '2418241', source: 'log text', line: 2, bulletin: 'ms10-070' },
      { kb: '979309', source: 'log text', line: 1 },
    ]);
  });

  it('reads no KB from digits that only follow "KB" after two spaces, nor from eight digits', () => {
    const collector = new KbCollector(SITE_KBS);
    collector.readLine('KB  2416472 and KB24164720', 1);
    expect(collector.result()).toEqual([]);
  });
});
