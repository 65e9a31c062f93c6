import { Paper, Stack, Text, Title } from '@mantine/core';
import type { MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** A dimmed line under the title. */
  hint?: string;
  /** Marks the card busy for assistive technology while its content is being worked on. */
  busy?: boolean;
  /** Space between the heading and the blocks below it. */
  gap?: MantineSpacing;
  /** The card's test id (end-to-end tests find and photograph the whole card by it). */
  testId?: string;
  children: ReactNode;
};

/**
 * A titled card: a bordered section with a level-2 heading (Ledger health's detail cards, the
 * groups of Settings).
 */
export function DetailCard({ title, hint, busy, gap = 'sm', testId, children }: Props) {
  const heading = (
    <Title order={2} size="h4">
      {title}
    </Title>
  );
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-busy={busy} data-testid={testId}>
      <Stack gap={gap}>
        {hint === undefined ? (
          heading
        ) : (
          <Stack gap={4}>
            {heading}
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          </Stack>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
