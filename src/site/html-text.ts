const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Text with its named and numeric character references decoded, as an attribute value reads. */
export function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, ref: string) => {
    if (!ref.startsWith('#')) return NAMED_REFERENCES[ref.toLowerCase()];
    return String.fromCodePoint(
      ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
    );
  });
}

/** The text a piece of rendered HTML reads as: tags dropped, character references decoded. */
export function textOfHtml(html: string): string {
  return decodeReferences(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
