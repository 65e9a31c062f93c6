import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { createCustomer } from './customers.actions';
import { CustomerFields } from './CustomerFields';
import { emptyCustomerForm, hasCustomerErrors, toCreateInput, validateCustomer } from './customer-forms';
import type { CustomerErrors, CustomerForm } from './customer-forms';
import type { Customer } from './customers.store';

type Props = { opened: boolean; onClose: () => void; onCreated: (customer: Customer) => void };

/** A new customer (a wallet is opened with them): name, and phone, email and a note if given. */
export function CreateCustomerDialog({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<CustomerForm>(emptyCustomerForm);
  const [errors, setErrors] = useState<CustomerErrors>({});
  // one id per customer being entered: a retry after a lost reply is the same request
  const [id, setId] = useState(newId);
  const { busy, error, run } = useSubmission();
  const update = (patch: Partial<CustomerForm>) => setForm((prev) => ({ ...prev, ...patch }));
  const close = () => {
    setForm(emptyCustomerForm());
    setErrors({});
    setId(newId());
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateCustomer(form);
    setErrors(found);
    if (hasCustomerErrors(found)) return;
    let created: Customer | null = null;
    await run(async () => {
      created = await createCustomer(api, toCreateInput(form, id));
    });
    if (created !== null) {
      close();
      onCreated(created);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('customers:create.title')}
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
            <Button variant="default" onClick={close}>
              {t('customers:cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('customers:create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
