import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { useSubmission } from '../../lib/use-submission';
import { hasErrors } from '../../lib/validate';
import { resetStaffSecret } from './staff-admin.actions';
import type { StaffMember } from './staff-admin.store';
import { emptyResetForm, toResetRequest, validateReset } from './staff-forms';
import type { FormErrors, ResetForm } from './staff-forms';
import { SecretFields } from './SecretFields';
import { staffFieldError } from './staff-field-error';

type Props = { target: StaffMember | null; onClose: () => void };

/** A new PIN or password for `target`, approved on the spot by a second manager. */
export function ResetSecretDialog({ target, onClose }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ResetForm>(emptyResetForm);
  const [errors, setErrors] = useState<FormErrors<ResetForm>>({});
  const { busy, error, run } = useSubmission();
  const update = (patch: Partial<ResetForm>) => setForm((prev) => ({ ...prev, ...patch }));
  const close = () => {
    setForm(emptyResetForm());
    setErrors({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || target === null) return;
    const found = validateReset(form, target);
    setErrors(found);
    if (hasErrors(found)) return;
    let done = false;
    await run(async () => {
      await resetStaffSecret(api, target, toResetRequest(form));
      done = true;
    });
    // a refused approval is used up: the approver types again
    if (done) close();
    else update({ managerSecret: '' });
  };

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t('staffAdmin:resetDialog.title', { name: target?.displayName ?? '' })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('staffAdmin:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <SecretFields form={form} errors={errors} update={update} />
          <Text size="sm" c="dimmed">
            {t('staffAdmin:fields.approvalHint')}
          </Text>
          <TextInput
            label={t('staffAdmin:fields.approverCode')}
            value={form.managerCode}
            onChange={(event) => update({ managerCode: event.currentTarget.value })}
            error={staffFieldError(t, errors.managerCode)}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <SecretInput
            label={t('staffAdmin:fields.approverSecret')}
            value={form.managerSecret}
            onChange={(event) => update({ managerSecret: event.currentTarget.value })}
            error={staffFieldError(t, errors.managerSecret)}
            autoComplete="off"
            required
          />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('staffAdmin:cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('staffAdmin:resetDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
