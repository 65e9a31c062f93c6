import { describe, expect, it } from 'vitest';
import { inList } from '../../electron/main/db/in-list';

describe('IN lists', () => {
  it('pads to the next power of two with the first value, so a growing list reuses few statements', () => {
    expect(inList(['a'])).toEqual({ placeholders: '?', params: ['a'] });
    expect(inList(['a', 'b', 'c'])).toEqual({ placeholders: '?,?,?,?', params: ['a', 'b', 'c', 'a'] });
    const texts = new Set(Array.from({ length: 500 }, (_, i) => inList(Array.from({ length: i + 1 }, (__, j) => j)).placeholders));
    expect(texts.size).toBe(10); // 1, 2, 4, … 512
    expect(inList(Array.from({ length: 500 }, (_, j) => j)).params).toHaveLength(512);
  });

  it('refuses an empty list (IN () is not SQL)', () => {
    expect(() => inList([])).toThrow(/at least one/);
  });
});
