import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';

/**
 * "DEMO" in the status bar of a demo shop (issue 9 §7), so its made-up sales are never taken for
 * a real shop's. The flag is main's (system.status, from the ledger's chained merchant facts).
 */
export function DemoBadge() {
  const { t } = useTranslation();
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let live = true;
    api
      .call('system.status', {})
      .then((status) => {
        if (live) setDemo(status.demo === true);
      })
      .catch(() => undefined); // the status bar goes on without the badge
    return () => {
      live = false;
    };
  }, []);
  if (!demo) return null;
  return (
    <Badge color={SEMANTIC.warning} variant="light" size="lg" title={t('demo:badgeHint')} data-testid="demo-badge">
      {t('demo:badge')}
    </Badge>
  );
}
