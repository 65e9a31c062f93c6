import { Badge } from '@mantine/core';

import { SEMANTIC } from '../app/theme';
import { IconAlert, IconCheck } from './Icons';

/** Good/bad with colour, icon and text together (colour is never the only signal). */
export function StatusBadge({ good, label }: { good: boolean; label: string }) {
  return (
    <Badge
      variant="light"
      size="lg"
      color={good ? SEMANTIC.success : SEMANTIC.danger}
      leftSection={good ? <IconCheck size={16} /> : <IconAlert size={16} />}
      tt="none"
    >
      {label}
    </Badge>
  );
}
