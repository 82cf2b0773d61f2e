import { type ContentCategory, contentCategories } from '@ancha/contracts';
import { Card, Input, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/session.ts';
import { PageTitle } from '../modules.tsx';
import { ContentDetail } from './ContentDetail.tsx';
import { ContentList } from './ContentList.tsx';

const isCategory = (c: string | null): c is ContentCategory =>
  (contentCategories as readonly (string | null)[]).includes(c);

/**
 * 帮助中心 (G7): a tab per category, a search box, the list, and one page when `?page=` names it.
 * The category, search and page live in the address, so 返回 and a shared link work.
 */
export function HelpPage() {
  const { t } = useTranslation('help');
  const me = useCurrentUser();
  const editor = me.role === 'admin';
  const [params, setParams] = useSearchParams();
  const category = isCategory(params.get('category')) ? (params.get('category') as ContentCategory) : 'help';
  const q = params.get('q') ?? '';
  const pageId = params.get('page');

  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  return (
    <>
      <PageTitle module="help" />
      <Card>
        {pageId ? (
          <ContentDetail id={pageId} editor={editor} onBack={() => set({ page: null })} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
            <Tabs
              activeKey={category}
              onChange={(key) => set({ category: key, q: null })}
              items={contentCategories.map((c) => ({ key: c, label: t(`categories.${c}`) }))}
            />
            <Input.Search
              key={category}
              allowClear
              defaultValue={q}
              placeholder={t('search')}
              aria-label={t('search')}
              enterButton={t('searchButton')}
              style={{ maxWidth: 420, marginBottom: 16 }}
              onSearch={(value) => set({ q: value.trim() || null })}
            />
            <ContentList category={category} q={q} editor={editor} onOpen={(id) => set({ page: id })} />
          </>
        )}
      </Card>
    </>
  );
}
