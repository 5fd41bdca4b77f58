/**
 * Markup (src/site/markup.ts) into the page: written as escaped HTML, parsed in a <template>, and
 * each copy swapped for the wording `root` holds in its `<template data-copy-of="…">`.
 */
import { markupToHtml, type Markup } from '../markup';

/** The fixed wording `root` holds under `name`, ready to put in. */
export const copyOf = (root: Element, name: string) =>
  root
    .querySelector<HTMLTemplateElement>(`template[data-copy-of="${name}"]`)!
    .content.cloneNode(true);

export function markupNodes(
  markup: Markup[],
  root: Element,
  tags: Record<string, string> = {},
): Node[] {
  const holder = document.createElement('template');
  holder.innerHTML = markupToHtml(markup, tags);
  for (const place of holder.content.querySelectorAll<HTMLTemplateElement>('template[data-copy]'))
    place.replaceWith(copyOf(root, place.dataset.copy!));
  return [...holder.content.childNodes];
}
