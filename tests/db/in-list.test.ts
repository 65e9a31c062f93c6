import { describe, expect, it } from 'vitest';
import { inList, powerOfTwoRuns } from '../../electron/main/db/in-list';

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

describe('power-of-two runs', () => {
  it('cuts rows into runs of 2^k, largest first, every row once and in order', () => {
    const rows = Array.from({ length: 10 }, (_, i) => i);
    expect(powerOfTwoRuns(rows).map((run) => run.length)).toEqual([8, 2]);
    expect(powerOfTwoRuns(rows).flat()).toEqual(rows);
    expect(powerOfTwoRuns(Array.from({ length: 500 }, (_, i) => i)).map((run) => run.length)).toEqual([256, 128, 64, 32, 16, 4]);
    expect(powerOfTwoRuns([])).toEqual([]);
    expect(powerOfTwoRuns([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});
