import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export type DetailRow = { readonly label: string; readonly value: ReactNode; readonly testId?: string };

/** Label/value pairs as a table with row headers (read in pairs by screen readers). */
export function DetailTable({ rows }: { rows: readonly DetailRow[] }) {
  return (
    <Table verticalSpacing="sm" withRowBorders>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" fw={500} w="45%">
              {row.label}
            </Table.Th>
            <Table.Td className="tb-num" data-testid={row.testId}>
              {row.value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
