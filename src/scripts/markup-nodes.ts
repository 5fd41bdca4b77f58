/**
 * Markup (src/lib/markup.ts) into the page: written as escaped HTML, parsed in a <template>, and
 * each copy swapped for the wording `root` holds in its `<template data-copy-of="…">`.
 */
import { markupToHtml, type Markup } from '../lib/markup';

export function markupNodes(markup: Markup[], root: Element, tags: Record<string, string> = {}): Node[] {
  const holder = document.createElement('template');
  holder.innerHTML = markupToHtml(markup, tags);
  for (const place of holder.content.querySelectorAll<HTMLTemplateElement>('template[data-copy]')) {
    place.replaceWith(root.querySelector<HTMLTemplateElement>(`template[data-copy-of="${place.dataset.copy}"]`)!.content.cloneNode(true));
  }
  return [...holder.content.childNodes];
}
