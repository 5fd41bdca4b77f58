/**
 * The id of an entry of a YAML collection: its file name without the extension. Astro's glob
 * loader would read `data.slug` first, and on an empty file (no data at all) it fails with
 * "Cannot read properties of undefined (reading 'slug')", naming neither file nor field; this
 * names the file and says what is wrong with it.
 */
export function dataEntryId(folder: string) {
  return ({
    entry,
    data,
  }: {
    entry: string;
    data: Record<string, unknown> | null | undefined;
  }): string => {
    if (data === undefined || data === null) {
      throw new Error(
        `${folder}/${entry} is empty: a content file needs the fields its collection's schema asks for (src/content-model/schemas/)`,
      );
    }
    return entry.replace(/\.[^./]+$/, '');
  };
}
