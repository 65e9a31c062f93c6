import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { IconAlert } from '../components/Icons';

function Fallback({ name, onReload }: { name: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" icon={<IconAlert />} title={t('common:boundary.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('common:boundary.body')}</Text>
          <Text size="xs" c="dimmed">
            {t('common:boundary.details', { name })}
          </Text>
          <Button onClick={onReload} w="fit-content">
            {t('common:actions.reload')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}

type Props = { children: ReactNode };
type State = { error: Error | null };

/** Catches render errors so one broken screen never blanks the till. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return <Fallback name={this.state.error.name} onReload={() => window.location.reload()} />;
  }
}
