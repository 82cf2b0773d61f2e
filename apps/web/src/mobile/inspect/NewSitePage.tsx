import type { OwnSiteInput } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { fieldApi, useRefreshField } from '../../api/field.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { PageBar, weak } from '../shared/page-parts.tsx';
import { CatalogPicker } from './CatalogPicker.tsx';
import { checkBasics, type FieldErrors, OwnSiteFields, type OwnSiteValues } from './OwnSiteFields.tsx';

/**
 * The form field a server error belongs to: `body.catalogIds.0` is the catalog choice,
 * `streetCode` the 所在地 picker.
 */
export function errorField(path: string): keyof FieldErrors {
  const [first = ''] = path.replace(/^body\./, '').split('.');
  return (first === 'streetCode' ? 'region' : first) as keyof FieldErrors;
}

/** 新增场所 (seed 000, 1.3.1.1): an inspector adds a site of their own, in two steps. */
export function NewSitePage() {
  const { t } = useTranslation('field');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const refresh = useRefreshField();
  const [step, setStep] = useState<1 | 2>(1);
  const [values, setValues] = useState<OwnSiteValues>(() => ({
    enterpriseName: me.scope.enterpriseName ?? '',
    uscc: '',
    name: '',
    region: [],
    address: '',
    inspectorPhone: '',
    inspectorIdNumber: '',
  }));
  const [catalogIds, setCatalogIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  const create = useMutation({
    mutationFn: (body: OwnSiteInput) => fieldApi.createSite(body),
    onSuccess: async (site) => {
      await refresh();
      Toast.show({ content: t('newSite.created', { name: site.name }), icon: 'success' });
      navigate('/m/inspect');
    },
    onError: (error) => {
      if (!isApiError(error) || error.fields.length === 0) {
        Toast.show({ content: error.message });
        return;
      }
      const found: FieldErrors = {};
      for (const field of error.fields) found[errorField(field.path)] ??= field.message;
      setErrors(found);
      // Back to the step where something needs changing; the choice of catalogs is kept.
      if (Object.keys(found).some((key) => key !== 'catalogIds')) {
        setStep(1);
        Toast.show({ content: t('newSite.basicsHaveErrors') });
      }
    },
  });

  const change = (patch: Partial<OwnSiteValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A field's error goes once it is edited; the others stay until they are.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in patch))));
  };

  const next = () => {
    const found = checkBasics(values);
    setErrors(found);
    if (Object.keys(found).length === 0) setStep(2);
  };

  const confirm = () => {
    if (catalogIds.length === 0) return setErrors({ catalogIds: t('catalogPicker.needOne') });
    const { region, ...rest } = values;
    create.mutate({ ...rest, streetCode: region[1] ?? '', catalogIds });
  };

  return (
    <section aria-label={t('newSite.title')}>
      <PageBar
        title={t('newSite.title')}
        parent="/m/inspect"
        right={step === 2 ? <span style={weak}>2/2</span> : <span style={weak}>1/2</span>}
      />
      <p style={{ ...weak, padding: '8px 16px 0', margin: 0, lineHeight: 1.7 }}>
        <strong style={{ color: 'var(--adm-color-danger)' }}>{t('newSite.tipTitle')}</strong>
        {t('newSite.tip')}
      </p>
      {step === 1 ? (
        <OwnSiteFields values={values} errors={errors} inspectorName={me.displayName} onChange={change} />
      ) : (
        <CatalogPicker
          value={catalogIds}
          error={errors.catalogIds}
          onChange={(ids) => {
            setCatalogIds(ids);
            setErrors(({ catalogIds: _gone, ...rest }) => rest);
          }}
        />
      )}
      <div style={{ display: 'flex', gap: 12, padding: '12px 16px 20px' }}>
        {step === 2 && (
          <Button block onClick={() => setStep(1)} style={{ flex: 1 }}>
            {t('newSite.previous')}
          </Button>
        )}
        <Button
          block
          color="primary"
          style={{ flex: 1 }}
          loading={create.isPending}
          disabled={create.isPending}
          onClick={step === 1 ? next : confirm}
        >
          {step === 1 ? t('newSite.next') : t('newSite.confirm')}
        </Button>
      </div>
    </section>
  );
}
