/**
 * What the second step needs of the panel it answers in. A module of its own, so that the panel
 * and the step it loads depend on this shape rather than on each other.
 */
export interface PanelParts extends HTMLElement {
  input: HTMLInputElement;
  results: HTMLOListElement;
  status: HTMLElement;
  more: HTMLButtonElement;
  headingTag: 'h2' | 'h3';
  /** The look of a result's link, the same as the identifier's answer. */
  linkClass: string;
  /**
   * Pagefind's address, handed over rather than imported by the second step, which then shares
   * the chunk of src/site/routes.ts with exactly the scripts that did before it existed.
   */
  pagefindScript: string;
  /** The query's number: a key pressed makes every earlier one out of date. */
  generation: number;
  isCurrent(generation: number): boolean;
}
