import type { EnterpriseProfile } from '@ancha/contracts';
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, type DescriptionsProps, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuan } from './profile-form.ts';

/** The seed's required items: until they are all there the enterprise is asked to complete them. */
const requiredItems = [
  'legalRepresentative',
  'legalRepresentativePhone',
  'principalName',
  'principalPhone',
  'staffCount',
  'nature',
] as const;

/**
 * 企业基本信息 as read: fixed, basic, safety organisation and business groups. Without `onEdit`
 * (a regulator reading it) there is no edit button: the variable fields are the enterprise's.
 */
export function BasicInfo({ profile, onEdit }: { profile: EnterpriseProfile; onEdit?: () => void }) {
  const { t } = useTranslation('profile');
  const p = profile;
  const show = (value: ReactNode) =>
    value === null || value === undefined || value === '' ? t('none') : value;
  const bool = (value: boolean | null, yes: 'yes' | 'have', no: 'no' | 'haveNot') =>
    value === null ? t('none') : t(value ? yes : no);
  const item = (key: string, label: string, value: ReactNode, span = 1) => ({
    key,
    label,
    children: show(value),
    span,
  });
  const field = (name: keyof typeof p & string, value: ReactNode = p[name] as ReactNode, span = 1) =>
    item(name, t(`fields.${name}` as 'fields.name'), value, span);

  const groups: [string, DescriptionsProps['items']][] = [
    [
      t('basic.fixedGroup'),
      [
        field('name'),
        field('uscc'),
        item('region', t('fields.region'), `${p.districtName}${p.streetName}`),
        item('industries', t('fields.industries'), p.industries.map((i) => i.name).join(t('listSeparator'))),
      ],
    ],
    [
      t('basic.variableGroup'),
      [
        field('address', p.address, 2),
        field('legalRepresentative'),
        field('legalRepresentativePhone'),
        field('principalName'),
        field('principalPhone'),
        field('phone'),
        field('staffCount', p.staffCount === null ? null : t('basic.people', { count: p.staffCount })),
        field('nature', p.nature && t(`nature.${p.nature}`)),
        field('scale', p.scale && t(`scale.${p.scale}`)),
        field('parentGroup'),
        field('districtDepartment'),
        field('cityDepartment'),
      ],
    ],
    [
      t('basic.safetyGroup'),
      [
        field('hasSafetyOrg', bool(p.hasSafetyOrg, 'yes', 'no')),
        field('safetyOrgName'),
        field(
          'fullTimeSafetyStaff',
          p.fullTimeSafetyStaff === null ? null : t('basic.people', { count: p.fullTimeSafetyStaff }),
        ),
        field(
          'standardizationLevel',
          p.standardizationLevel && t(`standardizationLevel.${p.standardizationLevel}`),
        ),
        field('hasMajorHazardSource', bool(p.hasMajorHazardSource, 'have', 'haveNot')),
        field(
          'majorHazardSourceCount',
          p.majorHazardSourceCount === null ? null : t('basic.places', { count: p.majorHazardSourceCount }),
        ),
      ],
    ],
    [
      t('basic.businessGroup'),
      [
        field('establishedOn'),
        item(
          'registeredCapital',
          t('fields.registeredCapital'),
          p.registeredCapitalFen === null
            ? null
            : t('basic.yuan', { amount: fenToYuan(p.registeredCapitalFen) }),
        ),
        field('businessScope', p.businessScope, 2),
      ],
    ],
  ];
  const incomplete = !p.address || requiredItems.some((name) => p[name] === null);

  return (
    <>
      <Flex justify="space-between" align="center" gap="middle" style={{ marginBottom: 16 }}>
        {incomplete ? <Alert type="warning" showIcon title={t('basic.incomplete')} /> : <span />}
        {onEdit && (
          <Button type="primary" icon={<EditOutlined />} onClick={onEdit} style={{ background: '#389e0d' }}>
            {t('basic.edit')}
          </Button>
        )}
      </Flex>
      {groups.map(([title, items]) => (
        <Descriptions
          key={title}
          title={title}
          bordered
          size="small"
          column={2}
          items={items}
          style={{ marginBottom: 24 }}
          styles={{ label: { width: 180 } }}
        />
      ))}
    </>
  );
}
