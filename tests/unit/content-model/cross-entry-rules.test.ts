import { describe, expect, it } from 'vitest';
import type { Collections } from '../../../src/content-model/entries';
import {
  assertContentRules,
  findContentProblems,
} from '../../../src/content-model/cross-entry-rules';
import { loadContent } from './load-content';

// loadContent() returns a fresh deep copy of the real content each time, so every test below
// breaks its own copy in one place.

const os = (id: string) => ({ id, collection: 'operatingSystems' });
const fw = (id: string) => ({ id, collection: 'frameworks' });

function find<T extends { id: string }>(entries: T[], id: string): T {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`test setup: no entry "${id}"`);
  return entry;
}
const update = (content: Collections, id: string) => find(content.updates, id).data;
const bulletin = (content: Collections) => find(content.bulletins, 'ms09-061').data;

describe('findContentProblems on the real content', () => {
  it('finds no problem', () => {
    expect(findContentProblems(loadContent())).toEqual([]);
  });
});

describe('findContentProblems on broken copies of the real content', () => {
  it('names includes[0].framework when a Windows entry includes a .NET version that is not an entry', () => {
    const content = loadContent();
    find(content.operatingSystems, 'windows-vista-sp2-x86').data.includes[0].framework =
      fw('net-2-0-sp3');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/operating-systems/windows-vista-sp2-x86.yaml',
      field: 'includes[0].framework',
      message: '"net-2-0-sp3" is not an entry of frameworks',
    });
  });

  it('names installableOn.except[0] when a .NET version is kept off a Windows that is not an entry', () => {
    const content = loadContent();
    find(content.frameworks, 'net-3-5').data.installableOn!.except![0] = os('windows-2000-sp5-x86');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/frameworks/net-3-5.yaml',
      field: 'installableOn.except[0]',
      message: '"windows-2000-sp5-x86" is not an entry of operatingSystems',
    });
  });

  it('names installableOn.only[0] when a .NET version is limited to a Windows that is not an entry', () => {
    const content = loadContent();
    find(content.frameworks, 'net-3-5-1').data.installableOn!.only![0] = os('windows-8-x86');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/frameworks/net-3-5-1.yaml',
      field: 'installableOn.only[0]',
      message: '"windows-8-x86" is not an entry of operatingSystems',
    });
  });

  it('refuses a Windows entry that includes a .NET version which cannot be installed on it', () => {
    const content = loadContent();
    find(content.operatingSystems, 'windows-2000-sp4-x86').data.includes.push({
      ...find(content.operatingSystems, 'windows-vista-rtm-x86').data.includes[1],
      framework: fw('net-3-0'),
    });
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/operating-systems/windows-2000-sp4-x86.yaml',
      field: 'includes[0].framework',
      message:
        'net-3-0 comes with this Windows, but its installableOn leaves windows-2000-sp4-x86 out',
    });
  });

  it('names the second file and its kb field when two updates share a KB number', () => {
    const content = loadContent();
    update(content, '953298').kb = '953297';
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/updates/953298.mdx',
      field: 'kb',
      message:
        'KB953297 is already used by src/content/updates/953297.mdx; a KB number must be unique',
    });
  });

  it('names serves[0].os[0] when an update serves an OS that is not an entry', () => {
    const content = loadContent();
    update(content, '953297').serves[0].os[0] = os('windows-95');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/updates/953297.mdx',
      field: 'serves[0].os[0]',
      message: '"windows-95" is not an entry of operatingSystems',
    });
  });

  it('names serves[i].frameworks[k] when an update serves a .NET version that is not an entry', () => {
    const content = loadContent();
    update(content, '974470').serves[2].frameworks[0] = fw('net-2-0-sp3');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/updates/974470.mdx',
      field: 'serves[2].frameworks[0]',
      message: '"net-2-0-sp3" is not an entry of frameworks',
    });
  });

  it('names the bulletin row when its affected list names a .NET version that is not an entry', () => {
    const content = loadContent();
    bulletin(content).affected[1].frameworks[0] = fw('net-1-0-sp2');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/bulletins/ms09-061.yaml',
      field: 'affected[1].frameworks[0]',
      message: '"net-1-0-sp2" is not an entry of frameworks',
    });
  });

  it('names the bulletin row when its affected list names an OS that is not an entry', () => {
    const content = loadContent();
    bulletin(content).affected[0].os = os('windows-2000-sp3-x86');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/bulletins/ms09-061.yaml',
      field: 'affected[0].os',
      message: '"windows-2000-sp3-x86" is not an entry of operatingSystems',
    });
  });

  it('names the notAffected row when it names an OS that is not an entry', () => {
    const content = loadContent();
    bulletin(content).notAffected[1].os![0] = os('windows-vista-sp3-x86');
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/bulletins/ms09-061.yaml',
        field: 'notAffected[1].os[0]',
        message: '"windows-vista-sp3-x86" is not an entry of operatingSystems',
      },
    ]);
  });

  it('names the removed pair of revision 1.4 when it names a .NET version that is not an entry', () => {
    const content = loadContent();
    bulletin(content).revisions[4].removed[0].frameworks[0] = fw('net-1-1-sp2');
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/bulletins/ms09-061.yaml',
        field: 'revisions[4].removed[0].frameworks[0]',
        message: '"net-1-1-sp2" is not an entry of frameworks',
      },
    ]);
  });

  it('names brings[0] when a .NET version brings one that does not exist', () => {
    const content = loadContent();
    find(content.frameworks, 'net-3-5').data.brings[0] = fw('net-2-0-sp9');
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/frameworks/net-3-5.yaml',
        field: 'brings[0]',
        message: '"net-2-0-sp9" is not an entry of frameworks',
      },
    ]);
  });

  it('names affected[i] when the bulletin lists a pair that no update serves', () => {
    const content = loadContent();
    // KB953297's first row serves .NET 1.1 SP1 on Windows 2000, the bulletin's affected[0];
    // its log files, named for Windows 2000 first, go with it so that only the bulletin's rule breaks.
    update(content, '953297').serves.shift();
    update(content, '953297').logFilesFor!.shift();
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/bulletins/ms09-061.yaml',
        field: 'affected[0]',
        message:
          'windows-2000-sp4-x86 with net-1-1-sp1 is affected, but no update in src/content/updates serves it',
      },
    ]);
  });

  it('asks what the bulletin says once two updates serve the same pair', () => {
    const content = loadContent();
    update(content, '953298').serves.push({
      os: [os('windows-xp-sp2-sp3-x86')],
      frameworks: [fw('net-1-1-sp1')],
      severity: 'Critical',
      footnotes: [],
    });
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/bulletins/ms09-061.yaml',
        field: 'severalUpdates',
        message:
          'windows-xp-sp2-sp3-x86 with net-1-1-sp1 is served by src/content/updates/953297.mdx and src/content/updates/953298.mdx; say what the bulletin says about installing more than one',
      },
    ]);
  });

  it('names a footnote mark the bulletin does not define', () => {
    const content = loadContent();
    update(content, '953298').serves[0].footnotes = ['**'];
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/updates/953298.mdx',
        field: 'serves[0].footnotes[0]',
        message: '"**" is not a mark of ms09-061\'s footnotes',
      },
    ]);
  });

  it('names the installers field when an update serves an OS whose architecture it has no installer for', () => {
    const content = loadContent();
    delete update(content, '974292').installers.x64;
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/updates/974292.mdx',
        field: 'installers',
        message: 'no x64 installer, but serves[1] names windows-vista-rtm-x64',
      },
    ]);
  });

  it('names the serves field when an update serves a pair the bulletin does not list as affected', () => {
    const content = loadContent();
    update(content, '974470').serves.push({
      os: [os('windows-7-x86')],
      frameworks: [fw('net-2-0-sp2')],
      severity: 'Critical',
      footnotes: [],
    });
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/updates/974470.mdx',
        field: 'serves',
        message: 'serves windows-7-x86 with net-2-0-sp2, which ms09-061 does not list as affected',
      },
    ]);
  });

  it('names logFilesFor[i] when an update gives its log files for a Windows that is not an entry', () => {
    const content = loadContent();
    update(content, '953297').logFilesFor![0] = os('windows-2000-sp5-x86');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/updates/953297.mdx',
      field: 'logFilesFor[0]',
      message: '"windows-2000-sp5-x86" is not an entry of operatingSystems',
    });
  });

  it('names logFilesFor[i] when an update gives its log files for a Windows it does not serve', () => {
    const content = loadContent();
    update(content, '953297').logFilesFor![1] = os('windows-server-2003-sp2-x86');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/updates/953297.mdx',
      field: 'logFilesFor[1]',
      message: 'windows-server-2003-sp2-x86 is not a Windows this update serves',
    });
  });

  it('asks for the logNote when logFilesFor leaves some Windows without log file names', () => {
    const content = loadContent();
    delete update(content, '953297').logNote;
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/updates/953297.mdx',
      field: 'logNote',
      message:
        'logFilesFor leaves some Windows without log file names; logNote must say what the bulletin gives for them',
    });
  });

  it('refuses logFilesFor on an update that names no log files', () => {
    const content = loadContent();
    update(content, '953297').logFiles = [];
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/updates/953297.mdx',
      field: 'logFilesFor',
      message: 'names the Windows for its log files, but logFiles is empty',
    });
  });

  it('names relatedKbs[i] when a guide points at a KB that is not an update of the site', () => {
    const content = loadContent();
    const guide = find(content.guides, 'reinstall-dotnet-in-order').data;
    guide.relatedKbs.push('999999');
    expect(findContentProblems(content)).toEqual([
      {
        file: 'src/content/guides/reinstall-dotnet-in-order.mdx',
        field: `relatedKbs[${guide.relatedKbs.length - 1}]`,
        message: 'KB999999 is not an update of this site',
      },
    ]);
  });

  it('falls back to "<collection>/<id>" as the file when an entry has no filePath', () => {
    const content = loadContent();
    const entry = find(content.updates, '974292');
    delete entry.filePath;
    delete entry.data.installers.x64;
    expect(findContentProblems(content)).toEqual([
      {
        file: 'updates/974292',
        field: 'installers',
        message: 'no x64 installer, but serves[1] names windows-vista-rtm-x64',
      },
    ]);
  });
});

