/**
 * Calls `onQuery` shortly after the visitor stops typing, never in the middle of an IME
 * composition (pinyin is not a query until the characters are chosen); `onTyping` at once, to
 * start loading what the search will need; `onPause` halfway through the wait, to run the search
 * ahead (ahead.ts) so that its fragments arrive during the wait.
 */
export function onQueryInput(input: HTMLInputElement, onQuery: (query: string) => void, onTyping: (query: string) => void = () => undefined, onPause: (query: string) => void = () => undefined, delay = 120): void {
  let composing = false;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const stop = () => timers.forEach((timer) => clearTimeout(timer));
  const schedule = () => {
    const query = input.value.trim();
    onTyping(query);
    stop();
    timers = [setTimeout(() => onPause(query), delay / 2), setTimeout(() => onQuery(input.value.trim()), delay)];
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
    stop();
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
