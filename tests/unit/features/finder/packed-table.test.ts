import { describe, expect, it } from 'vitest';
import { buildFixTable } from '../../../../src/features/fixes/fix-table';
import {
  packFixTables,
  registryPart,
  unpackFixTables,
  withRegistry,
  type PackedFixTables,
} from '../../../../src/features/finder/packed-table';
import { loadContent } from '../../content-model/load-content';

const table = buildFixTable(loadContent(), 'ms09-061');
const packed = packFixTables([table]);
const [unpacked] = unpackFixTables(packed);
const shipped = JSON.stringify(packed);

describe('the table the finder ships', () => {
  it('unpacks, with the registry part put back, to the very table the build made', () => {
    expect(
      withRegistry(unpackFixTables(JSON.parse(shipped) as PackedFixTables)[0], registryPart(table)),
    ).toEqual(table);
  });

  it('answers KB953297 for .NET 1.1 SP1 on Windows XP without the registry part', () => {
    expect(unpacked.served['windows-xp-sp2-sp3-x86 net-1-1-sp1']).toEqual(['953297']);
  });

  it('keeps the edition limit of .NET 1.0 SP3 on Windows XP (facts table row 4)', () => {
    expect(unpacked.servedNotes['windows-xp-sp2-sp3-x86 net-1-0-sp3']).toMatch(
      /Media Center Edition 2005 and Windows XP Tablet PC Edition 2005/,
    );
  });

  it('links the Update Catalog search for KB953297 although it does not carry the link', () => {
    expect(shipped).not.toContain('catalog.update.microsoft.com');
    expect(unpacked.updates['953297'].updateCatalog).toBe(
      'https://www.catalog.update.microsoft.com/Search.aspx?q=KB953297',
    );
  });

  it('names the log files only of the updates whose answer sends the visitor to another folder for them', () => {
    // KB953295 and KB953298: update.exe's log in %windir% per other sources; KB953297's files appear in no answer.
    expect(shipped).toContain('KB953295.log');
    expect(shipped).toContain('KB953298.log');
    expect(shipped).not.toContain('NDP1.1SP1-KB953297-x86-msi.0.log');
    expect(shipped).not.toContain('KB974417_*-msi0.txt');
  });

  it('leaves the registry keys to the paste reader', () => {
    expect(shipped).not.toContain('NET Framework Setup');
    expect(JSON.stringify(registryPart(table))).toContain(
      'Microsoft\\\\NET Framework Setup\\\\NDP\\\\v1.1.4322',
    );
  });

  it('keeps the Vista SP2 doubt about the 2.0 key for the paste reader', () => {
    expect(registryPart(table).registryUnconfirmed['windows-vista-sp2-x64 net-2-0-sp2']).toBe(
      'Whether the NDP\\v2.0.50727 key exists where .NET 2.0 is part of Windows (Vista, Server 2008) is not confirmed.',
    );
  });

  it('writes each source once', () => {
    expect(
      shipped.split('Mailbag: What version of the .NET Framework is included').length - 1,
    ).toBe(1);
  });
});
