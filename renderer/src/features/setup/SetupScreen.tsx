import { Button, Divider, Group, Stack, Stepper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { CenteredPanel } from '../../components/CenteredPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { defaultCurrency } from '../../lib/currency-options';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { hasErrors } from '../../lib/validate';
import { useSettingsStore } from '../../stores/settings.store';
import { DemoSetup } from './DemoSetup';
import { SetupBusinessStep } from './SetupBusinessStep';
import { emptySetupForm, SETUP_STEPS, toSetupInput, validateStep } from './setup-form';
import type { SetupErrors, SetupForm } from './setup-form';
import { completeSetup } from './setup.actions';
import { SetupOwnerStep } from './SetupOwnerStep';
import { SetupReview } from './SetupReview';

/**
 * First run: shop → owner → review, then setup.complete and the owner is signed in; or, from the
 * first step, a demo shop instead (DemoSetup).
 */
export function SetupScreen() {
  const { t, i18n } = useTranslation();
  const [demo, setDemo] = useState(false);
  const initialCurrency = useSettingsStore((state) => state.shown?.currency);
  const [step, setStep] = useState(0);
  const [form, setForm] = useState<SetupForm>(() =>
    emptySetupForm(initialCurrency ?? defaultCurrency(currentLocale(i18n))),
  );
  const [errors, setErrors] = useState<SetupErrors>({});
  const { busy, error, run } = useSubmission();

  const update = (patch: Partial<SetupForm>) => {
    setForm((prev) => ({ ...prev, ...patch }));
    setErrors((prev) => {
      const next = { ...prev };
      for (const key of Object.keys(patch) as (keyof SetupForm)[]) delete next[key];
      return next;
    });
  };

  // Keyboard users: a new step puts focus on its first field (or, on the review, the submit
  // button), instead of leaving it on the body when the previous step's field unmounts.
  const formRef = useRef<HTMLFormElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('.mantine-Stepper-content input:not([type=hidden]), .mantine-Stepper-content select') ??
      form?.querySelector<HTMLElement>('button[type=submit]');
    target?.focus();
  }, [step]);

  const current = SETUP_STEPS[step] ?? 'review';
  const last = step === SETUP_STEPS.length - 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateStep(current, form);
    setErrors(found);
    if (hasErrors(found)) return;
    if (!last) {
      setStep(step + 1);
      return;
    }
    await run(() => completeSetup(api, toSetupInput(form, currentLocale(i18n))));
  };

  if (demo) {
    return (
      <CenteredPanel title={t('setup:demo.title')} width={640}>
        <DemoSetup onBack={() => setDemo(false)} />
      </CenteredPanel>
    );
  }

  return (
    <CenteredPanel title={t('setup:title')} subtitle={t('setup:subtitle')} width={640}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="lg">
          <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
            <Stepper.Step label={t('setup:steps.business')} description={t('setup:steps.businessHint')}>
              <SetupBusinessStep form={form} errors={errors} update={update} />
            </Stepper.Step>
            <Stepper.Step label={t('setup:steps.owner')} description={t('setup:steps.ownerHint')}>
              <SetupOwnerStep form={form} errors={errors} update={update} />
            </Stepper.Step>
            <Stepper.Step label={t('setup:steps.review')} description={t('setup:steps.reviewHint')}>
              <SetupReview form={form} />
            </Stepper.Step>
          </Stepper>
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="space-between">
            {step === 0 ? (
              <span />
            ) : (
              <Button variant="default" onClick={() => setStep(step - 1)} disabled={busy}>
                {t('setup:actions.back')}
              </Button>
            )}
            <Button type="submit" loading={busy}>
              {t(last ? 'setup:actions.finish' : 'setup:actions.next')}
            </Button>
          </Group>
          {step === 0 ? (
            <>
              <Divider />
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('setup:demo.offer')}</Text>
                <Button variant="light" onClick={() => setDemo(true)} disabled={busy}>
                  {t('setup:demo.open')}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      </form>
    </CenteredPanel>
  );
}
