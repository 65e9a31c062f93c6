import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { currencyExponent } from '../../../../shared/domain/currency';
import { formatMoney, minorToDecimalString } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';

export type ChartPoint = { readonly label: string; readonly valueMinor: number };

type Props = {
  /** What the chart shows, for assistive technology (the table under it has the figures). */
  title: string;
  data: readonly ChartPoint[];
  currency: string;
  /** Bars across (time on the x axis) or along (names on the y axis, for tenders and categories). */
  layout: 'columns' | 'rows';
  testId: string;
};

// Colours are the theme's CSS variables (light and dark follow by themselves).
const BAR = 'var(--mantine-primary-color-filled)';
const AXIS = 'var(--mantine-color-dimmed)';
const GRID = 'var(--mantine-color-default-border)';

/** An axis tick in short money ("¥1.2K"), from the integer minor units the core returned. */
function compactMoney(minor: number, currency: string, locale: string): string {
  const exponent = currencyExponent(currency) ?? 2;
  const decimal = minorToDecimalString(Math.round(minor), exponent);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(decimal);
}

function ChartTooltip({ active, payload, currency, locale }: { active?: boolean; payload?: readonly { payload?: ChartPoint }[]; currency: string; locale: string }) {
  const point = payload?.[0]?.payload;
  if (active !== true || point === undefined) return null;
  return (
    <Paper withBorder shadow="sm" p="xs">
      <Text size="sm">{point.label}</Text>
      <Text size="sm" fw={600} className="tb-num">{formatMoney(point.valueMinor, currency, locale)}</Text>
    </Paper>
  );
}

/**
 * One bar chart of amounts (recharts, drawn in the theme's colours). The chart is a picture for
 * the eye: it is an image with a name, and the table beside it carries the figures.
 */
export function ReportChart({ title, data, currency, layout, testId }: Props) {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const tick = { fill: AXIS, fontSize: 12 };
  const money = (value: number) => compactMoney(value, currency, locale);
  const rows = layout === 'rows';
  const height = rows ? Math.max(160, 40 * data.length + 40) : 280;
  return (
    <div role="img" aria-label={title} data-testid={testId} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} layout={rows ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={rows} horizontal={!rows} />
          {rows ? (
            <>
              <XAxis type="number" tick={tick} stroke={GRID} tickFormatter={money} allowDecimals={false} />
              <YAxis type="category" dataKey="label" tick={tick} stroke={GRID} width={120} />
            </>
          ) : (
            <>
              <XAxis type="category" dataKey="label" tick={tick} stroke={GRID} />
              <YAxis type="number" tick={tick} stroke={GRID} tickFormatter={money} allowDecimals={false} width={72} />
            </>
          )}
          <Tooltip cursor={{ fill: GRID, fillOpacity: 0.4 }} content={<ChartTooltip currency={currency} locale={locale} />} />
          <Bar dataKey="valueMinor" fill={BAR} radius={rows ? [0, 4, 4, 0] : [4, 4, 0, 0]} isAnimationActive={false} maxBarSize={48} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
