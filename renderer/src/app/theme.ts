import {
  ActionIcon,
  Button,
  createTheme,
  darken,
  NativeSelect,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  TextInput,
} from '@mantine/core';
import type { CSSVariablesResolver, MantineThemeOverride } from '@mantine/core';

import type { Density } from '../stores/settings.store';

/** Semantic colours: one meaning each, always paired with an icon and text. */
export const SEMANTIC = { success: 'green', warning: 'orange', danger: 'red' } as const;

/**
 * Latin UI fonts first, then a CJK font on every platform (Linux: Debian's fonts-noto-cjk;
 * macOS: PingFang; Windows: Microsoft YaHei), so Chinese never falls back to empty boxes.
 */
const LATIN_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans"';
const CJK_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"';

/**
 * The UI font stack. In Chinese the CJK fonts come first, so punctuation and digits match the
 * Chinese text around them; otherwise they follow the Latin UI fonts for Chinese names.
 */
export function fontStack(locale: string): string {
  return locale.startsWith('zh') ? `${CJK_FONTS}, ${LATIN_FONTS}, sans-serif` : `${LATIN_FONTS}, ${CJK_FONTS}, sans-serif`;
}

/** Colours whose "light" variant (tinted badge or alert) carries text somewhere in the app. */
const TINTED = ['green', 'red', 'orange', 'indigo', 'blue', 'gray'] as const;

/**
 * WCAG AA (4.5:1) for secondary text in both schemes: Mantine's defaults for dimmed text
 * (gray-6 / dark-2), field errors (red-6 / red-8) and text on light-variant tints measure
 * 2.7–4.0:1 under axe-core. Light: darker text; dark: lighter text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057',
    '--mantine-color-error': theme.colors.red[9] ?? '#c92a2a',
    '--mantine-color-placeholder': theme.colors.gray[6] ?? '#868e96',
  };
  for (const name of TINTED) {
    light[`--mantine-color-${name}-light-color`] = darken(theme.colors[name]?.[9] ?? '#000000', 0.3);
  }
  return {
    variables: {},
    light,
    dark: {
      '--mantine-color-dimmed': theme.colors.dark[1] ?? '#b8b8b8',
      '--mantine-color-error': theme.colors.red[4] ?? '#ff8787',
      '--mantine-color-placeholder': theme.colors.dark[2] ?? '#828282',
    },
  };
};

/**
 * One primary colour (indigo, shade 7/8 so white text on it passes WCAG AA). "large" density
 * raises every control to Mantine's lg size (50 px high, over the 48 px touch target).
 */
export function buildTheme(density: Density, locale: string): MantineThemeOverride {
  const size = density === 'large' ? 'lg' : 'sm';
  const fonts = fontStack(locale);
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 7, dark: 8 },
    fontFamily: fonts,
    headings: { fontFamily: fonts },
    defaultRadius: 'md',
    focusRing: 'auto',
    cursorType: 'pointer',
    components: {
      Button: Button.extend({ defaultProps: { size } }),
      ActionIcon: ActionIcon.extend({ defaultProps: { size: `input-${size}` } }),
      TextInput: TextInput.extend({ defaultProps: { size } }),
      PasswordInput: PasswordInput.extend({ defaultProps: { size } }),
      NativeSelect: NativeSelect.extend({ defaultProps: { size } }),
      NumberInput: NumberInput.extend({ defaultProps: { size } }),
      SegmentedControl: SegmentedControl.extend({ defaultProps: { size } }),
    },
    other: { density },
  });
}
