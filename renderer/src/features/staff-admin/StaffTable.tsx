import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SEMANTIC } from '../../app/theme';
import { formatTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import type { SessionStaff } from '../../stores/session.store';
import type { StaffMember } from './staff-admin.store';
import { mayChangeRole, mayManage } from './staff-forms';

type Props = {
  staff: readonly StaffMember[];
  me: SessionStaff | null;
  nowMs: number;
  busyId: string | null;
  onToggle: (member: StaffMember) => void;
  onReset: (member: StaffMember) => void;
  onRole: (member: StaffMember) => void;
};

function StatusCell({ member, nowMs }: { member: StaffMember; nowMs: number }) {
  const { t, i18n } = useTranslation();
  if (member.disabled) {
    return <Badge color={SEMANTIC.danger} variant="light" tt="none">{t('staffAdmin:status.disabled')}</Badge>;
  }
  if (member.lockedUntilMs !== null && member.lockedUntilMs > nowMs) {
    const time = formatTime(member.lockedUntilMs, currentLocale(i18n));
    return <Badge color={SEMANTIC.warning} variant="light" tt="none">{t('staffAdmin:status.locked', { time })}</Badge>;
  }
  return <Badge color={SEMANTIC.success} variant="light" tt="none">{t('staffAdmin:status.active')}</Badge>;
}

/** One row per member with the actions the signed-in role may take on them (main checks again). */
export function StaffTable({ staff, me, nowMs, busyId, onToggle, onReset, onRole }: Props) {
  const { t } = useTranslation();
  const meRef = me === null ? null : { id: me.id, role: me.role };
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="staff-table">
      <Table.Caption>{t('staffAdmin:table.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('staffAdmin:table.name')}</Table.Th>
          <Table.Th scope="col">{t('staffAdmin:table.code')}</Table.Th>
          <Table.Th scope="col">{t('staffAdmin:table.role')}</Table.Th>
          <Table.Th scope="col">{t('staffAdmin:table.status')}</Table.Th>
          <Table.Th scope="col">{t('staffAdmin:table.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {staff.map((member) => {
          const name = member.displayName;
          const manage = mayManage(meRef, member);
          return (
            <Table.Tr key={member.id} data-testid={`staff-row-${member.staffCode}`}>
              <Table.Th scope="row" fw={500}>
                {name}
                {me?.id === member.id ? (
                  <Text span c="dimmed" size="sm">
                    {' '}({t('staffAdmin:you')})
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td ff="monospace">{member.staffCode}</Table.Td>
              <Table.Td>{t(`staffAdmin:roles.${member.role}`)}</Table.Td>
              <Table.Td>
                <StatusCell member={member} nowMs={nowMs} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {manage ? (
                    <Button
                      size="xs"
                      variant="light"
                      color={member.disabled ? SEMANTIC.success : SEMANTIC.danger}
                      loading={busyId === member.id}
                      aria-label={t(member.disabled ? 'staffAdmin:actions.enable' : 'staffAdmin:actions.disable', { name })}
                      onClick={() => onToggle(member)}
                    >
                      {t(member.disabled ? 'staffAdmin:actions.enableShort' : 'staffAdmin:actions.disableShort')}
                    </Button>
                  ) : null}
                  {manage ? (
                    <Button size="xs" variant="light" aria-label={t('staffAdmin:actions.resetSecret', { name })} onClick={() => onReset(member)}>
                      {t('staffAdmin:actions.resetShort')}
                    </Button>
                  ) : null}
                  {mayChangeRole(meRef, member) ? (
                    <Button size="xs" variant="light" aria-label={t('staffAdmin:actions.changeRole', { name })} onClick={() => onRole(member)}>
                      {t('staffAdmin:actions.roleShort')}
                    </Button>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
