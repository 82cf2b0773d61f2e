import { GENERAL_CATALOG_RULE } from '@ancha/contracts';
import { Collapse } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../api/catalogs.ts';
// The pure 其他行业 rule and catalog kinds the console's site form uses: one rule, one wording.
import { applyCatalogRule, catalogKinds } from '../../console/sites/site-form.ts';
import { LoadFailed, Loading, weak } from '../shared/page-parts.tsx';

/**
 * 请选择行业与检查内容（可多选）, as the mini-program shows it: industries that open to their
 * published catalogs. Choosing 其他行业 drops the industry catalogs and the other way round; when
 * that happens the rule is said, so nothing disappears without a reason.
 */
export function CatalogPicker({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** The server's or the form's word on the choice (at least one, the 其他行业 rule). */
  error?: string | undefined;
}) {
  const { t } = useTranslation('field');
  const industries = useIndustries();
  const [dropped, setDropped] = useState(false);
  const nodes = useMemo(
    () =>
      (industries.data?.items ?? [])
        .map((node) => ({ ...node, catalogs: node.catalogs.filter((c) => c.published) }))
        .filter((node) => node.catalogs.length > 0),
    [industries.data],
  );
  const kinds = useMemo(() => catalogKinds(nodes), [nodes]);
  // Industries with a chosen catalog start open, so a pre-filled choice is seen at once.
  const [open, setOpen] = useState<string[] | null>(null);
  const opened = open ?? nodes.filter((n) => n.catalogs.some((c) => value.includes(c.id))).map((n) => n.code);

  if (industries.isPending) return <Loading />;
  if (industries.isError) {
    return <LoadFailed message={industries.error.message} onRetry={() => void industries.refetch()} />;
  }

  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...value, id] : value.filter((other) => other !== id);
    const kept = applyCatalogRule(value, next, kinds);
    setDropped(kept.length < next.length);
    onChange(kept);
  };

  return (
    <section aria-label={t('catalogPicker.title')} data-testid="catalog-picker">
      <h3 style={{ fontSize: 15, margin: '12px 16px 4px' }}>
        {t('catalogPicker.title')}
        <span style={{ ...weak, marginLeft: 8 }}>{t('catalogPicker.selected', { count: value.length })}</span>
      </h3>
      {nodes.length === 0 && <p style={{ ...weak, padding: '0 16px' }}>{t('catalogPicker.empty')}</p>}
      <Collapse activeKey={opened} onChange={(keys) => setOpen(keys)}>
        {nodes.map((node) => {
          const count = node.catalogs.filter((c) => value.includes(c.id)).length;
          return (
            <Collapse.Panel
              key={node.code}
              title={
                <span>
                  {node.name}
                  {count > 0 && <span style={{ ...weak, marginLeft: 6 }}>({count})</span>}
                </span>
              }
            >
              {node.catalogs.map((catalog) => (
                // Native checkboxes: antd-mobile's hides its input, so screen readers miss the state.
                <label key={catalog.id} style={option}>
                  <input
                    type="checkbox"
                    checked={value.includes(catalog.id)}
                    onChange={(event) => toggle(catalog.id, event.target.checked)}
                    style={{ width: 18, height: 18, margin: 0, accentColor: 'var(--adm-color-primary)' }}
                  />
                  {catalog.name}
                </label>
              ))}
            </Collapse.Panel>
          );
        })}
      </Collapse>
      {(dropped || error) && (
        <div role="alert" style={alert}>
          {error ?? GENERAL_CATALOG_RULE}
        </div>
      )}
      <p style={{ ...weak, padding: '8px 16px', lineHeight: 1.7 }}>{t('catalogPicker.tip')}</p>
    </section>
  );
}

const option = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '8px 0',
  fontSize: 15,
  lineHeight: 1.5,
  // Collapse greys its content; these are choices to read, not notes.
  color: 'var(--adm-color-text)',
} as const;

const alert = {
  margin: '8px 12px 0',
  padding: '8px 10px',
  fontSize: 13,
  lineHeight: 1.6,
  color: 'var(--adm-color-danger)',
  background: '#fff1f0',
  border: '1px solid #ffccc7',
  borderRadius: 4,
} as const;
