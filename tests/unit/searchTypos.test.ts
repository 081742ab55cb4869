import { describe, expect, it } from 'vitest';
import { correction, distance } from '../../src/scripts/search/typos';

describe('typos', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(distance('termnial', 'terminal', 2)).toBe(1);
    expect(distance('recieved', 'received', 2)).toBe(1);
    expect(distance('settlment', 'settlement', 2)).toBe(1);
  });

  it('stops early without changing any answer within the limit', () => {
    // The full table, row by row, as a reference.
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const letter = () => 'abcde'[(seed = (seed * 16807) % 2147483647) % 5]!;
    const word = () => Array.from({ length: 3 + (seed % 6) }, letter).join('');
    for (let n = 0; n < 2000; n++) {
      const [a, b, limit] = [word(), word(), 1 + (n % 2)];
      const exact = full(a, b);
      expect(distance(a, b, limit), `${a} ${b}`).toBe(Math.min(exact, limit + 1));
    }
  });

  it('corrects an unknown word to the closest known one, and leaves known or short words alone', () => {
    const known = new Set(['terminal', 'settlement', 'received', 'card']);
    expect(correction('termnial', known)).toBe('terminal');
    expect(correction('terminal', known)).toBeUndefined();
    expect(correction('crad', known)).toBeUndefined();
    expect(correction('qwertyuiop', known)).toBeUndefined();
  });
});
