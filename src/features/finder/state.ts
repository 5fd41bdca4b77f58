/**
 * The fix finder's choices as a URL query (`?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1,net-2-0`),
 * so that an answer can be shared as a link; `bulletin=` narrows it to one bulletin's updates.
 * `os` also takes the OS id of a fix page's address (`windows-xp-sp2-sp3-x86`), which sets the
 * architecture as well. Anything the tables do not know is dropped and reported, never echoed
 * into markup.
 */
import type { Architecture } from '../../content-model/schemas/shared';
import { shortenedForDisplay as shorten } from '../../site/shortened-value';
import type { FixTable } from '../fixes/fix-table';

export interface FinderState {
  /** A release slug of the table ("windows-vista-sp1"). */
  release?: string;
  architecture?: Architecture;
  frameworks: string[];
  /** The one bulletin the answer is narrowed to (its id, "msyy-nnn"); every bulletin without it. */
  bulletin?: string;
}

/** The finder's query parameters: any of them makes a link a shared answer. */
const PARAMETERS = ['os', 'arch', 'fw', 'bulletin'] as const;

export interface IgnoredParameter {
  name: string;
  /** The value as typed, shortened for display; shown as text only. */
  value: string;
}

export function readFinderState(
  params: URLSearchParams,
  tables: FixTable[],
): { state: FinderState; ignored: IgnoredParameter[] } {
  // Every bulletin's table lists the same Windows and .NET entries.
  const table = tables[0];
  const ignored: IgnoredParameter[] = [];
  const state: FinderState = { frameworks: [] };

  // Only the first os, arch and bulletin count; repeats are reported like any other value not used.
  for (const name of ['os', 'arch', 'bulletin'] as const) {
    for (const extra of params.getAll(name).slice(1))
      if (extra !== '') ignored.push({ name, value: shorten(extra) });
  }

  const os = params.get('os');
  // The id of a /fix/<os>/… page names one architecture too, and that one wins over `arch`.
  const entry = table.operatingSystems.find((o) => o.id === os);
  if (entry) {
    state.release = entry.release;
    state.architecture = entry.architecture;
  } else if (os !== null && os !== '') {
    if (table.operatingSystems.some((o) => o.release === os)) state.release = os;
    else ignored.push({ name: 'os', value: shorten(os) });
  }

  const arch = params.get('arch');
  if (arch !== null && arch !== '' && arch !== state.architecture) {
    const known =
      !entry &&
      table.operatingSystems.some(
        (o) =>
          o.architecture === arch && (state.release === undefined || o.release === state.release),
      );
    if (known) state.architecture = arch as Architecture;
    else ignored.push({ name: 'arch', value: shorten(arch) });
  }

  for (const id of params
    .getAll('fw')
    .flatMap((value) => value.split(','))
    .filter(Boolean)) {
    if (table.frameworks.some((f) => f.id === id)) {
      if (!state.frameworks.includes(id)) state.frameworks.push(id);
    } else {
      ignored.push({ name: 'fw', value: shorten(id) });
    }
  }
  const bulletin = params.get('bulletin');
  if (bulletin !== null && bulletin !== '') {
    // As Microsoft prints it (MSyy-nnn) too. Not through src/identifiers/bulletin-id.ts: shared with
    // the finder, it would become a file of its own that search's first answer must fetch too.
    const id = bulletin.toLowerCase();
    if (tables.some((t) => t.bulletin.id === id)) state.bulletin = id;
    else ignored.push({ name: 'bulletin', value: shorten(bulletin) });
  }
  return { state, ignored };
}

/** The query string for a state, with the parameters in a fixed order; "" when nothing is chosen. */
export function finderQuery(state: FinderState): string {
  const params = new URLSearchParams();
  if (state.release) params.set('os', state.release);
  if (state.architecture) params.set('arch', state.architecture);
  if (state.frameworks.length > 0) params.set('fw', state.frameworks.join(','));
  if (state.bulletin) params.set('bulletin', state.bulletin);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** True when the query carries any finder parameter: then it, not the browser's guess, decides. */
export function hasFinderParameters(params: URLSearchParams): boolean {
  return PARAMETERS.some((name) => params.has(name));
}

/** The one Windows entry and at most one .NET version a shared link names, as it names them. */
export interface SingleChoice {
  release: string;
  architecture: string;
  framework?: string;
}

/** Only letters, digits and hyphens, as in every id of the table: nothing that could leave a path segment. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The choice of a link that names one release, one architecture and at most one .NET version,
 * each once and each shaped like an id; undefined for any other link, which the finder reads
 * in full (readFinderState). Whether the table knows the ids is checked against the form before
 * anything is fetched (client/finder.ts).
 */
export function singleChoice(params: URLSearchParams): SingleChoice | undefined {
  const [release, ...moreReleases] = params.getAll('os');
  const [architecture, ...moreArchitectures] = params.getAll('arch');
  const frameworks = params.getAll('fw');
  // Narrowed to one bulletin: no answer is saved for that, and the finder answers it itself.
  if (
    params.has('bulletin') ||
    !release ||
    !architecture ||
    moreReleases.length > 0 ||
    moreArchitectures.length > 0 ||
    frameworks.length > 1
  )
    return undefined;
  const [framework] = frameworks;
  if (
    ![release, architecture, ...(framework === undefined ? [] : [framework])].every((id) =>
      ID.test(id),
    )
  )
    return undefined;
  return { release, architecture, ...(framework === undefined ? {} : { framework }) };
}
