import type { RectificationInput } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Input, TextArea, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldApi, useRefreshField } from '../../api/field.ts';
import { Field } from '../form/fields.tsx';
import { PhotoField } from '../shared/Photos.tsx';
import { card } from '../shared/page-parts.tsx';
import { PhotoOwnerContext } from '../shared/photo-store.ts';
import { checkRectification, firstProblem, type RectificationDraft } from '../shared/rectification.ts';

/** 去处置: what was done, the result, photos and the money spent; the hazard then moves to 已处置. */
export function RectifyForm({ hazardId }: { hazardId: string }) {
  const { t } = useTranslation('field');
  const navigate = useNavigate();
  const refresh = useRefreshField();
  // What was typed is kept on the phone as it is typed, like the inspection's draft.
  const [kept] = useState(() => readKept(hazardId));
  const [note, setNote] = useState(kept.note);
  const [result, setResult] = useState(kept.result);
  const [spent, setSpent] = useState(kept.spent);
  const [photoIds, setPhotoIds] = useState<string[]>(kept.photoIds);
  useEffect(
    () => keep(hazardId, { note, result, spent, photoIds }),
    [hazardId, note, result, spent, photoIds],
  );
  const [error, setError] = useState<string | null>(null);
  const rectify = useMutation({
    mutationFn: (body: RectificationInput) => fieldApi.rectify(hazardId, body),
    onSuccess: async () => {
      keep(hazardId, null);
      await refresh();
      Toast.show({ content: t('hazards.done'), icon: 'success' });
      navigate('/m/hazards?status=resolved');
    },
    onError: (failure) => setError(failure.message),
  });

  const submit = () => {
    // The check the console's form makes too: the contract's schema, as the server's.
    const check = checkRectification({ note, result, spent, photoIds }, t('hazards.moneyInvalid'));
    if (!check.body) return setError(firstProblem(check));
    setError(null);
    rectify.mutate(check.body);
  };

  return (
    <PhotoOwnerContext.Provider value={hazardId}>
      <form style={card} aria-label={t('hazards.form')} onSubmit={(event) => event.preventDefault()}>
        <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>{t('hazards.form')}</h3>
        <Field label={t('hazards.note')}>
          {(id) => (
            <TextArea id={id} autoSize={{ minRows: 2 }} maxLength={1000} value={note} onChange={setNote} />
          )}
        </Field>
        <Field label={t('hazards.result')}>
          {(id) => (
            <TextArea
              id={id}
              autoSize={{ minRows: 2 }}
              maxLength={1000}
              value={result}
              onChange={setResult}
            />
          )}
        </Field>
        <PhotoField purpose="rectification" field="rectification" value={photoIds} onChange={setPhotoIds} />
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
        <Button
          block
          color="primary"
          loading={rectify.isPending}
          disabled={rectify.isPending}
          onClick={submit}
        >
          {t('hazards.submit')}
        </Button>
      </form>
    </PhotoOwnerContext.Provider>
  );
}

type Kept = RectificationDraft;
const keptKey = (hazardId: string) => `ancha.rectify.${hazardId}`;

function readKept(hazardId: string): Kept {
  const empty = { note: '', result: '', spent: '', photoIds: [] };
  try {
    return { ...empty, ...JSON.parse(localStorage.getItem(keptKey(hazardId)) ?? '{}') };
  } catch {
    return empty;
  }
}

function keep(hazardId: string, value: Kept | null): void {
  try {
    if (value) localStorage.setItem(keptKey(hazardId), JSON.stringify(value));
    else localStorage.removeItem(keptKey(hazardId));
  } catch {
    // Storage unavailable: the form still works, only without the copy on the phone.
  }
}
