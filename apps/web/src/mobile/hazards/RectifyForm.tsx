import { RectificationInput } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Input, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldApi, useRefreshField } from '../../api/field.ts';
import { Field } from '../form/fields.tsx';
import { PhotoField } from '../shared/Photos.tsx';
import { card } from '../shared/page-parts.tsx';
import { yuanToFen } from '../shared/values.ts';

/** 去处置: what was done, the result, photos and the money spent; the hazard then moves to 已处置. */
export function RectifyForm({ hazardId }: { hazardId: string }) {
  const { t } = useTranslation('field');
  const navigate = useNavigate();
  const refresh = useRefreshField();
  const [note, setNote] = useState('');
  const [result, setResult] = useState('');
  const [spent, setSpent] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const rectify = useMutation({
    mutationFn: (body: RectificationInput) => fieldApi.rectify(hazardId, body),
    onSuccess: async () => {
      await refresh();
      Toast.show({ content: t('hazards.done'), icon: 'success' });
      navigate('/m/hazards?status=resolved');
    },
    onError: (failure) => setError(failure.message),
  });

  const submit = () => {
    const spentFen = yuanToFen(spent);
    if (spentFen === undefined) return setError(t('hazards.moneyInvalid'));
    // The contract's own schema: the phone refuses exactly what the server would.
    const parsed = RectificationInput.safeParse({ note, result, spentFen, photoIds });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '');
    setError(null);
    rectify.mutate(parsed.data);
  };

  return (
    <form style={card} aria-label={t('hazards.form')} onSubmit={(event) => event.preventDefault()}>
      <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>{t('hazards.form')}</h3>
      <Field label={t('hazards.note')}>
        {(id) => (
          <TextArea id={id} autoSize={{ minRows: 2 }} maxLength={1000} value={note} onChange={setNote} />
        )}
      </Field>
      <Field label={t('hazards.result')}>
        {(id) => (
          <TextArea id={id} autoSize={{ minRows: 2 }} maxLength={1000} value={result} onChange={setResult} />
        )}
      </Field>
      <PhotoField purpose="rectification" value={photoIds} onChange={setPhotoIds} />
      <Field label={t('hazards.spent')}>
        {(id) => (
          <Input
            id={id}
            inputMode="decimal"
            value={spent}
            onChange={(value) => {
              if (/^\d{0,10}(\.\d{0,2})?$/.test(value)) setSpent(value);
            }}
          />
        )}
      </Field>
      {error && (
        <div role="alert" style={{ color: 'var(--adm-color-danger)', fontSize: 13, padding: '4px 0' }}>
          {error}
        </div>
      )}
      <Button block color="primary" loading={rectify.isPending} disabled={rectify.isPending} onClick={submit}>
        {t('hazards.submit')}
      </Button>
    </form>
  );
}
