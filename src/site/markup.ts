/**
 * Markup as plain data, so that one renderer serves the build and the browser: the finder's
 * answers are written by src/features/finder/answer-view.ts once, saved as JSON at build time for
 * shared links (src/pages/finder/answers/) and made in the browser for any other choice. Text
 * and attribute values are escaped when written, and a tag, attribute or copy name that is not a
 * plain name is refused, so nothing in a saved answer can become markup of its own.
 */

/** An element as `[tag, attributes, ...children]`: short in JSON. */
export type MarkupElement = [
  tag: string,
  attributes: Record<string, string>,
  ...children: Markup[],
];
/** Fixed wording the page holds in a `<template data-copy-of="…">`, put in where this stands. */
export interface MarkupCopy {
  copy: string;
}
export type Markup = string | MarkupElement | MarkupCopy;

type Child = Markup | false | null | undefined;

/** An element; children that are false, empty or missing are left out. */
export function element(
  tag: string,
  attributes: Record<string, string>,
  ...children: Child[]
): MarkupElement {
  return [tag, attributes, ...children.filter((child): child is Markup => Boolean(child))];
}

const escapeText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replaceAll('"', '&quot;');
/** Tag, attribute and copy names: letters, digits and hyphens, as every name the answers use. */
function plainName(name: string): string {
  if (!/^[a-z][a-z0-9-]*$/i.test(name))
    throw new Error(`"${name}" is not a plain tag, attribute or copy name`);
  return name;
}

/**
 * HTML for `markup`. `tags` renames tags, so that a heading written as `heading` takes the level
 * the page needs; a copy becomes `<template data-copy="name">`, which the page swaps for its own.
 */
export function markupToHtml(markup: Markup[], tags: Record<string, string> = {}): string {
  return markup
    .map((node) => {
      if (typeof node === 'string') return escapeText(node);
      if (!Array.isArray(node)) return `<template data-copy="${plainName(node.copy)}"></template>`;
      const [name, attributes, ...children] = node;
      const tag = plainName(tags[name] ?? name);
      const written = Object.entries(attributes).map(
        ([attribute, value]) => ` ${plainName(attribute)}="${escapeAttribute(value)}"`,
      );
      return `<${tag}${written.join('')}>${markupToHtml(children, tags)}</${tag}>`;
    })
    .join('');
}
