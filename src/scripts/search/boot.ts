/**
 * Loaded with every page and kept tiny: wires the shortcuts, and only on first focus or
 * keystroke fetches the search box code (which in turn loads Pagefind).
 */
const boxes = [...document.querySelectorAll<HTMLElement>('[data-search-box]')];

let preloaded = false;

/**
 * What the box's code loads first once it runs, asked for beside that code instead of after it:
 * Pagefind's client and this language's search data (a first query then waits one round trip
 * less). The data is preloaded as a CORS fetch in the same credentials mode as the engine's own
 * fetch(): a preload of another kind or mode would be downloaded twice.
 */
function preloadSearch(box: HTMLElement): void {
  if (preloaded) return;
  preloaded = true;
  const folder = `${box.dataset['base'] ?? '/'}pagefind/`;
  const data = `help-${box.dataset['lang'] === 'en' ? 'en' : 'zh'}.bin`;
  document.head.insertAdjacentHTML('beforeend', `<link rel="modulepreload" href="${folder}pagefind.js"><link rel="preload" as="fetch" crossorigin href="${folder}${data}">`);
}

function activate(box: HTMLElement): void {
  if (box.dataset['ready']) return;
  box.dataset['ready'] = 'loading';
  preloadSearch(box);
  void import('./box').then(({ enhanceSearchBox }) => enhanceSearchBox(box));
}

for (const box of boxes) {
  const input = box.querySelector('input');
  input?.addEventListener('focus', () => activate(box), { once: true });
  input?.addEventListener('keydown', () => activate(box), { once: true });
  // This script arrives after the first paint: the visitor may already be in the box, typing.
  if (input && (input === document.activeElement || input.value.trim())) activate(box);
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !commandK) return;
  // The search page's own box, else the home page's large one, else the one in the header.
  const input = (document.querySelector<HTMLElement>('[data-search-page]') ?? boxes.at(-1))?.querySelector('input');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
