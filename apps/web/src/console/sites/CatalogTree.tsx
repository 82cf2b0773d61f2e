import { GENERAL_CATALOG_RULE, type IndustryNode } from '@ancha/contracts';
import { Alert, Empty, Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { applyCatalogRule, catalogKinds } from './site-form.ts';

const industryKey = (code: string) => `industry:${code}`;

/**
 * 请选择行业与检查内容（可多选）: industries as parents, their published catalogs as leaves. The
 * general catalog and the industry catalogs exclude each other, so whichever kind is chosen
 * disables the other; the server enforces the same rule and says it in the same words.
 */
export function CatalogTree(props: {
  industries: readonly IndustryNode[];
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  const { industries, value = [], onChange } = props;
  const { t } = useTranslation('enterprise');
  const kinds = useMemo(() => catalogKinds(industries), [industries]);
  const hasGeneral = value.some((id) => kinds.general.has(id));
  const hasIndustry = value.some((id) => kinds.industry.has(id));

  const treeData: TreeDataNode[] = industries
    .map((industry) => {
      const blocked = industry.general ? hasIndustry : hasGeneral;
      const children = industry.catalogs
        .filter((catalog) => catalog.published)
        .map((catalog) => ({ key: catalog.id, title: catalog.name, isLeaf: true, disableCheckbox: blocked }));
      return { key: industryKey(industry.code), title: industry.name, disableCheckbox: blocked, children };
    })
    .filter((node) => node.children.length > 0);

  return (
    <>
      {treeData.length === 0 ? (
        <Empty description={t('siteForm.noCatalogs')} />
      ) : (
        <Tree
          checkable
          selectable={false}
          // Most industries have one or two catalogs: all open is one short list to scan.
          defaultExpandAll
          checkedKeys={value}
          treeData={treeData}
          onCheck={(checked) => {
            const keys = (Array.isArray(checked) ? checked : checked.checked).map(String);
            onChange?.(applyCatalogRule(value, keys, kinds));
          }}
          style={{ maxHeight: 360, overflow: 'auto' }}
          data-testid="catalog-tree"
        />
      )}
      <Alert
        type="info"
        showIcon
        title={t('siteForm.tipTitle')}
        description={GENERAL_CATALOG_RULE}
        style={{ marginTop: 12 }}
        data-testid="general-catalog-rule"
      />
    </>
  );
}
