import { errorCodeFromPath } from '../../search/query-from-path';
import { errorCodeToolPath, withoutBase } from '../../../site/routes';
import { h } from '../../../site/client/dom';
import { shortenedForDisplay } from '../../../site/shortened-value';

/** On the 404 page: an address under /errors/ that holds a code in some form gets a link to the decoder. */
class ErrorCodeHint extends HTMLElement {
  connectedCallback() {
    const code = errorCodeFromPath(withoutBase(location.pathname));
    if (code === null) return;
    const shown = shortenedForDisplay(code);
    this.replaceChildren(
      h(
        'p',
        // A value typed in the address may be one unbroken run of any length.
        { class: 'wrap-anywhere' },
        `“${shown}” looks like an error code. `,
        h('a', { href: errorCodeToolPath(code) }, `Decode ${shown}`),
        ' to see all its forms and parts, and its page if this site explains it.',
      ),
    );
    this.hidden = false;
  }
}

customElements.define('error-code-hint', ErrorCodeHint);
