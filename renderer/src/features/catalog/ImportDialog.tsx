import { Button, FileInput, Group, Modal, Progress, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { importCatalogFile, type ImportReport } from './catalog.actions';
import { ImportReportView } from './ImportReportView';

type Mode = 'all_or_nothing' | 'valid_rows';

/**
 * Imports a product CSV: the manager picks the file and what to do with bad rows; the file goes
 * to main in parts and the answer is a row report (rows written, rows refused with the column and
 * the reason). Nothing is written until every row was checked.
 */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Mode>('all_or_nothing');
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const { busy, error, run } = useSubmission();

  const close = () => {
    if (busy) return;
    setFile(null);
    setReport(null);
    setProgress(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || file === null) return;
    setReport(null);
    await run(async () => {
      const text = await file.text();
      setReport(await importCatalogFile(api, text, mode, (sent, of) => setProgress(Math.round((sent / of) * 100))));
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('catalog:import.title')} size="xl" lockScroll={false} closeButtonProps={{ 'aria-label': t('catalog:close') }}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm">{t('catalog:import.columns')}</Text>
          <FileInput
            label={t('catalog:import.file')} description={t('catalog:import.fileHint')} accept=".csv,text/csv" value={file} onChange={setFile}
            clearable clearButtonProps={{ 'aria-label': t('catalog:import.clearFile') }} data-testid="catalog-import-file"
          />
          <Radio.Group label={t('catalog:import.mode')} value={mode} onChange={(v) => setMode(v === 'valid_rows' ? 'valid_rows' : 'all_or_nothing')}>
            <Stack gap={6} mt={6}>
              <Radio value="all_or_nothing" label={t('catalog:import.allOrNothing')} />
              <Radio value="valid_rows" label={t('catalog:import.validRows')} />
            </Stack>
          </Radio.Group>
          {busy && progress !== null ? <Progress value={progress} aria-label={t('catalog:import.progress')} /> : null}
          {error === null ? null : <ErrorAlert error={error} />}
          {report === null ? null : <ImportReportView report={report} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>{t('catalog:close')}</Button>
            <Button type="submit" loading={busy} disabled={file === null}>{t('catalog:import.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
