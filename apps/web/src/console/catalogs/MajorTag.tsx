import type { MajorClause } from '@ancha/contracts';
import { Descriptions, Popover, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Marks an item that can be judged a major hazard, with the clause that makes it one a hover or
 * a tap away (X3): the level is proposed at entry, and its basis must be visible to whoever decides.
 */
export function MajorTag({ clause, short = false }: { clause: MajorClause; short?: boolean }) {
  const { t } = useTranslation('catalogs');
  return (
    <Popover
      title={t('major.title')}
      trigger={['hover', 'click']}
      content={
        <Descriptions
          size="small"
          column={1}
          style={{ maxWidth: 420 }}
          items={[
            { key: 'criteria', label: t('major.criteria'), children: `《${clause.criteriaName}》` },
            { key: 'issuedBy', label: t('major.issuedBy'), children: clause.issuedBy },
            { key: 'article', label: t('major.article'), children: clause.article },
            { key: 'text', label: t('major.text'), children: clause.text },
            { key: 'code', label: t('major.code'), children: clause.code },
          ]}
        />
      }
    >
      <Tag
        color="volcano"
        tabIndex={0}
        style={{ marginInlineStart: 8, cursor: 'help', verticalAlign: 'middle' }}
        data-testid="major-tag"
      >
        {short ? t('major.short') : t('major.tag')}
      </Tag>
    </Popover>
  );
}
