/**
 * Builds elements for the browser-side widgets. Text goes in as text nodes only, so a value that
 * came from a URL can never become markup.
 */
type Child = Node | string | false | null | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The same marks as src/components/Unconfirmed.astro and WindowsOwnNotes.astro, for statements the browser builds. */
export const badge = (label: 'Unconfirmed' | "Site's reading") =>
  h(
    'span',
    label === 'Unconfirmed'
      ? // data-unconfirmed is what the dist/ and browser checks look for beside every unconfirmed fact.
        { 'data-unconfirmed': '', class: 'mr-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/50 dark:text-amber-100' }
      : { class: 'mr-1 inline-block rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-900 dark:bg-slate-700 dark:text-slate-100' },
    label,
  );
