import type { IndustryNode, Me } from '@ancha/contracts';
import { Card, Col, Flex, Input, Menu, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useIndustries } from '../../api/catalogs.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { CatalogTable } from './CatalogTable.tsx';
import { ItemSearch } from './ItemSearch.tsx';

/**
 * Industries on the left in the seed's tree order, the chosen industry's catalogs on the right,
 * and a search over the items of every published catalog. The industry and the search words are
 * in the URL, so the back button from a catalog returns to the same list.
 */
export function CatalogsPage() {
  const { t } = useTranslation('catalogs');
  const me = useCurrentUser();
  const industries = useIndustries();
  const [params, setParams] = useSearchParams();
  const keyword = params.get('q')?.trim() ?? '';
  const [typed, setTyped] = useState(keyword);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const items = industries.data?.items;
  const chosen = items ? chooseIndustry(items, params.get('industry'), me) : undefined;

  return (
    <>
      <Flex wrap gap="middle" align="flex-start" justify="space-between">
        <PageTitle module="catalogs" />
        <Input.Search
          allowClear
          enterButton={t('search.submit')}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={typed}
          maxLength={50}
          onChange={(event) => {
            setTyped(event.target.value);
            if (event.target.value === '') update({ q: null });
          }}
          onSearch={(value) => update({ q: value.trim() || null })}
          style={{ width: 360, marginBottom: 16 }}
        />
      </Flex>
      {keyword !== '' && (
        <ItemSearch
          keyword={keyword}
          onClear={() => {
            setTyped('');
            update({ q: null });
          }}
        />
      )}
      {industries.error ? (
        <Card>
          <LoadError message={industries.error.message} onRetry={() => void industries.refetch()} />
        </Card>
      ) : !items || !chosen ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8} xl={6}>
            <Card title={t('list.industries')} styles={{ body: { padding: 4 } }}>
              <nav aria-label={t('list.industries')}>
                <Menu
                  mode="inline"
                  style={{ borderInlineEnd: 'none' }}
                  selectedKeys={[chosen.code]}
                  onClick={({ key }) => update({ industry: key })}
                  items={items.map((industry) => ({
                    key: industry.code,
                    // Long names are cut off in the narrow column; the full name shows on hover.
                    label: <span title={industry.name}>{industry.name}</span>,
                    extra: (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {industry.catalogs.length}
                      </Typography.Text>
                    ),
                  }))}
                />
              </nav>
            </Card>
          </Col>
          <Col xs={24} md={16} xl={18}>
            <Card title={t('list.catalogsOf', { industry: chosen.name })}>
              {chosen.general && (
                <Typography.Paragraph type="secondary">{t('list.generalHint')}</Typography.Paragraph>
              )}
              <CatalogTable catalogs={chosen.catalogs} />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

/**
 * The industry in the URL; otherwise an industry department's own first industry, since that is
 * what it works on; otherwise the first industry that has a catalog.
 */
function chooseIndustry(items: IndustryNode[], code: string | null, me: Me): IndustryNode | undefined {
  const byCode = (wanted: string | null | undefined) => items.find((i) => i.code === wanted);
  return (
    byCode(code) ??
    byCode(me.role === 'gov_industry' ? me.scope.industries[0] : undefined) ??
    items.find((i) => i.catalogs.length > 0) ??
    items[0]
  );
}
