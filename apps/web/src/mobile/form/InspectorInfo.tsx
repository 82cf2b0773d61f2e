import { Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session.ts';
import { type Draft, phonePattern } from './draft.ts';
import { AcknowledgedField, Field } from './fields.tsx';

type Patch = (change: Partial<Draft>) => void;

/**
 * 检查人信息: who inspects, where, and that the legal representative knows the result. Only the
 * last is required to submit (the contract's rule), so only it is checked before 提交.
 */
export function InspectorInfo({ draft, siteName, patch }: { draft: Draft; siteName: string; patch: Patch }) {
  const { t } = useTranslation('field');
  const me = useCurrentUser();
  const phone = draft.inspectorPhone.trim();
  return (
    <section aria-label={t('form.inspectorInfo')} style={{ background: '#fff', padding: '4px 16px 12px' }}>
      <h3 style={{ fontSize: 15, margin: '8px 0' }}>{t('form.inspectorInfo')}</h3>
      <Field label={t('form.inspector')} required={false}>
        {(id) => <output id={id}>{me.displayName}</output>}
      </Field>
      <Field label={t('form.post')} required={false}>
        {(id) => (
          <Input
            id={id}
            maxLength={50}
            placeholder={t('form.postPlaceholder')}
            value={draft.post}
            onChange={(post) => patch({ post })}
          />
        )}
      </Field>
      <Field label={t('form.phone')} required={false}>
        {(id) => (
          <Input
            id={id}
            type="tel"
            maxLength={11}
            placeholder={t('form.phonePlaceholder')}
            value={draft.inspectorPhone}
            onChange={(inspectorPhone) => patch({ inspectorPhone })}
          />
        )}
      </Field>
      {phone && !phonePattern.test(phone) && (
        <div style={{ color: 'var(--adm-color-danger)', fontSize: 13 }}>{t('form.phoneInvalid')}</div>
      )}
      <Field label={t('form.site')} required={false}>
        {(id) => <output id={id}>{siteName}</output>}
      </Field>
      <AcknowledgedField checked={draft.acknowledged} onChange={(acknowledged) => patch({ acknowledged })} />
    </section>
  );
}
