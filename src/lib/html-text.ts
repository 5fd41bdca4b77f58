/** The text a piece of rendered HTML reads as: tags dropped, character references decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, ref: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
      if (ref[0] !== '#') return named[ref.toLowerCase()]!;
      return String.fromCodePoint(ref[1]!.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    })
    .replace(/\s+/g, ' ')
    .trim();
}
