/**
 * The items before and after the one with `id` in an ordered list (for previous/next links).
 * @example neighbours([{ id: 'a' }, { id: 'b' }], 'a') // { previous: undefined, next: { id: 'b' } }
 */
export function neighbours<T extends { id: string }>(items: readonly T[], id: string): { previous: T | undefined; next: T | undefined } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: items[index - 1], next: items[index + 1] };
}
