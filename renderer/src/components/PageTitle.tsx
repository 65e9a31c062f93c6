import { Stack, Text, Title } from '@mantine/core';

/** A screen's level-1 heading, with an optional dimmed line under it. */
export function PageTitle({ title, subtitle }: { title: string; subtitle?: string | undefined }) {
  return (
    <Stack gap={4}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {subtitle === undefined ? null : <Text c="dimmed">{subtitle}</Text>}
    </Stack>
  );
}
