import type { SiteView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { fieldApi, useMySites, useRefreshField } from '../../api/field.ts';
import { Empty, LoadFailed, Loading, PageBar } from '../shared/page-parts.tsx';
import { CatalogPicker } from './CatalogPicker.tsx';

/** 重新选择行业与自查内容 (seed 000, 1.3.1.1 (3)): the same picker, starting from the site's choice. */
export function ReselectCatalogsPage() {
  const { t } = useTranslation('field');
  const { siteId = '' } = useParams();
  const sites = useMySites();

  if (sites.isPending) return <Loading />;
  if (sites.isError) return <LoadFailed message={sites.error.message} onRetry={() => void sites.refetch()} />;
  const site = sites.data.items.find((s) => s.id === siteId);
  if (!site) {
    return (
      <>
        <PageBar title={t('site.reselect')} parent="/m/inspect" />
        <Empty text={t('sites.notFound')} />
      </>
    );
  }
  // Keyed by site: the choice starts again from what is saved should the address change.
  return <Reselect key={site.id} site={site} />;
}

function Reselect({ site }: { site: SiteView }) {
  const { t } = useTranslation('field');
  const navigate = useNavigate();
  const refresh = useRefreshField();
  const back = `/m/inspect/site/${site.id}`;
  const [catalogIds, setCatalogIds] = useState(() => site.catalogs.map((c) => c.id));
  const [error, setError] = useState<string | undefined>();

  const save = useMutation({
    mutationFn: (ids: string[]) => fieldApi.chooseCatalogs(site.id, { catalogIds: ids }),
    onSuccess: async () => {
      await refresh();
      Toast.show({ content: t('site.reselected'), icon: 'success' });
      navigate(back);
    },
    // A 422 names catalogIds (the rule, or an unpublished catalog); anything else is said as is.
    onError: (failure) =>
      setError(isApiError(failure) ? (failure.fields[0]?.message ?? failure.message) : failure.message),
  });

  const confirm = () => {
    if (catalogIds.length === 0) return setError(t('catalogPicker.needOne'));
    save.mutate(catalogIds);
  };

  return (
    <section aria-label={t('site.reselect')}>
      <PageBar title={site.name} parent={back} />
      <CatalogPicker
        value={catalogIds}
        error={error}
        onChange={(ids) => {
          setCatalogIds(ids);
          setError(undefined);
        }}
      />
      <div style={{ padding: '12px 16px 20px' }}>
        <Button block color="primary" loading={save.isPending} disabled={save.isPending} onClick={confirm}>
          {t('newSite.confirm')}
        </Button>
      </div>
    </section>
  );
}
