import { copyText } from './clipboard';

interface ShareMessages {
  linkCopied: string;
  textCopied: string;
  copyManually: string;
  scanToOpen: string;
}

const dialog = document.querySelector<HTMLDialogElement>('[data-share-dialog]');
const status = document.querySelector<HTMLElement>('[data-share-status]');
const messages = JSON.parse(dialog?.dataset['messages'] ?? '{}') as ShareMessages;
let clearStatus: ReturnType<typeof setTimeout> | undefined;

/** This page's address, without query string, pointing at `anchor` when given. */
function pageUrl(anchor?: string): string {
  const url = new URL(location.pathname, location.href);
  if (anchor) url.hash = anchor;
  return url.href;
}

function announce(message: string): void {
  if (!status) return;
  clearTimeout(clearStatus);
  status.textContent = message;
  clearStatus = setTimeout(() => (status.textContent = ''), 2500);
}

/** The dialog doubles as the QR view and as the manual-copy fallback. */
function openDialog(title: string, note: string, value: string, qrLabel?: string): void {
  if (!dialog) return;
  const field = dialog.querySelector<HTMLTextAreaElement>('[data-share-field]')!;
  const qr = dialog.querySelector<HTMLElement>('[data-share-qr]')!;
  dialog.querySelector('[data-share-dialog-title]')!.textContent = title;
  dialog.querySelector('[data-share-dialog-note]')!.textContent = note;
  field.value = value;
  field.rows = Math.min(12, value.split('\n').length + 1);
  qr.replaceChildren();
  dialog.showModal();
  if (qrLabel) void import('./qr').then(({ renderQr }) => renderQr(qr, value, qrLabel));
  else field.select();
}

async function copyOrShow(text: string, title: string, done: string): Promise<void> {
  if (await copyText(text)) announce(done);
  else openDialog(title, messages.copyManually, text);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-share-action]');
  if (!button) return;
  const label = button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '';
  const url = pageUrl(button.dataset['shareAnchor']);
  const action = button.dataset['shareAction'];
  if (action === 'copy-link') void copyOrShow(url, label, messages.linkCopied);
  if (action === 'copy-text') void copyOrShow((button.dataset['shareText'] ?? '').replace('{url}', pageUrl()), label, messages.textCopied);
  if (action === 'qr') openDialog(label, messages.scanToOpen, url, label);
});
