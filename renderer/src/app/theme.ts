import {
  ActionIcon,
  Button,
  createTheme,
  NativeSelect,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  TextInput,
} from '@mantine/core';
import type { MantineThemeOverride } from '@mantine/core';

import type { Density } from '../stores/settings.store';

/** Semantic colours: one meaning each, always paired with an icon and text. */
export const SEMANTIC = { success: 'green', warning: 'orange', danger: 'red' } as const;

const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * One primary colour (indigo, shade 7/8 so white text on it passes WCAG AA). "large" density
 * raises every control to Mantine's lg size (50 px high, over the 48 px touch target).
 */
export function buildTheme(density: Density): MantineThemeOverride {
  const size = density === 'large' ? 'lg' : 'sm';
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 7, dark: 8 },
    fontFamily: FONT_STACK,
    headings: { fontFamily: FONT_STACK },
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