describe('assertContentRules', () => {
  it('does not throw on the real content', () => {
    expect(() => assertContentRules(loadContent())).not.toThrow();
  });

  it('throws an Error whose text names the file, the field and the broken rule', () => {
    const content = loadContent();
    delete update(content, '974292').installers.x64;
    let thrown: unknown;
    try {
      assertContentRules(content);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const text = (thrown as Error).message;
    expect(text).toContain('src/content/updates/974292.mdx');
    expect(text).toContain('installers');
    expect(text).toContain('no x64 installer, but serves[1] names windows-vista-rtm-x64');
  });

  it('lists every problem in one error, with their count', () => {
    const content = loadContent();
    delete update(content, '974292').installers.x64;
    find(content.frameworks, 'net-3-5').data.brings[0] = fw('net-2-0-sp9');
    expect(() => assertContentRules(content)).toThrow(
      'The content breaks 2 rule(s):\n' +
        '  src/content/frameworks/net-3-5.yaml → brings[0]: "net-2-0-sp9" is not an entry of frameworks\n' +
        '  src/content/updates/974292.mdx → installers: no x64 installer, but serves[1] names windows-vista-rtm-x64',
    );
  });
});

describe('findContentProblems on broken copies of the error pages', () => {
  it('names the guide field when a guide lists an error code with no page', () => {
    const content = loadContent();
    find(content.guides, 'error-0x643-1603').data.errorCodes.push('0x1234');
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/guides/error-0x643-1603.mdx',
      field: 'errorCodes[3]',
      message: '"0x1234" is not an error code with a page in src/content/errors',
    });
  });

  const error = (content: Collections, code: string) => find(content.errors, code);

  it('names the code field when an error file is not named by its number', () => {
    const content = loadContent();
    error(content, '1618').id = '0x652';
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/errors/1618.yaml',
      field: 'code',
      message: 'code 1618 is in a file named "0x652"; name the file 1618.yaml',
    });
  });

  it('names the link when a fact links an error number that has no page', () => {
    const content = loadContent();
    error(content, '1603').data.causes[3].links = [{ error: 1660 }];
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/errors/1603.yaml',
      field: 'causes[3].links[0]',
      message: 'error 1660 has no page (no src/content/errors/1660.yaml)',
    });
  });

  it('names the link when a fact links a guide that does not exist', () => {
    const content = loadContent();
    error(content, '1603').data.fix[0].links = [{ guide: 'fix-everything' }];
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/errors/1603.yaml',
      field: 'fix[0].links[0]',
      message: '"fix-everything" is not a guide',
    });
  });

  it('names the link when a fact links a KB that is not an update of the site', () => {
    const content = loadContent();
    error(content, '1603').data.forPatch[3].links = [{ kb: '923100' }];
    expect(findContentProblems(content)).toContainEqual({
      file: 'src/content/errors/1603.yaml',
      field: 'forPatch[3].links[0]',
      message: 'KB923100 is not an update of this site',
    });
  });
});
