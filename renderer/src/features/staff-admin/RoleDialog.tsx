import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Role } from '../../../../shared/domain/roles';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { useSubmission } from '../../lib/use-submission';
import { changeRole } from './staff-admin.actions';
import type { StaffMember } from './staff-admin.store';

type Props = { target: StaffMember | null; onClose: () => void };

/** The owner picks another member's role (main refuses their own). */
export function RoleDialog({ target, onClose }: Props) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role | null>(null);
  const { busy, error, run } = useSubmission();
  const chosen = role ?? target?.role ?? 'cashier';
  const close = () => {
    setRole(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || target === null) return;
    let done = false;
    await run(async () => {
      await changeRole(api, target, chosen);
      done = true;
    });
    if (done) close();
  };

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t('staffAdmin:roleDialog.title', { name: target?.displayName ?? '' })}
      closeButtonProps={{ 'aria-label': t('staffAdmin:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <LabelledSegmented<Role>
            label={t('staffAdmin:fields.role')}
            value={chosen}
            onChange={setRole}
            data={[
              { value: 'cashier', label: t('staffAdmin:roles.cashier') },
              { value: 'manager', label: t('staffAdmin:roles.manager') },
              { value: 'owner', label: t('staffAdmin:roles.owner') },
            ]}
          />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('staffAdmin:cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('staffAdmin:roleDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
