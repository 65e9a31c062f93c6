import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { useSubmission } from '../../lib/use-submission';
import { hasErrors } from '../../lib/validate';
import { addStaff } from './staff-admin.actions';
import { emptyAddForm, toCreateInput, validateAdd } from './staff-forms';
import type { AddStaffForm, FormErrors } from './staff-forms';
import { SecretFields } from './SecretFields';
import { staffFieldError } from './staff-field-error';

type Props = { opened: boolean; onClose: () => void; canAddManagers: boolean };

/** A new cashier (or, for the owner, a manager): name, code, role and first secret. */
export function AddStaffDialog({ opened, onClose, canAddManagers }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<AddStaffForm>(emptyAddForm);
  const [errors, setErrors] = useState<FormErrors<AddStaffForm>>({});
  const { busy, error, run } = useSubmission();
  const update = (patch: Partial<AddStaffForm>) => setForm((prev) => ({ ...prev, ...patch }));
  const close = () => {
    setForm(emptyAddForm());
    setErrors({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateAdd(form);
    setErrors(found);
    if (hasErrors(found)) return;
    let added = false;
    await run(async () => {
      await addStaff(api, toCreateInput(form));
      added = true;
    });
    if (added) close();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('staffAdmin:addDialog.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('staffAdmin:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('staffAdmin:fields.name')}
            value={form.displayName}
            onChange={(event) => update({ displayName: event.currentTarget.value })}
            error={staffFieldError(t, errors.displayName)}
            autoComplete="off"
            data-autofocus
            required
          />
          <TextInput
            label={t('staffAdmin:fields.staffCode')}
            description={t('staffAdmin:fields.staffCodeHint')}
            value={form.staffCode}
            onChange={(event) => update({ staffCode: event.currentTarget.value })}
            error={staffFieldError(t, errors.staffCode)}
            autoComplete="off"
            spellCheck={false}
            required
          />
          {canAddManagers ? (
            <LabelledSegmented<AddStaffForm['role']>
              label={t('staffAdmin:fields.role')}
              value={form.role}
              onChange={(role) => update({ role })}
              data={[
                { value: 'cashier', label: t('staffAdmin:roles.cashier') },
                { value: 'manager', label: t('staffAdmin:roles.manager') },
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('staffAdmin:addDialog.ownerOnlyManagers')}
            </Text>
          )}
          <SecretFields form={form} errors={errors} update={update} />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('staffAdmin:cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('staffAdmin:addDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
