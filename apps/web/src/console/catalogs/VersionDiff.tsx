import type { CatalogItem } from '@ancha/contracts';
import { useQuery } from '@tanstack/react-query';
import { Badge, Empty, Flex, Skeleton, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogKeys, catalogsApi } from '../../api/catalogs.ts';
import { LoadError } from '../../shared/status-pages.tsx';

type DiffField = 'text' | 'basis' | 'major' | 'guidance';
const diffFields: readonly DiffField[] = ['text', 'basis', 'major', 'guidance'];

function fieldValue(item: CatalogItem, field: DiffField): string {
  if (field === 'major') return item.major ? `${item.major.code} ${item.major.article}` : '';
  return item[field] ?? '';
}

/** What changed between two versions, items matched by number as the server matches them. */
export function VersionDiff({ catalogId, from, to }: { catalogId: string; from: number; to: number }) {
  const { t } = useTranslation('catalogs');
  const diff = useQuery({
    queryKey: catalogKeys.diff(catalogId, from, to),
    queryFn: ({ signal }) => catalogsApi.diff(catalogId, from, to, signal),
    staleTime: Infinity,
  });

  if (diff.error) return <LoadError message={diff.error.message} onRetry={() => void diff.refetch()} />;
  if (!diff.data) return <Skeleton active />;
  const { added, removed, changed } = diff.data;
  if (added.length + removed.length + changed.length === 0) return <Empty description={t('diff.same')} />;

  return (
    <Flex vertical gap="large" data-testid="version-diff">
      <DiffSection title={t('diff.added')} count={added.length} color="green">
        {added.map((item) => (
          <ItemLine key={item.id} item={item} />
        ))}
      </DiffSection>
      <DiffSection title={t('diff.removed')} count={removed.length} color="red">
        {removed.map((item) => (
          <ItemLine key={item.id} item={item} removed />
        ))}
      </DiffSection>
      <DiffSection title={t('diff.changed')} count={changed.length} color="orange">
        {changed.map(({ before, after }) => (
          <div key={after.id}>
            <Typography.Text strong>{after.no}</Typography.Text>
            {diffFields
              .filter((field) => fieldValue(before, field) !== fieldValue(after, field))
              .map((field) => (
                <Change
                  key={field}
                  label={t(`diff.fields.${field}`)}
                  before={fieldValue(before, field)}
                  after={fieldValue(after, field)}
                />
              ))}
          </div>
        ))}
      </DiffSection>
    </Flex>
  );
}

function DiffSection(props: { title: string; count: number; color: string; children: ReactNode }) {
  const { t } = useTranslation('catalogs');
  return (
    <section aria-label={props.title}>
      <Typography.Title level={4} style={{ fontSize: 16 }}>
        <Badge color={props.color} text={`${props.title} (${props.count})`} />
      </Typography.Title>
      {props.count === 0 ? (
        <Typography.Text type="secondary">{t('diff.none')}</Typography.Text>
      ) : (
        <Flex vertical gap="middle">
          {props.children}
        </Flex>
      )}
    </section>
  );
}

function ItemLine({ item, removed = false }: { item: CatalogItem; removed?: boolean }) {
  return (
    <div>
      <Typography.Text strong style={{ marginInlineEnd: 8 }}>
        {item.no}
      </Typography.Text>
      <Typography.Text delete={removed}>{item.text}</Typography.Text>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {item.basis}
        </Typography.Text>
      </div>
    </div>
  );
}

/** One field before → after, coloured as reviewers know it from document comparison. */
function Change({ label, before, after }: { label: string; before: string; after: string }) {
  const { t } = useTranslation('catalogs');
  const { token } = theme.useToken();
  const empty = t('diff.empty');
  return (
    <div style={{ marginTop: 4 }}>
      <Typography.Text type="secondary">{t('diff.fieldLabel', { label })}</Typography.Text>
      <div style={{ background: token.colorErrorBg, padding: '2px 8px', borderRadius: 4 }}>
        <Typography.Text delete>{before || empty}</Typography.Text>
      </div>
      <div style={{ textAlign: 'center', color: token.colorTextSecondary }} aria-hidden>
        ↓
      </div>
      <div style={{ background: token.colorSuccessBg, padding: '2px 8px', borderRadius: 4 }}>
        {after || empty}
      </div>
    </div>
  );
}
