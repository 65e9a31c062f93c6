import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { buildTheme, cssVariablesResolver, fontStack } from '../../renderer/src/app/theme';

const CJK = ['"Noto Sans CJK SC"', '"PingFang SC"', '"Microsoft YaHei"'];

/** WCAG relative luminance and contrast of two #rrggbb colours. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme', () => {
  it('names a CJK font of every platform in both stacks, first in Chinese', () => {
    for (const locale of ['en', 'zh-CN']) {
      const family = buildTheme('comfortable', locale).fontFamily ?? '';
      for (const font of CJK) expect(family).toContain(font);
      expect(family.endsWith('sans-serif')).toBe(true);
    }
    expect(fontStack('zh-CN').startsWith('"Noto Sans CJK SC"')).toBe(true);
    expect(fontStack('en').startsWith('system-ui')).toBe(true);
  });

  it('secondary and error text reach WCAG AA (4.5:1) on the page in both schemes', () => {
    const theme = mergeMantineTheme(DEFAULT_THEME, buildTheme('comfortable', 'en'));
    const vars = cssVariablesResolver(theme);
    const white = '#ffffff';
    const darkBody = theme.colors.dark[7] ?? '';
    expect(contrast(vars.light['--mantine-color-dimmed'] ?? '', white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(vars.light['--mantine-color-error'] ?? '', white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(vars.dark['--mantine-color-dimmed'] ?? '', darkBody)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(vars.dark['--mantine-color-error'] ?? '', darkBody)).toBeGreaterThanOrEqual(4.5);
    // Mantine's own defaults fail, which is why the resolver exists
    expect(contrast(theme.colors.gray[6] ?? '', white)).toBeLessThan(4.5);
  });
});
