/**
 * Rules that span entries, which a per-entry zod schema cannot see. Astro only logs a dangling
 * `reference()`, so these checks make the build fail instead, naming file, field and rule.
 */
import type { Collections, Entry } from './entries';
import { readErrorCode } from '../identifiers/error-code';
import { formatKbNumber } from '../identifiers/kb-number';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

interface Ref {
  id: string;
  collection: string;
}

function fileOf(entry: Entry<unknown>, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

/** Every rule below, applied to the loaded collections; an empty list means the content is sound. */
export function findContentProblems(content: Collections): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = {
    operatingSystems: new Set(content.operatingSystems.map((e) => e.id)),
    frameworks: new Set(content.frameworks.map((e) => e.id)),
    bulletins: new Set(content.bulletins.map((e) => e.id)),
  };
  const osArchitecture = new Map(content.operatingSystems.map((e) => [e.id, e.data.architecture]));

  const checkRef = (file: string, field: string, ref: Ref) => {
    const known = ids[ref.collection as keyof typeof ids];
    if (known && !known.has(ref.id)) {
      problems.push({ file, field, message: `"${ref.id}" is not an entry of ${ref.collection}` });
    }
  };

  for (const fw of content.frameworks) {
    const file = fileOf(fw, 'frameworks');
    fw.data.brings.forEach((ref, i) => checkRef(file, `brings[${i}]`, ref));
    for (const list of ['only', 'except'] as const) {
      fw.data.installableOn?.[list]?.forEach((ref, i) =>
        checkRef(file, `installableOn.${list}[${i}]`, ref),
      );
    }
  }

  const installableOn = new Map(content.frameworks.map((fw) => [fw.id, fw.data.installableOn]));
  for (const os of content.operatingSystems) {
    const file = fileOf(os, 'operatingSystems');
    os.data.includes.forEach((included, i) => {
      checkRef(file, `includes[${i}].framework`, included.framework);
      const limits = installableOn.get(included.framework.id);
      const excluded = limits?.only
        ? !limits.only.some((ref) => ref.id === os.id)
        : limits?.except?.some((ref) => ref.id === os.id);
      if (excluded) {
        problems.push({
          file,
          field: `includes[${i}].framework`,
          message: `${included.framework.id} comes with this Windows, but its installableOn leaves ${os.id} out`,
        });
      }
    });
  }

  for (const bulletin of content.bulletins) {
    const file = fileOf(bulletin, 'bulletins');
    bulletin.data.affected.forEach((row, i) => {
      checkRef(file, `affected[${i}].os`, row.os);
      row.frameworks.forEach((ref, j) => checkRef(file, `affected[${i}].frameworks[${j}]`, ref));
    });
    bulletin.data.notAffected.forEach((row, i) => {
      row.os?.forEach((ref, j) => checkRef(file, `notAffected[${i}].os[${j}]`, ref));
      row.frameworks.forEach((ref, j) => checkRef(file, `notAffected[${i}].frameworks[${j}]`, ref));
    });
    bulletin.data.revisions.forEach((revision, i) => {
      revision.removed.forEach((row, j) => {
        row.os.forEach((ref, k) => checkRef(file, `revisions[${i}].removed[${j}].os[${k}]`, ref));
        row.frameworks.forEach((ref, k) =>
          checkRef(file, `revisions[${i}].removed[${j}].frameworks[${k}]`, ref),
        );
      });
    });
  }

  const fileOfKb = new Map<string, string>();
  /** `${bulletin} ${os} ${framework}` → files of the updates that serve it (the bulletin may list two). */
  const servedBy = new Map<string, string[]>();
  const footnoteMarks = new Map(
    content.bulletins.map((b) => [b.id, new Set(b.data.footnotes.map((f) => f.mark))]),
  );

  for (const update of content.updates) {
    const file = fileOf(update, 'updates');
    const { kb, bulletin } = update.data;
    const earlier = fileOfKb.get(kb);
    if (earlier) {
      problems.push({
        file,
        field: 'kb',
        message: `${formatKbNumber(kb)} is already used by ${earlier}; a KB number must be unique`,
      });
    } else {
      fileOfKb.set(kb, file);
    }
    checkRef(file, 'bulletin', bulletin);

    update.data.serves.forEach((row, i) => {
      row.footnotes.forEach((mark, j) => {
        if (ids.bulletins.has(bulletin.id) && !footnoteMarks.get(bulletin.id)?.has(mark))
          problems.push({
            file,
            field: `serves[${i}].footnotes[${j}]`,
            message: `"${mark}" is not a mark of ${bulletin.id}'s footnotes`,
          });
      });
      row.os.forEach((os, j) => {
        checkRef(file, `serves[${i}].os[${j}]`, os);
        const architecture = osArchitecture.get(os.id);
        if (architecture && !update.data.installers[architecture]) {
          problems.push({
            file,
            field: 'installers',
            message: `no ${architecture} installer, but serves[${i}] names ${os.id}`,
          });
        }
        row.frameworks.forEach((fw, k) => {
          if (j === 0) checkRef(file, `serves[${i}].frameworks[${k}]`, fw);
          const key = `${bulletin.id} ${os.id} ${fw.id}`;
          const others = servedBy.get(key) ?? [];
          if (others.includes(file)) {
            problems.push({
              file,
              field: `serves[${i}]`,
              message: `${os.id} with ${fw.id} is served twice by this update`,
            });
          }
          servedBy.set(key, [...others, file]);
        });
      });
    });

    if (update.data.layer) checkRef(file, 'layer', update.data.layer);
    update.data.extensionNotPrintedOn.forEach((os, i) =>
      checkRef(file, `extensionNotPrintedOn[${i}]`, os),
    );
    const { logFilesFor, logFiles, logNote } = update.data;
    if (logFilesFor) {
      const servedOs = new Set(update.data.serves.flatMap((row) => row.os.map((os) => os.id)));
      logFilesFor.forEach((os, i) => {
        checkRef(file, `logFilesFor[${i}]`, os);
        if (ids.operatingSystems.has(os.id) && !servedOs.has(os.id))
          problems.push({
            file,
            field: `logFilesFor[${i}]`,
            message: `${os.id} is not a Windows this update serves`,
          });
      });
      if (logFiles.length === 0)
        problems.push({
          file,
          field: 'logFilesFor',
          message: 'names the Windows for its log files, but logFiles is empty',
        });
      // A fix page for a Windows left out shows no file names; the note is what it says instead.
      if (!logNote)
        problems.push({
          file,
          field: 'logNote',
          message:
            'logFilesFor leaves some Windows without log file names; logNote must say what the bulletin gives for them',
        });
    }
  }

  const owners = content.bulletins.filter((b) => b.data.ownsSingleBulletinFixAddresses);
  for (const extra of owners.slice(1))
    problems.push({
      file: fileOf(extra, 'bulletins'),
      field: 'ownsSingleBulletinFixAddresses',
      message: `${owners[0].id} already owns the /fix/<windows>/<framework>/ addresses`,
    });

  const listedAffected = new Set<string>();
  for (const bulletin of content.bulletins) {
    const file = fileOf(bulletin, 'bulletins');
    const several = [...servedBy].find(
      ([key, files]) => key.startsWith(`${bulletin.id} `) && files.length > 1,
    );
    if (several && !bulletin.data.severalUpdates) {
      const [, os, fw] = several[0].split(' ');
      problems.push({
        file,
        field: 'severalUpdates',
        message: `${os} with ${fw} is served by ${several[1].join(' and ')}; say what the bulletin says about installing more than one`,
      });
    }
    bulletin.data.affected.forEach((row, i) => {
      for (const fw of row.frameworks) {
        listedAffected.add(`${bulletin.id} ${row.os.id} ${fw.id}`);
        if (!servedBy.has(`${bulletin.id} ${row.os.id} ${fw.id}`)) {
          problems.push({
            file,
            field: `affected[${i}]`,
            message: `${row.os.id} with ${fw.id} is affected, but no update in src/content/updates serves it`,
          });
        }
      }
    });
  }

  for (const [key, [file]] of servedBy) {
    if (!listedAffected.has(key)) {
      const [bulletin, os, fw] = key.split(' ');
      problems.push({
        file,
        field: 'serves',
        message: `serves ${os} with ${fw}, which ${bulletin} does not list as affected`,
      });
    }
  }

  for (const guide of content.guides) {
    const file = fileOf(guide, 'guides');
    guide.data.relatedKbs.forEach((kb, i) => {
      if (!fileOfKb.has(kb)) {
        problems.push({
          file,
          field: `relatedKbs[${i}]`,
          message: `${formatKbNumber(kb)} is not an update of this site`,
        });
      }
    });
  }

  const errorCodes = new Set(content.errors.map((entry) => entry.data.code));
  for (const guide of content.guides) {
    guide.data.errorCodes.forEach((typed, i) => {
      const [code] = readErrorCode(typed);
      if (code === undefined || !errorCodes.has(code)) {
        problems.push({
          file: fileOf(guide, 'guides'),
          field: `errorCodes[${i}]`,
          message: `"${typed}" is not an error code with a page in src/content/errors`,
        });
      }
    });
  }

  problems.push(...findErrorProblems(content, new Set(fileOfKb.keys())));
  return problems;
}

