import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { updateCustomer } from './customers.actions';
import type { Customer } from './customers.store';
import { formOf, hasCustomerErrors, toUpdateInput, validateCustomer } from './customer-forms';
import type { CustomerErrors, CustomerForm } from './customer-forms';
import { CustomerFields } from './CustomerFields';

type Props = { customer: Customer; opened: boolean; onClose: () => void };

/** Changes a customer's details; an emptied phone, email or note is cleared. */
export function EditCustomerDialog({ customer, opened, onClose }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<CustomerForm>(() => formOf(customer));
  const [errors, setErrors] = useState<CustomerErrors>({});
  const { busy, error, run } = useSubmission();
  const update = (patch: Partial<CustomerForm>) => setForm((prev) => ({ ...prev, ...patch }));
  const close = () => {
    setForm(formOf(customer));
    setErrors({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateCustomer(form);
    setErrors(found);
    if (hasCustomerErrors(found)) return;
    const input = toUpdateInput(customer, form);
    if (input === null) {
      onClose();
      return;
    }
    let done = false;
    await run(async () => {
      await updateCustomer(api, input);
      done = true;
    });
    if (done) onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('customers:edit.title', { name: customer.displayName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('customers:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <CustomerFields form={form} errors={errors} update={update} />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('customers:cancel')}</Button>
            <Button type="submit" loading={busy}>{t('customers:edit.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
