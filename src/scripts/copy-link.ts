/**
 * <copy-link data-href="/kb/953297/#download">: turns the plain link inside into a button that
 * copies the absolute address, and says "Link copied." in a status region that screen readers
 * announce. Where the clipboard is missing or refused, the plain link stays, showing the address.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const fallback = this.querySelector<HTMLAnchorElement>('a[data-fallback]');
    // Only over https or on localhost; elsewhere the plain link is the way to share.
    if (!navigator.clipboard?.writeText) return;
    button.hidden = false;
    if (fallback) fallback.hidden = true;
    button.addEventListener('click', async () => {
      const url = new URL(this.dataset.href ?? '', location.href).href;
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Link copied.';
      } catch {
        status.textContent = `Copying was refused; the link is ${url}`;
        if (fallback) fallback.hidden = false;
      }
    });
  }
}

customElements.define('copy-link', CopyLink);