/** Error pages: each file is named by its number, and every link in a fact leads to a page that exists. */
function findErrorProblems(content: Collections, updateKbs: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const guides = new Set(content.guides.map((guide) => guide.id));
  const codes = new Set(content.errors.map((entry) => entry.data.code));
  for (const entry of content.errors) {
    const file = fileOf(entry, 'errors');
    const { code } = entry.data;
    if (entry.id !== String(code)) {
      problems.push({
        file,
        field: 'code',
        message: `code ${code} is in a file named "${entry.id}"; name the file ${code}.yaml`,
      });
    }
    const facts = [
      ...entry.data.meanings.flatMap((meaning, i) =>
        meaning.notes.map((fact, j) => ({ field: `meanings[${i}].notes[${j}]`, fact })),
      ),
      ...(['forPatch', 'causes', 'fix'] as const).flatMap((list) =>
        entry.data[list].map((fact, i) => ({ field: `${list}[${i}]`, fact })),
      ),
    ];
    for (const { field, fact } of facts) {
      fact.links.forEach((link, k) => {
        const at = `${field}.links[${k}]`;
        if ('guide' in link && !guides.has(link.guide))
          problems.push({ file, field: at, message: `"${link.guide}" is not a guide` });
        if ('kb' in link && !updateKbs.has(link.kb))
          problems.push({
            file,
            field: at,
            message: `${formatKbNumber(link.kb)} is not an update of this site`,
          });
        if ('error' in link && !codes.has(link.error))
          problems.push({
            file,
            field: at,
            message: `error ${link.error} has no page (no src/content/errors/${link.error}.yaml)`,
          });
      });
    }
  }
  return problems;
}

/** Throws one error listing every problem, so the build stops with all of them at once. */
export function assertContentRules(content: Collections): void {
  const problems = findContentProblems(content);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  throw new Error(`The content breaks ${problems.length} rule(s):\n${lines.join('\n')}`);
}
