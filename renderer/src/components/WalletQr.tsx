import { Stack, Text, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { qrShape } from './qr-matrix';

type Props = {
  /** The canonical address (12 symbols): what the QR code encodes. */
  address: string;
  /** "XXXX-XXXX-XXXX": printed under the code and read out by screen readers. */
  addressText: string;
  /** Side in CSS pixels. */
  size?: number;
  /** Leave the text line out (the page shows it elsewhere). */
  hideText?: boolean;
};

/**
 * A wallet address as a QR code a till can scan, drawn as SVG rects from `qrcode`'s matrix.
 * Always dark on light, whatever the colour scheme (scanners expect it), in the theme's own
 * black and white; the image is named by the address in text.
 */
export function WalletQr({ address, addressText, size = 192, hideText }: Props) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const shape = useMemo(() => qrShape(address), [address]);
  return (
    <Stack gap={6} align="center">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-label={t('cards:kit.qr.label', { address: addressText })}
        width={size}
        height={size}
        viewBox={`0 0 ${shape.side} ${shape.side}`}
        shapeRendering="crispEdges"
        data-testid="wallet-qr"
      >
        <rect x={0} y={0} width={shape.side} height={shape.side} fill={theme.white} />
        {shape.runs.map((run) => (
          <rect key={`${run.y}:${run.x}`} x={run.x} y={run.y} width={run.width} height={1} fill={theme.black} />
        ))}
      </svg>
      {hideText === true ? null : (
        <Text ff="monospace" fw={600} size="lg" data-testid="wallet-address">
          {addressText}
        </Text>
      )}
    </Stack>
  );
}
