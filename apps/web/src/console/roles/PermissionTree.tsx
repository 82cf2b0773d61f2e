import { permissionGroups } from '@ancha/contracts';
import { Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The keys checked here: a role's permissions, or the user's own. */
  value: readonly string[];
  onChange: (keys: string[]) => void;
  /** Keys the user has already from elsewhere (its role, or the default set): shown checked, locked. */
  inherited?: readonly string[];
  inheritedLabel?: string;
  ariaLabel: string;
}

const groupKey = (label: string) => `group:${label}`;

/** The permission catalogue as a checkbox tree: one branch per group, one leaf per page or action. */
export function PermissionTree({ value, onChange, inherited = [], inheritedLabel, ariaLabel }: Props) {
  const { t } = useTranslation('users');
  const treeData: DataNode[] = permissionGroups.map((group) => ({
    key: groupKey(group.label),
    title: group.label,
    children: group.permissions.map((p) => {
      const locked = inherited.includes(p.key);
      return {
        key: p.key,
        disableCheckbox: locked,
        title: (
          <span data-permission={p.key}>
            {p.label}
            {locked && (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {inheritedLabel ?? t('grant.fromRole')}
              </Tag>
            )}
          </span>
        ),
      };
    }),
  }));
  const checked = [...new Set([...value, ...inherited])];

  return (
    <fieldset aria-label={ariaLabel} style={{ border: 0, margin: 0, padding: 0 }}>
      <Tree
        checkable
        selectable={false}
        defaultExpandAll
        treeData={treeData}
        checkedKeys={checked}
        onCheck={(keys) => {
          const list = (Array.isArray(keys) ? keys : keys.checked).map(String);
          // Group nodes and what comes from elsewhere are not the user's own grants.
          onChange(list.filter((k) => !k.startsWith('group:') && !inherited.includes(k)));
        }}
      />
    </fieldset>
  );
}
