import type { ErrorCatalogue } from '../error-catalogue';
import { decodeErrorCode, type DecoderAnswer } from '../decoder';
import { hexOf } from '../../../identifiers/error-code';
import { h } from '../../../site/client/dom';

const LINK = 'font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300';

function render(answer: Exclude<DecoderAnswer, { status: 'empty' }>): Node {
  if (answer.status !== 'decoded')
    return h(
      'p',
      {
        'data-problem': '',
        class: 'rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100',
      },
      answer.message,
    );
  const { entry, hexReading, parts } = answer;
  return h(
    'div',
    {},
    h('p', { class: 'text-lg font-semibold' }, answer.headline),
    answer.readingNote && h('p', { class: 'mt-1', 'data-reading': '' }, answer.readingNote),
    entry &&
      h(
        'p',
        { class: 'mt-2' },
        h('a', { href: entry.url, class: LINK }, `What ${entry.code} means and what to do`),
      ),
    hexReading &&
      h(
        'p',
        { class: 'mt-2' },
        `Read as hexadecimal (0x${answer.shown}), it is ${hexReading.title}: `,
        h('a', { href: hexReading.url, class: LINK }, `go to error ${hexReading.code}`),
        '.',
      ),
    entry &&
      h(
        'dl',
        { class: 'mt-3 space-y-2' },
        ...entry.meanings.flatMap((meaning) => [
          h('dt', { class: 'font-semibold' }, meaning.heading),
          h('dd', { class: 'ml-4' }, meaning.text),
        ]),
      ),
    entry &&
      entry.meanings.length > 1 &&
      h(
        'p',
        { class: 'mt-2 text-sm' },
        'One number, more than one meaning: its page tells them apart.',
      ),
    h(
      'table',
      { class: 'mt-4 text-sm' },
      h('caption', { class: 'text-left font-semibold' }, 'Forms'),
      h(
        'tbody',
        {},
        ...answer.rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', class: 'pr-4 text-left font-normal' }, row.label),
            h('td', {}, h('code', {}, row.value)),
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'mt-4 text-sm' },
      h('caption', { class: 'text-left font-semibold' }, `Parts of the HRESULT ${answer.hresult}`),
      h(
        'tbody',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row', class: 'pr-4 text-left font-normal' }, 'Severity (top bit)'),
          h('td', {}, parts.severity === 1 ? '1: failure' : '0: success'),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row', class: 'pr-4 text-left font-normal' }, 'Facility'),
          h(
            'td',
            {},
            parts.facilityName
              ? `${parts.facility}: ${parts.facilityName}`
              : String(parts.facility),
          ),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row', class: 'pr-4 text-left font-normal' }, 'Code (low 16 bits)'),
          h('td', {}, `${hexOf(parts.code)} = ${parts.code}`),
        ),
      ),
    ),
  );
}

class ErrorDecoder extends HTMLElement {
  private catalogue: Promise<ErrorCatalogue> | undefined;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="code"]')!;
    const answerBox = this.querySelector<HTMLElement>('[data-answer]')!;

    const show = async (typed: string) => {
      let catalogue: ErrorCatalogue;
      try {
        catalogue = await this.loadCatalogue();
      } catch {
        answerBox.replaceChildren(
          h(
            'p',
            { 'data-problem': '' },
            'The list of error codes could not be loaded. Check the connection and press Decode again.',
          ),
        );
        return;
      }
      const answer = decodeErrorCode(typed, catalogue);
      answerBox.replaceChildren(...(answer.status === 'empty' ? [] : [render(answer)]));
    };

    const typed = new URLSearchParams(location.search).get('code');
    if (typed !== null) {
      // maxlength binds typing only; a value from the address is cut to the same length.
      input.value = typed.slice(0, input.maxLength);
      void show(input.value);
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const code = input.value.trim();
      history.replaceState(
        null,
        '',
        code ? `${location.pathname}?code=${encodeURIComponent(code)}` : location.pathname,
      );
      void show(code);
    });
  }

  /** Fetched on the first decode, never with the page; a failure is forgotten so the next try fetches again. */
  private async loadCatalogue(): Promise<ErrorCatalogue> {
    this.catalogue ??= fetch(this.dataset.catalogue!).then((response) => {
      if (!response.ok) throw new Error(`${this.dataset.catalogue}: ${response.status}`);
      return response.json() as Promise<ErrorCatalogue>;
    });
    try {
      return await this.catalogue;
    } catch (error) {
      this.catalogue = undefined;
      throw error;
    }
  }
}

customElements.define('error-decoder', ErrorDecoder);
