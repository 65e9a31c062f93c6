import { useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';

import { qrShape } from '../../components/qr-matrix';

/** A QR code as SVG rects (no canvas, no inline style: the CSP allows neither), dark on light. */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const theme = useMantineTheme();
  const shape = useMemo(() => qrShape(text), [text]);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${shape.side} ${shape.side}`}
      shapeRendering="crispEdges"
      data-testid="display-qr"
    >
      <rect x={0} y={0} width={shape.side} height={shape.side} fill={theme.white} />
      {shape.runs.map((run) => (
        <rect key={`${run.y}:${run.x}`} x={run.x} y={run.y} width={run.width} height={1} fill={theme.black} />
      ))}
    </svg>
  );
}
