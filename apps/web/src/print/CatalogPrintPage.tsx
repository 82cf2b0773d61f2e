import { type CatalogDetail, homeOf } from '@ancha/contracts';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCatalog } from '../api/catalogs.ts';
import { isApiError } from '../api/errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { catalogPath, parseVersion } from '../console/catalogs/catalog-rules.ts';
import { FullPageLoadError, FullPageSpin, NotFound } from '../shared/status-pages.tsx';
import { formatDate } from '../shared/user-labels.ts';
import './print.css';

/**
 * 打印自查标准 (E11): a catalog version as a clean A4 document, with nothing of the console
 * around it. Opened in its own tab from the catalog page.
 */
export function CatalogPrintPage() {
  const { t } = useTranslation('catalogs');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const version = parseVersion(params.get('version'));
  const catalog = useCatalog(id, version);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const name = catalog.data?.version.name;

  // The document's title is what the browser offers as the file name when printing to PDF.
  useEffect(() => {
    if (!name) return;
    const previous = document.title;
    document.title = name;
    return () => {
      document.title = previous;
    };
  }, [name]);

  if (isApiError(catalog.error) && (catalog.error.status === 404 || catalog.error.status === 422)) {
    return <NotFound />;
  }
  if (catalog.error) {
    return <FullPageLoadError message={catalog.error.message} onRetry={() => void catalog.refetch()} />;
  }
  if (!catalog.data) return <FullPageSpin />;

  const back = () => {
    // Opened in a new tab there is nothing to go back to; the catalog page is the way back then.
    if (window.history.length > 1) navigate(-1);
    else navigate(homeOf(me.role) === 'console' ? catalogPath(id, catalog.data?.version.version) : '/');
  };

  return (
    <div className="print-desk">
      <PageRule />
      <div className="print-toolbar" role="toolbar" aria-label={t('print.toolbarLabel')}>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={back}>
          {t('print.back')}
        </Button>
        <span className="print-toolbar-hint">{t('print.hint')}</span>
      </div>
      <PrintDocument detail={catalog.data} />
    </div>
  );
}

function PrintDocument({ detail }: { detail: CatalogDetail }) {
  const { t, i18n } = useTranslation('catalogs');
  const { version } = detail;
  const published = version.publishedAt
    ? t('print.publishedOn', { date: formatDate(i18n.language, version.publishedAt) })
    : t('print.unpublished');

  return (
    <article className="print-document" data-testid="print-document">
      <h1>{version.name}</h1>
      <p className="print-meta">
        {t('print.meta', {
          industry: detail.industryName,
          version: version.version,
          published,
          count: version.itemCount,
        })}
      </p>
      <p className="print-source">{version.source}</p>
      {detail.categories.map((category) => (
        <section key={category.id}>
          <h2>{category.name}</h2>
          {category.children.map((sub) => (
            <section key={sub.id}>
              <h3>{sub.name}</h3>
              <ol className="print-items">
                {sub.items.map((item) => (
                  <li key={item.id} className="print-item">
                    <span className="print-item-no">{item.no}</span>
                    <div className="print-item-body">
                      <p>
                        {item.text}
                        {item.major && (
                          <span className="print-major">
                            {t('print.major', {
                              criteria: item.major.criteriaName,
                              article: item.major.article,
                            })}
                          </span>
                        )}
                      </p>
                      <p className="print-item-basis">{t('print.basis', { basis: item.basis })}</p>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}

/** A CSS string literal: the words come from i18n, so quotes and backslashes must be escaped. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

const pageMark = '\u0000';

/**
 * A4 with the margins of an official document and a page number at the foot of every page
 * (Chromium draws @page margin boxes). Rendered as an element rather than shipped in print.css
 * so the footer's words are translatable and the rule is gone once the view is left.
 */
function PageRule() {
  const { t } = useTranslation('catalogs');
  const [before = '', after = ''] = t('print.pageNumber', { page: pageMark }).split(pageMark);
  const rule = `@page {
  size: A4;
  margin: 18mm 15mm;
  @bottom-center {
    content: ${cssString(before)} counter(page) ${cssString(after)};
    font-size: 9pt;
    color: #444;
  }
}`;
  return <style>{rule}</style>;
}
