/**
 * What the research marks unconfirmed (shared/reference/ms09-061-facts.md) must carry the site's
 * Unconfirmed mark wherever dist/ shows it. The facts are typed here from that file; each place a
 * page shows one is found in the built HTML and must have the mark in the same statement: the
 * same paragraph, list item, cell or description list.
 */
import { expect, test } from '@playwright/test';
import { MS10_070_PACKAGES } from '../fixtures/ms10-070-bulletin';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { addressOf, distPage, htmlFiles, textOf } from '../dist';

/**
 * The FamilyIDs the localized bulletins give to x86, x64 and Itanium packages alike (section 2:
 * "Whether the English bulletin used separate FamilyIDs for x64 and Itanium packages" is
 * unconfirmed), with each KB's 64-bit packages. KB953297 is left out: its one x86 package is
 * also what 64-bit Windows installs.
 */
const SHARED_FAMILY_IDS: Record<string, { familyId: string; packages64: string[] }> = {
  KB953300: {
    familyId: 'd4a328b5-5470-46b0-86c7-cfe0e6a3ea01',
    packages64: ['NDP20SP1-KB953300-v2-x64', 'NDP20SP1-KB953300-v2-ia64'],
  },
  KB974417: {
    familyId: '491874d4-5eea-4545-9b7d-3861857c862e',
    packages64: ['NDP20SP2-KB974417-x64', 'NDP20SP2-KB974417-ia64'],
  },
  KB974468: {
    familyId: '6f99521e-86b3-4083-9132-e5ac06d40b63',
    packages64: ['Windows6.0-KB974468-x64'],
  },
  KB974292: {
    familyId: '3cf329c6-6d3d-41eb-bb72-8ba241df0882',
    packages64: ['Windows6.0-KB974292-x64'],
  },
  KB974467: {
    familyId: '7438eb1e-6e86-4aa1-b1f4-f71a7699d233',
    packages64: ['Windows6.0-KB974467-x64'],
  },
  KB974291: {
    familyId: '30e5410d-0942-4964-9037-52330488efda',
    packages64: ['Windows6.0-KB974291-x64', 'Windows6.0-KB974291-ia64'],
  },
  KB974469: {
    familyId: '72fe9066-2397-439d-82fb-2b7f9d2bcce8',
    packages64: ['Windows6.0-KB974469-x64', 'Windows6.0-KB974469-ia64'],
  },
  KB974470: {
    familyId: '614a92ee-0512-4ccc-b6b8-32ebcec8e6a4',
    packages64: ['Windows6.0-KB974470-x64', 'Windows6.0-KB974470-ia64'],
  },
};
/** The LDR build of 2.0 SP2 (section 4: "nfxupdate.cpp (LDR, unconfirmed)"). */
const LDR_BUILD = '2.0.50727.4062';
/** A package's file extension (section 2: ".exe / .msu extensions are inferred"). */
const PACKAGE_FILE = /(?:NDP|Windows)[\w.-]*KB\d{6}[\w-]*\.(?:exe|msu)\b/i;
const EXTENSION_ALONE = /^\.(?:exe|msu)$/i;
/** Whether a package's download is still offered today (section 11). */
const AVAILABILITY = 'still offer';

const STATEMENT = 'p, li, td, th, pre, caption, figcaption, blockquote, h1, h2, h3, h4, h5, h6';

/** The statement a piece of text belongs to: a description list as a whole, else its block. */
const statementOf = (element: HTMLElement) =>
  element.closest('dl') ?? element.closest(STATEMENT) ?? element;
const isMarked = (element: HTMLElement) => element.querySelector('[data-unconfirmed]') !== null;

/** Every visible text node of a page with the element that holds it. */
function textsOf(root: HTMLElement): { text: string; parent: HTMLElement }[] {
  const found: { text: string; parent: HTMLElement }[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE)
        found.push({ text: child.text, parent: node as HTMLElement });
      else if (
        child.nodeType === NodeType.ELEMENT_NODE &&
        !['SCRIPT', 'STYLE'].includes((child as HTMLElement).tagName)
      )
        walk(child);
    }
  };
  walk(root);
  return found;
}

const pages = () =>
  htmlFiles().map((file) => {
    const address = addressOf(file);
    return { address, page: distPage(address)! };
  });

test('the dist/ walk reaches every kind of page that shows these facts', () => {
  const addresses = pages().map((p) => p.address);
  expect(addresses).toEqual(
    expect.arrayContaining([
      '/kb/974417/',
      '/fix/ms09-061/windows-server-2003-sp2-x64/net-2-0-sp2/',
      '/guides/install-the-update-by-hand/',
    ]),
  );
});

