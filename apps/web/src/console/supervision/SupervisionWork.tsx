import { ConfigProvider } from 'antd-mobile';
import { useSearchParams } from 'react-router';
import { currentLanguage } from '../../i18n/index.ts';
import { mobileLocales } from '../../mobile/setup.ts';
import { NewSupervision } from '../../mobile/supervision/NewSupervision.tsx';
import { SupervisionFormPage } from '../../mobile/supervision/SupervisionFormPage.tsx';

const base = '/console/supervision';
const formPath = (id: string, site: string, catalog: string) =>
  `${base}?inspect=${id}&site=${site}&catalog=${catalog}`;
const recordPath = (id: string) => `${base}?record=${id}`;

/**
 * 新建监督检查 and its form on the console: the phone's own chooser and form (the same form as
 * E4), in a column of a phone's width; loaded on demand, so the list alone needs no antd-mobile.
 */
export default function SupervisionWork() {
  const [search] = useSearchParams();
  const id = search.get('inspect');
  return (
    <ConfigProvider locale={mobileLocales[currentLanguage()]}>
      <div
        data-testid="supervision-work"
        style={{ maxWidth: 760, margin: '0 auto', background: 'var(--adm-color-background)' }}
      >
        {id ? (
          <SupervisionFormPage
            id={id}
            siteId={search.get('site') ?? ''}
            catalogId={search.get('catalog') ?? ''}
            parent={base}
            recordPath={recordPath}
          />
        ) : (
          <NewSupervision formPath={formPath} />
        )}
      </div>
    </ConfigProvider>
  );
}
