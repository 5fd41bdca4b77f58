/**
 * The log reader on its page: a file input, a drop zone and a paste box in, the report out. The
 * worker starts only when there is something to read; the report is built with DOM calls and
 * text nodes only, since a log is hostile input.
 */
import { MAX_LOG_BYTES } from '../lib/setup-log/limits';
import type { ReaderMessage, ReaderRequest } from './log-reader.worker';
import { renderReport } from './log-report';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

class LogReader extends HTMLElement {
  private worker: Worker | undefined;
  private busy = false;
  private status!: HTMLElement;
  private progress!: HTMLProgressElement;
  private output!: HTMLElement;
  private currentName = '';

  connectedCallback() {
    this.status = this.querySelector('[data-status]')!;
    this.progress = this.querySelector('progress')!;
    this.output = this.querySelector('[data-report]')!;
    const input = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    const drop = this.querySelector<HTMLElement>('[data-drop]')!;
    const paste = this.querySelector<HTMLFormElement>('[data-paste]')!;

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
    paste.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = paste.querySelector('textarea')!.value;
      if (text.trim() === '') {
        this.say('The paste box is empty: paste the text of a log first.');
        return;
      }
      this.start('the pasted log', { text, knowledgeUrl: this.dataset.knowledge! });
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

  private readFile(file: File) {
    if (file.size > MAX_LOG_BYTES) {
      this.fail(`“${file.name}” is ${mb(file.size)}, more than the 100 MB the reader accepts. No setup log comes near that size: check that you picked a log.`);
      return;
    }
    this.start(`“${file.name}”`, { file, name: file.webkitRelativePath || file.name, knowledgeUrl: this.dataset.knowledge! });
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
    this.busy = true;
    this.currentName = name;
    this.output.replaceChildren();
    this.say(`Reading ${name}…`);
    this.progress.hidden = false;
    this.progress.removeAttribute('value');
    this.worker.postMessage(request);
  }

  private startWorker() {
    const worker = new Worker(new URL('./log-reader.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ReaderMessage>) => this.receive(event.data));
    worker.addEventListener('error', () => {
      this.worker = undefined;
      this.fail('The reader could not start. If you are offline, reconnect and try again.');
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
    this.output.replaceChildren(...renderReport(message.report, this.currentName));
    this.say(`Done. ${message.report.headline}`);
  }

  private fail(text: string) {
    this.progress.hidden = true;
    this.busy = false;
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.className = 'rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100';
    alert.dataset.error = '';
    alert.textContent = text;
    this.output.replaceChildren(alert);
    this.say(text);
  }
}

customElements.define('log-reader', LogReader);
