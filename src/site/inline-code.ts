/**
 * Content text marks literal strings (log lines, paths, switches) with `backticks`, as Markdown
 * does. This splits such text into plain and code parts, so that components render <code>
 * without any HTML in the content.
 */
export interface TextPart {
  text: string;
  code: boolean;
}

export function inlineCodeParts(text: string): TextPart[] {
  return text
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
