import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck, IconRefresh } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { toClientError } from '../../lib/error-message';
import type { ClientError } from '../../api/client';
import { useSessionStore } from '../../stores/session.store';
import { AddStaffDialog } from './AddStaffDialog';
import { ResetSecretDialog } from './ResetSecretDialog';
import { RoleDialog } from './RoleDialog';
import { loadStaff, setStaffDisabled } from './staff-admin.actions';
import { useStaffAdminStore } from './staff-admin.store';
import type { StaffMember, StaffNotice } from './staff-admin.store';
import { StaffTable } from './StaffTable';

function NoticeLine({ notice }: { notice: StaffNotice }) {
  const { t } = useTranslation();
  const name = notice.member.displayName;
  const role = t(`staffAdmin:roles.${notice.member.role}`);
  return (
    <Alert color="green" icon={<IconCheck />} role="status" data-testid="staff-notice">
      {t(`staffAdmin:done.${notice.kind}`, { name, role })}
    </Alert>
  );
}

/** Staff (managers and owners): the list, add, disable or enable, reset a secret, change a role. */
export function StaffAdminScreen() {
  const { t } = useTranslation();
  const { staff, loading, error, notice } = useStaffAdminStore();
  const me = useSessionStore((state) => state.staff);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [roleOf, setRoleOf] = useState<StaffMember | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ClientError | null>(null);

  useEffect(() => {
    void loadStaff(api);
    return () => useStaffAdminStore.getState().clearNotice();
  }, []);

  const toggle = async (member: StaffMember) => {
    setBusyId(member.id);
    setActionError(null);
    try {
      await setStaffDisabled(api, member, !member.disabled);
    } catch (caught) {
      setActionError(toClientError(caught));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle title={t('staffAdmin:title')} subtitle={t('staffAdmin:subtitle')} />
      <Group>
        <Button onClick={() => setAdding(true)}>{t('staffAdmin:add')}</Button>
        <Button variant="default" leftSection={<IconRefresh size={18} />} loading={loading} onClick={() => void loadStaff(api)}>
          {t('staffAdmin:refresh')}
        </Button>
      </Group>
      {notice === null ? null : <NoticeLine notice={notice} />}
      {actionError === null ? null : <ErrorAlert error={actionError} />}
      {error === null ? null : <ErrorAlert error={error} />}
      {staff === null ? (
        loading ? <Loader aria-label={t('common:loading')} /> : null
      ) : staff.length === 0 ? (
        <Text c="dimmed">{t('staffAdmin:empty')}</Text>
      ) : (
        <StaffTable
          staff={staff}
          me={me}
          nowMs={Date.now()}
          busyId={busyId}
          onToggle={(member) => void toggle(member)}
          onReset={setResetting}
          onRole={setRoleOf}
        />
      )}
      <AddStaffDialog opened={adding} onClose={() => setAdding(false)} canAddManagers={me?.role === 'owner'} />
      <ResetSecretDialog target={resetting} onClose={() => setResetting(null)} />
      <RoleDialog target={roleOf} onClose={() => setRoleOf(null)} />
    </Stack>
  );
}