test('a FamilyID shown with a 64-bit package of its own is marked Unconfirmed', () => {
  const unmarked: string[] = [];
  let seen = 0;
  for (const { address, page } of pages()) {
    for (const { text, parent } of textsOf(page.querySelector('main') ?? page)) {
      for (const [kb, { familyId, packages64 }] of Object.entries(SHARED_FAMILY_IDS)) {
        if (!text.toLowerCase().includes(familyId)) continue;
        const card = parent.closest('section') ?? page;
        if (!packages64.some((name) => textOf(card).includes(name))) continue;
        seen += 1;
        if (!isMarked(statementOf(parent))) unmarked.push(`${address}: ${kb}'s FamilyID`);
      }
    }
  }
  expect(seen, 'FamilyIDs shown with a 64-bit package').toBeGreaterThan(20);
  expect(unmarked).toEqual([]);
});

test('the LDR build of .NET 2.0 SP2 is marked Unconfirmed wherever it is named', () => {
  const unmarked: string[] = [];
  let seen = 0;
  for (const { address, page } of pages()) {
    for (const { text, parent } of textsOf(page)) {
      if (!text.includes(LDR_BUILD)) continue;
      seen += 1;
      if (!isMarked(statementOf(parent))) unmarked.push(`${address}: "${text.trim()}"`);
    }
  }
  expect(seen).toBeGreaterThan(0);
  expect(unmarked).toEqual([]);
});

/** MS10-070's deployment tables print its package files with their extension (tests/fixtures/ms10-070-bulletin.ts). */
const PRINTED_FILES = new Set([
  ...MS10_070_PACKAGES.flatMap(({ x86, x64, ia64 }) => [...x86, ...x64, ...ia64]),
  // The Japanese and Turkish copies print KB2416451's package with their own language suffix.
  'WindowsServer2003-KB2416451-x86-JPN.exe',
  'WindowsServer2003-KB2416451-x86-TRK.exe',
]);

/** MS10-070's Server 2003 Itanium lines: NDP20SP2-KB2418241-ia64, NDP20SP1-KB2416468-ia64, NDP35SP1-KB2416473-ia64, NDP40-KB2416472-ia64. */
const BARE_ON_2003_ITANIUM = [
  'NDP20SP2-KB2418241-ia64.exe',
  'NDP20SP1-KB2416468-ia64.exe',
  'NDP35SP1-KB2416473-ia64.exe',
  'NDP40-KB2416472-ia64.exe',
];

test('a package file extension (.exe, .msu) the bulletin does not print is marked Unconfirmed wherever it is shown', () => {
  const unmarked: string[] = [];
  let seen = 0;
  for (const { address, page } of pages()) {
    for (const { text, parent } of textsOf(page)) {
      if (!PACKAGE_FILE.test(text) && !EXTENSION_ALONE.test(text.trim())) continue;
      const files = text.match(new RegExp(PACKAGE_FILE.source, 'gi')) ?? [];
      // Server 2003 Itanium's lines print four of these names without ".exe" (facts, section 5b).
      const bareHere = address.includes('/windows-server-2003-sp2-ia64/')
        ? BARE_ON_2003_ITANIUM
        : [];
      if (
        files.length > 0 &&
        files.every((file) => PRINTED_FILES.has(file) && !bareHere.includes(file))
      )
        continue;
      seen += 1;
      if (!isMarked(statementOf(parent))) unmarked.push(`${address}: "${text.trim()}"`);
    }
  }
  expect(seen).toBeGreaterThan(50);
  expect(unmarked).toEqual([]);
});

test('every download card says its download may be gone, marked Unconfirmed', () => {
  const problems: string[] = [];
  let cards = 0;
  for (const { address, page } of pages()) {
    for (const card of page
      .querySelectorAll('section')
      .filter((section) => /^Download KB\d{6}/.test(textOf(section)))) {
      cards += 1;
      const statements = card
        .querySelectorAll(STATEMENT)
        .filter((element) => textOf(element).includes(AVAILABILITY));
      if (statements.length === 0)
        problems.push(`${address}: the card does not say whether the download is still offered`);
      for (const statement of statements)
        if (!isMarked(statement)) problems.push(`${address}: "${textOf(statement)}"`);
    }
  }
  expect(cards).toBeGreaterThan(60);
  expect(problems).toEqual([]);
});
