import { describe, expect, it } from 'vitest';
import {
  familyIdOf,
  familyIdUnconfirmedFor,
  updateCatalogSearchUrl,
} from '../../../../src/features/updates/download-links';
import { downloadLinkProblem } from '../../../../src/content-model/schemas/value-rules';
import { FAMILY_IDS } from '../../../fixtures/reference-rows';
import { MS10_070_FAMILY_IDS } from '../../../fixtures/ms10-070-reference';
import { loadContent } from '../../content-model/load-content';

const KB953297_PAGE =
  'https://www.microsoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f';

describe('familyIdOf', () => {
  it('reads the FamilyID of a Download Center link', () => {
    expect(familyIdOf(KB953297_PAGE)).toBe('78ac8b97-8327-4ae1-8bb0-6cf227f3968f');
  });

  it('gives the FamilyID in lower case when the link writes it in capitals', () => {
    expect(
      familyIdOf(
        'https://www.microsoft.com/downloads/details.aspx?familyid=AB99342F-5D1A-413D-8319-81DA479AB0D7',
      ),
    ).toBe('ab99342f-5d1a-413d-8319-81da479ab0d7');
  });

  it('finds the FamilyID among other query parameters', () => {
    expect(
      familyIdOf(
        'https://www.microsoft.com/downloads/details.aspx?displaylang=en&familyid=614a92ee-0512-4ccc-b6b8-32ebcec8e6a4',
      ),
    ).toBe('614a92ee-0512-4ccc-b6b8-32ebcec8e6a4');
  });

  it('gives null for an Update Catalog search, which has no FamilyID', () => {
    expect(
      familyIdOf('https://www.catalog.update.microsoft.com/Search.aspx?q=KB953297'),
    ).toBeNull();
  });

  it('gives null when the familyid is only the shortened first block of the GUID', () => {
    expect(
      familyIdOf('https://www.microsoft.com/downloads/details.aspx?familyid=78ac8b97'),
    ).toBeNull();
  });

  it('gives null when the familyid parameter is empty', () => {
    expect(familyIdOf('https://www.microsoft.com/downloads/details.aspx?familyid=')).toBeNull();
  });
});

describe('updateCatalogSearchUrl', () => {
  it('searches the Update Catalog for the KB with its KB prefix', () => {
    expect(updateCatalogSearchUrl('953297')).toBe(
      'https://www.catalog.update.microsoft.com/Search.aspx?q=KB953297',
    );
  });

  it('builds a link that downloadLinkProblem accepts', () => {
    expect(downloadLinkProblem(updateCatalogSearchUrl('974470'))).toBeNull();
  });
});

describe('the Download Center links in src/content/updates', () => {
  const dotnetUpdates = loadContent().updates.filter((u) => u.data.product === '.NET Framework');

  // MS09-061's facts write the Download Center link with /downloads/, MS10-070's (German copy) with /download/.
  const expectedLink = (kb: string) =>
    kb in MS10_070_FAMILY_IDS
      ? `https://www.microsoft.com/download/details.aspx?familyid=${MS10_070_FAMILY_IDS[kb]}`
      : `https://www.microsoft.com/downloads/details.aspx?familyid=${FAMILY_IDS[kb]}`;

  it('cover every .NET package the bulletins name', () => {
    expect(dotnetUpdates.map((u) => u.data.kb).sort()).toEqual(
      [...Object.keys(FAMILY_IDS), ...Object.keys(MS10_070_FAMILY_IDS)].sort(),
    );
  });

  it.each(dotnetUpdates.map((u) => [u.data.kb, u.data.downloadCenter] as const))(
    'KB%s links the Download Center page of the FamilyID the bulletin gives',
    (kb, downloadCenter) => {
      expect(downloadCenter).toBe(expectedLink(kb));
      expect(familyIdOf(downloadCenter!)).toBe(FAMILY_IDS[kb] ?? MS10_070_FAMILY_IDS[kb]);
    },
  );
});

describe('familyIdUnconfirmedFor', () => {
  // Package names typed from the facts, section 2.
  const KB974417 = {
    x86: 'NDP20SP2-KB974417-x86',
    x64: 'NDP20SP2-KB974417-x64',
    ia64: 'NDP20SP2-KB974417-ia64',
  };
  const KB953297 = {
    x86: 'NDP1.1SP1-KB953297-x86',
    x64: 'NDP1.1SP1-KB953297-x86',
    ia64: 'NDP1.1SP1-KB953297-x86',
  };

  it('doubts the FamilyID shown for the x64 package of KB974417, which the localized bulletins share with x86', () => {
    expect(familyIdUnconfirmedFor(KB974417, ['x64'])).toBe(true);
  });

  it('doubts the FamilyID on a page that lists every package of KB974417', () => {
    expect(familyIdUnconfirmedFor(KB974417, ['x86', 'x64', 'ia64'])).toBe(true);
  });

  it('does not doubt the FamilyID shown for the 32-bit package of KB974417', () => {
    expect(familyIdUnconfirmedFor(KB974417, ['x86'])).toBe(false);
  });

  it('does not doubt KB953297 on 64-bit Windows, which runs the one x86 package of .NET 1.1', () => {
    expect(familyIdUnconfirmedFor(KB953297, ['x64', 'ia64'])).toBe(false);
  });
});
