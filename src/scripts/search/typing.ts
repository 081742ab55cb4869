/**
 * Calls `onQuery` shortly after the visitor stops typing, never in the middle of an IME
 * composition (pinyin is not a query until the characters are chosen); `onTyping` at once, to
 * start loading what the search will need.
 */
export function onQueryInput(input: HTMLInputElement, onQuery: (query: string) => void, onTyping: (query: string) => void = () => undefined, delay = 120): void {
  let composing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    onTyping(input.value.trim());
    clearTimeout(timer);
    timer = setTimeout(() => onQuery(input.value.trim()), delay);
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(timer);
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    schedule();
  });
}

/** Records how long a query took, rendering included, for `npm run bench:search`. */
export function recordTiming(query: string, start: number): void {
  performance.measure('help-search', { start, end: performance.now(), detail: query });
}
