import { MAX_PHOTOS, type RectificationInput } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, type FormRule, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRefreshHazards } from '../../api/enterprise.ts';
import { ApiError, fieldName } from '../../api/errors.ts';
import { fieldApi } from '../../api/field.ts';
import {
  checkRectification,
  type RectificationDraft,
  type RectificationField,
} from '../../mobile/shared/rectification.ts';
import { type PhotoList, PhotoUpload, unfinished, uploadedIds } from './PhotoUpload.tsx';

interface Values {
  note?: string;
  result?: string;
  spent?: string;
  photos?: PhotoList;
}

const draftOf = (v: Values): RectificationDraft => ({
  note: v.note ?? '',
  result: v.result ?? '',
  spent: v.spent ?? '',
  photoIds: uploadedIds(v.photos),
});

/** The API's field names as this form's: money is typed in yuan, photos are a file list. */
const formField = (path: string): keyof Values => {
  const name = fieldName(path);
  return name === 'spentFen' ? 'spent' : name === 'photoIds' ? 'photos' : (name as keyof Values);
};

/**
 * 去处置 on the console (E6): the phone's form for an enterprise admin at a desk. The same check
 * as the phone's (shared/rectification.ts, the contract's schema) decides each field's message;
 * the hazard then moves to 已处置 and waits for 验收.
 */
export function RectificationForm({ hazardId }: { hazardId: string }) {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const refresh = useRefreshHazards();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);

  const rectify = useMutation({
    mutationFn: (body: RectificationInput) => fieldApi.rectify(hazardId, body),
    onSuccess: async () => {
      await refresh();
      void message.success(t('rectify.done'));
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      form.setFields(error.fields.map((f) => ({ name: formField(f.path), errors: [f.message] })));
    },
  });

  /** One field's message from the whole check, with the value being validated in place. */
  const rule =
    (field: RectificationField, name: keyof Values): FormRule =>
    () => ({
      validator: async (_, value: unknown) => {
        const check = checkRectification(
          draftOf({ ...form.getFieldsValue(true), [name]: value }),
          t('rectify.moneyInvalid'),
        );
        const problem = check.problems?.get(field);
        if (problem) throw new Error(problem);
      },
    });

  const submit = (values: Values) => {
    setAlert(null);
    if (unfinished(values.photos))
      return form.setFields([{ name: 'photos', errors: [t('rectify.photosPending')] }]);
    const check = checkRectification(draftOf(values), t('rectify.moneyInvalid'));
    if (check.body) rectify.mutate(check.body);
  };

  return (
    <Form<Values>
      name="rectification"
      form={form}
      layout="vertical"
      disabled={rectify.isPending}
      onFinish={submit}
      data-testid="rectification-form"
    >
      <Form.Item label={t('rectify.note')} name="note" required rules={[rule('note', 'note')]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t('rectify.notePlaceholder')}
        />
      </Form.Item>
      <Form.Item label={t('rectify.result')} name="result" required rules={[rule('result', 'result')]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t('rectify.resultPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        label={t('rectify.spent')}
        name="spent"
        required
        rules={[rule('spent', 'spent')]}
        // Only digits and one point with two decimals can be typed: money is kept in fen.
        normalize={(value: string, previous: string | undefined) =>
          /^\d{0,10}(\.\d{0,2})?$/.test(value) ? value : previous
        }
      >
        <Input inputMode="decimal" style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item
        label={t('rectify.photos')}
        name="photos"
        extra={t('rectify.photosHint', { max: MAX_PHOTOS })}
        rules={[rule('photoIds', 'photos')]}
      >
        <PhotoUpload purpose="rectification" />
      </Form.Item>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={rectify.isPending}>
        {t('rectify.submit')}
      </Button>
    </Form>
  );
}
