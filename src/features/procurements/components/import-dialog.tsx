import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcurementImportReport } from '../../../data/repositories';
import type { Procurement } from '../../../domain/procurement';
import {
  checkImportSheet,
  planImport,
  type ImportProblem,
  type PlannedImportRow,
} from '../../../domain/procurement-import';
import type { Theme } from '../../../domain/theme';
import { useErrorText } from '../../../ui/query-states';
import { useImportProcurements } from '../api/use-procurements';

const useStyles = makeStyles({
  surface: { maxWidth: '960px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  wrap: { overflowX: 'auto', maxHeight: '40vh', overflowY: 'auto' },
  table: {
    ...typographyStyles.body1,
    width: '100%',
    borderCollapse: 'collapse',
    color: tokens.colorNeutralForeground1,
  },
  header: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'unreadable'; fileName: string }
  | { kind: 'preview'; fileName: string; rows: PlannedImportRow[]; problems: ImportProblem[] }
  | { kind: 'done'; fileName: string; rows: PlannedImportRow[]; report: ProcurementImportReport };

export interface ImportDialogProps {
  stored: readonly Procurement[];
  themes: readonly Theme[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * Reads a calendar workbook, checks every row and shows what importing it would do. Nothing is
 * written while any row has a problem; a failed import says what was written, and importing
 * again completes it (rows are matched by key).
 */
export function ImportDialog({ stored, themes, onClose, onDone }: ImportDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const errorText = useErrorText();
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const importRows = useImportProcurements();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file chosen again (after fixing it) must be read again.
    event.target.value = '';
    if (!file) return;
    setStep({ kind: 'reading', fileName: file.name });
    try {
      const { readProcurementSheet } = await import('../import/procurement-workbook');
      const sheet = await readProcurementSheet(await file.arrayBuffer());
      const checked = checkImportSheet(sheet, themes);
      setStep({
        kind: 'preview',
        fileName: file.name,
        rows: planImport(checked.rows, stored),
        problems: checked.problems,
      });
    } catch {
      setStep({ kind: 'unreadable', fileName: file.name });
    }
  };

  const write = (fileName: string, rows: PlannedImportRow[]) => {
    importRows.mutate(
      rows.map((row) => row.command),
      {
        onSuccess: (report) => {
          if (report.failed.length === 0) {
            onDone(
              t('procurements.import.done', {
                created: report.created.length,
                updated: report.updated.length,
                unchanged: report.unchanged.length,
              }),
            );
          } else setStep({ kind: 'done', fileName, rows, report });
        },
      },
    );
  };

  const problemText = (problem: ImportProblem) =>
    t(`procurements.import.problems.${problem.code}`, {
      value: problem.value ?? '',
      row: problem.otherRow ?? '',
      column: problem.column ?? '',
    });

  const preview = step.kind === 'preview' ? step : undefined;
  const counts = preview && {
    new: preview.rows.filter((row) => row.effect === 'new').length,
    changed: preview.rows.filter((row) => row.effect === 'changed').length,
    unchanged: preview.rows.filter((row) => row.effect === 'unchanged').length,
  };
  const canImport =
    preview !== undefined &&
    preview.problems.length === 0 &&
    preview.rows.some((row) => row.effect !== 'unchanged');

  return (
    <Dialog
      open
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && !importRows.isPending) onClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('procurements.import.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t('procurements.import.intro')}</Text>
            <div className={styles.file}>
              <Label htmlFor={inputId}>{t('procurements.import.chooseFile')}</Label>
              <input
                id={inputId}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                disabled={importRows.isPending}
                onChange={(event) => void choose(event)}
              />
              {step.kind !== 'choose' && (
                <Caption1>{t('procurements.import.chosen', { name: step.fileName })}</Caption1>
              )}
            </div>
            {step.kind === 'reading' && <Spinner label={t('procurements.import.reading')} />}
            {step.kind === 'unreadable' && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{t('procurements.import.unreadable')}</MessageBarBody>
              </MessageBar>
            )}
            {preview && preview.problems.length > 0 && (
              <>
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>
                      {t('procurements.import.problemsTitle', { count: preview.problems.length })}
                    </MessageBarTitle>
                    {t('procurements.import.nothingWritten')}
                  </MessageBarBody>
                </MessageBar>
                <div className={styles.wrap}>
                  <table className={styles.table}>
                    <caption className={styles.header}>
                      {t('procurements.import.problemsCaption')}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className={styles.header}>
                          {t('procurements.import.row')}
                        </th>
                        <th scope="col" className={styles.header}>
                          {t('procurements.import.column')}
                        </th>
                        <th scope="col" className={styles.header}>
                          {t('procurements.import.problem')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.problems.map((problem, index) => (
                        <tr key={index}>
                          <td className={styles.cell}>{problem.rowNumber}</td>
                          <td className={styles.cell}>{problem.column ?? ''}</td>
                          <td className={styles.cell}>{problemText(problem)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
            {preview && counts && preview.problems.length === 0 && (
              <>
                <MessageBar intent={canImport ? 'info' : 'success'}>
                  <MessageBarBody>
                    {canImport
                      ? t('procurements.import.summary', counts)
                      : t('procurements.import.allUnchanged', { count: counts.unchanged })}
                  </MessageBarBody>
                </MessageBar>
                <EffectTable rows={preview.rows} />
              </>
            )}
            {step.kind === 'done' && (
              <>
                <MessageBar intent="warning" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>{t('procurements.import.interruptedTitle')}</MessageBarTitle>
                    {t('procurements.import.interrupted', {
                      written: step.report.created.length + step.report.updated.length,
                      failed: step.report.failed.length,
                      notAttempted: step.report.notAttempted.length,
                    })}
                  </MessageBarBody>
                </MessageBar>
                <ul>
                  {step.report.failed.map((failure) => (
                    <li key={failure.key}>
                      {failure.title}: {errorText(failure.error)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {importRows.isError && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{t('procurements.import.failed')}</MessageBarTitle>
                  {errorText(importRows.error)}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {step.kind === 'done' ? (
              <Button
                appearance="primary"
                disabled={importRows.isPending}
                onClick={() => write(step.fileName, step.rows)}
              >
                {importRows.isPending
                  ? t('procurements.import.importing')
                  : t('procurements.import.retry')}
              </Button>
            ) : (
              <Button
                appearance="primary"
                disabled={!canImport || importRows.isPending}
                onClick={() => preview && write(preview.fileName, preview.rows)}
              >
                {importRows.isPending
                  ? t('procurements.import.importing')
                  : t('procurements.import.import')}
              </Button>
            )}
            <Button disabled={importRows.isPending} onClick={onClose}>
              {t('procurements.import.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function EffectTable({ rows }: { rows: readonly PlannedImportRow[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.header}>{t('procurements.import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.header}>
              {t('procurements.import.row')}
            </th>
            <th scope="col" className={styles.header}>
              {t('procurements.fields.title')}
            </th>
            <th scope="col" className={styles.header}>
              {t('procurements.import.effect')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rowNumber}>
              <td className={styles.cell}>{row.rowNumber}</td>
              <td className={styles.cell}>{row.command.title}</td>
              <td className={styles.cell}>{t(`procurements.import.effects.${row.effect}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
