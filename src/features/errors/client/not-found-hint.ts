import { errorCodeFromPath } from '../../search/query-from-path';
import { errorCodeToolPath, withoutBase } from '../../../site/routes';
import { h } from '../../../site/client/dom';

/** On the 404 page: an address under /errors/ that holds a code in some form gets a link to the decoder. */
class ErrorCodeHint extends HTMLElement {
  connectedCallback() {
    const code = errorCodeFromPath(withoutBase(location.pathname));
    if (code === null) return;
    this.replaceChildren(
      h(
        'p',
        {},
        `“${code}” looks like an error code. `,
        h('a', { href: errorCodeToolPath(code) }, `Decode ${code}`),
        ' to see all its forms and parts, and its page if this site explains it.',
      ),
    );
    this.hidden = false;
  }
}

customElements.define('error-code-hint', ErrorCodeHint);
