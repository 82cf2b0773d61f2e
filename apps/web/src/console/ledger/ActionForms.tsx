import {
  type LedgerEntryDetail,
  LedgerRejectInput,
  LedgerReviewInput,
  LedgerVerificationInput,
} from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, type FormInstance, Input, Modal, Radio } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldName } from '../../api/errors.ts';
import { ledgerApi, useRefreshLedger } from '../../api/ledger.ts';
import { contractRule } from '../../shared/contract-rule.ts';

/**
 * Puts a refusal's field errors under the form's fields (as SiteFormModal does) and returns what
 * is left to say above the buttons: a 409 (another office acted first), or a field not on the form.
 */
export function showServerError<V>(
  form: FormInstance<V>,
  error: Error,
  fields: readonly string[],
  /** The form's name for a server field, where the two differ. */
  rename: (name: string) => string = (name) => name,
) {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error.message;
  const name = (path: string) => rename(fieldName(path));
  const placed = error.fields.filter((f) => fields.includes(name(f.path)));
  form.setFields(placed.map((f) => ({ name: name(f.path) as never, errors: [f.message] })));
  return placed.length < error.fields.length ? error.message : null;
}

interface Values {
  result?: 'passed' | 'failed';
  text?: string;
}

/**
 * The three small forms (退回, 复查, 核查) share one shape: maybe a 合格/不合格 choice, and a text
 * that the server requires in some cases; the contract's own schema checks the text.
 */
function ResultModal(props: {
  title: string;
  withResult: { label: string; passed: string; failed: string; missing: string } | null;
  textName: 'reason' | 'note';
  textLabel: string;
  textRequired: (result: Values['result']) => string | null;
  textRule: Parameters<typeof contractRule>[0];
  hint?: (result: Values['result']) => ReactNode;
  send: (values: Values) => Promise<LedgerEntryDetail>;
  done: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('ledger');
  const { message } = App.useApp();
  const refresh = useRefreshLedger();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const result = Form.useWatch('result', form);
  const needed = props.textRequired(result);

  const save = useMutation({
    mutationFn: props.send,
    onSuccess: async (saved) => {
      await refresh(saved);
      void message.success(props.done);
      props.onClose();
    },
    // The server names the text `reason` or `note`; the form calls it `text`.
    onError: (error) =>
      setAlert(showServerError(form, error, ['result', 'text'], (n) => (n === props.textName ? 'text' : n))),
  });

  return (
    <Modal
      open
      title={props.title}
      okText={t('actions.submit')}
      cancelText={t('actions.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        onFinish={(values) => {
          setAlert(null);
          save.mutate({ result: values.result, text: values.text?.trim() ?? '' });
        }}
      >
        {props.withResult && (
          <Form.Item
            label={props.withResult.label}
            name="result"
            rules={[{ required: true, message: props.withResult.missing }]}
          >
            <Radio.Group
              options={[
                { value: 'passed', label: props.withResult.passed },
                { value: 'failed', label: props.withResult.failed },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          label={props.textLabel}
          name="text"
          rules={[
            contractRule(props.textRule),
            { required: needed !== null, whitespace: true, message: needed ?? '' },
          ]}
          extra={props.hint?.(result)}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} />
        </Form.Item>
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}

/** The contract's own message for a value left empty (请选择复查结果, 请填写退回理由). */
const missing = (
  schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } },
  empty: unknown = undefined,
) => schema.safeParse(empty).error?.issues[0]?.message ?? '';

type FormProps = { entry: LedgerEntryDetail; onClose: () => void };

export function RejectModal({ entry, onClose }: FormProps) {
  const { t } = useTranslation('ledger');
  return (
    <ResultModal
      title={t('rejectForm.title', { unit: entry.unitName })}
      withResult={null}
      textName="reason"
      textLabel={t('rejectForm.reason')}
      textRequired={() => missing(LedgerRejectInput.shape.reason, '')}
      textRule={LedgerRejectInput.shape.reason}
      send={(v) => ledgerApi.reject(entry.id, { reason: v.text ?? '' })}
      done={t('actions.done.reject')}
      onClose={onClose}
    />
  );
}

/** 复查 合格 moves the entry on to 销账; 不合格 must say why, since the enterprise has to act on it. */
export function ReviewModal({ entry, onClose }: FormProps) {
  const { t } = useTranslation('ledger');
  return (
    <ResultModal
      title={t('reviewForm.title', { unit: entry.unitName })}
      withResult={{
        label: t('reviewForm.result'),
        passed: t('reviewForm.passed'),
        failed: t('reviewForm.failed'),
        missing: missing(LedgerReviewInput.shape.result),
      }}
      textName="reason"
      textLabel={t('reviewForm.reason')}
      textRequired={(r) => (r === 'failed' ? t('reviewForm.needReason') : null)}
      textRule={LedgerReviewInput.shape.reason}
      hint={(r) => (r === 'failed' ? t('reviewForm.failedHint') : null)}
      send={(v) =>
        ledgerApi.review(entry.id, { result: v.result ?? 'passed', ...(v.text ? { reason: v.text } : {}) })
      }
      done={t('actions.done.review')}
      onClose={onClose}
    />
  );
}

export function VerifyModal({ entry, onClose }: FormProps) {
  const { t } = useTranslation('ledger');
  return (
    <ResultModal
      title={t('verifyForm.title', { unit: entry.unitName })}
      withResult={{
        label: t('verifyForm.result'),
        passed: t('verifyForm.passed'),
        failed: t('verifyForm.failed'),
        missing: missing(LedgerVerificationInput.shape.result),
      }}
      textName="note"
      textLabel={t('verifyForm.note')}
      textRequired={() => null}
      textRule={LedgerVerificationInput.shape.note}
      send={(v) => ledgerApi.verify(entry.id, { result: v.result ?? 'passed', note: v.text ?? '' })}
      done={t('actions.done.verify')}
      onClose={onClose}
    />
  );
}
