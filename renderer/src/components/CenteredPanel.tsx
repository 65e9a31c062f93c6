import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from './LanguageSwitch';
import { PageTitle } from './PageTitle';

type Props = {
  title: string;
  subtitle?: string;
  width?: number;
  /**
   * The page's `main` landmark (setup, sign-in). Off inside the lock dialog, which covers a
   * frame that already has one.
   */
  landmark?: boolean;
  children: ReactNode;
};

/** The frame of the screens before the app frame: setup and sign-in. */
export function CenteredPanel({ title, subtitle, width = 480, landmark = true, children }: Props) {
  const { t } = useTranslation();
  return (
    <Box component={landmark ? 'main' : 'div'} className="tb-centered">
      <Paper className="tb-centered-panel" withBorder shadow="sm" p="xl" radius="lg" maw={width} w="100%">
        <Stack gap="lg">
          <Group justify="space-between" align="center" wrap="nowrap">
            <Text fw={700} c="indigo" className="tb-wordmark">
              {t('common:appName')}
            </Text>
            <LanguageSwitch />
          </Group>
          <PageTitle title={title} subtitle={subtitle} />
          {children}
        </Stack>
      </Paper>
    </Box>
  );
}
