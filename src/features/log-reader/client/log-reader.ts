/**
 * The log reader on its page: a file input, a drop zone and a paste box in, the report out. The
 * worker starts only when there is something to read; the report is built with DOM calls and
 * text nodes only, since a log is hostile input.
 */
import { MAX_LOG_BYTES } from '../limits';
import type { ReaderMessage, ReaderRequest } from './log-reader.worker';
// dom.ts is shared with the report, so this script stays a file: Astro inlines a script that
// imports nothing, and the budgets allow no inline script but the starter.
import { h } from '../../../site/client/dom';
import type { LogReport } from './log-report';

/**
 * A paste longer than this (in characters) is read at once and never enters the box: a textarea
 * holding megabytes took 0.1 to 0.5 s to empty and slowed every click while it held them.
 */
const BOX_PASTE_LIMIT = 256 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

class LogReader extends HTMLElement {
  private worker: Worker | undefined;
  private busy = false;
  /** How many logs have been given or refused: a report shows only if none came after its own. */
  private reads = 0;
  private status!: HTMLElement;
  private progress!: HTMLProgressElement;
  private output!: LogReport;
  private currentName = '';
  private pasteBox!: HTMLTextAreaElement;
  /** The text of the paste being read, which left the box: put back if the reader cannot start. */
  private pasted: string | undefined;

  connectedCallback() {
    this.status = this.querySelector('[data-status]')!;
    this.progress = this.querySelector('progress')!;
    this.output = this.querySelector('[data-report]')!;
    const input = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    const drop = this.querySelector<HTMLElement>('[data-drop]')!;
    const paste = this.querySelector<HTMLFormElement>('[data-paste]')!;
    this.pasteBox = paste.querySelector('textarea')!;

    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) this.readFile(file);
    });
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.dataset.over = '';
    });
    drop.addEventListener('dragleave', () => delete drop.dataset.over);
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      delete drop.dataset.over;
      const file = event.dataTransfer?.files[0];
      if (file) this.readFile(file);
    });
    this.pasteBox.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length <= BOX_PASTE_LIMIT) return;
      event.preventDefault();
      this.readPaste(text);
    });
    paste.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.pasteBox.value;
      if (text.trim() === '') {
        this.say('The paste box is empty: paste the text of a log first.');
        return;
      }
      this.readPaste(text);
    });
    this.querySelector('[data-sample]')!.addEventListener('click', async () => {
      const url = this.dataset.sample!;
      this.say('Loading the sample log…');
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(String(response.status));
        this.readFile(new File([await response.blob()], url.split('/').pop()!));
      } catch {
        this.say('The sample could not be loaded. Check the connection and try again.');
      }
    });
  }

  /** Reads pasted text in the worker and empties the box, which a big text slowed (0.9 s a click for 5 MB). */
  private readPaste(text: string) {
    this.start('the pasted log', { text, knowledgeUrl: this.dataset.knowledge! });
    this.pasteBox.value = '';
    this.pasted = text;
  }

  private readFile(file: File) {
    if (file.size > MAX_LOG_BYTES) {
      this.fail(
        `“${file.name}” is ${mb(file.size)}, more than the 100 MB the reader accepts. No setup log comes near that size: check that you picked a log.`,
      );
      return;
    }
    this.start(`“${file.name}”`, {
      file,
      name: file.webkitRelativePath || file.name,
      knowledgeUrl: this.dataset.knowledge!,
    });
  }

  private say(text: string) {
    this.status.textContent = text;
  }

  private start(name: string, request: ReaderRequest) {
    // A new file replaces one still being read: that worker stops where it is. An idle worker is
    // kept, with the code list it fetched, so the next log is read even without a connection.
    if (this.busy) {
      this.worker?.terminate();
      this.worker = undefined;
    }
    this.worker ??= this.startWorker();
    this.loadRenderer();
    this.reads++;
    this.busy = true;
    this.pasted = undefined;
    this.currentName = name;
    this.output.replaceChildren();
    this.say(`Reading ${name}…`);
    this.progress.hidden = false;
    this.progress.removeAttribute('value');
    this.worker.postMessage(request);
  }

  /**
   * The report's renderer comes with the first log, beside the worker: its script waits in a
   * <template>, where it does not run, and a clone of it does (as the starter loads search).
   */
  private loadRenderer() {
    const template = document.querySelector<HTMLTemplateElement>('template[data-report-script]');
    if (!template) return;
    template.remove();
    const script = (template.content.cloneNode(true) as DocumentFragment).querySelector('script')!;
    script.addEventListener('error', () => {
      // The template goes back, so that the next log tries again (once the connection is back).
      script.remove();
      this.after(template);
      this.couldNotStart();
    });
    document.body.append(script);
  }

  private couldNotStart() {
    if (this.pasted !== undefined) this.pasteBox.value = this.pasted;
    this.fail('The reader could not start. If you are offline, reconnect and try again.');
  }

  private startWorker() {
    const worker = new Worker(new URL('./log-reader.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<ReaderMessage>) =>
      this.receive(event.data),
    );
    worker.addEventListener('error', () => {
      this.worker = undefined;
      this.couldNotStart();
    });
    return worker;
  }

  private receive(message: ReaderMessage) {
    if ('progress' in message) {
      this.progress.max = message.total;
      this.progress.value = message.progress;
      this.say(`Reading ${this.currentName}: ${mb(message.progress)} of ${mb(message.total)}…`);
      return;
    }
    this.progress.hidden = true;
    this.busy = false;
    if ('failed' in message) {
      this.fail(message.failed);
      return;
    }
    const { report } = message;
    const read = this.reads;
    const emptied =
      this.pasted !== undefined ? ' The pasted text was read and the box emptied.' : '';
    this.pasted = undefined;
    void customElements.whenDefined('log-report').then(() => {
      // A log given while the renderer was still loading has replaced this one.
      if (read !== this.reads) return;
      this.output.show(report, this.currentName);
      this.say(`Done. ${report.headline}${emptied}`);
    });
  }

  private fail(text: string) {
    // What failed replaces any read still going and any report still waiting for its renderer.
    if (this.busy) {
      this.worker?.terminate();
      this.worker = undefined;
    }
    this.reads++;
    this.progress.hidden = true;
    this.busy = false;
    this.output.replaceChildren(
      h(
        'p',
        {
          role: 'alert',
          class:
            'rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100',
          'data-error': '',
        },
        text,
      ),
    );
    this.say(text);
  }
}

customElements.define('log-reader', LogReader);
