import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';
import { formatToday, isEnterpriseUser, scopeLabel } from '../shared/user-labels.ts';
import { PageTitle } from './modules.tsx';
import { CompletenessCard } from './organisation/CompletenessCard.tsx';

export function HomePage() {
  const { t, i18n } = useTranslation('console');
  const { t: tc } = useTranslation('common');
  const me = useCurrentUser();

  return (
    <>
      <PageTitle module="home" />
      <Card>
        <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0 }}>
          {t('home.greeting', { name: me.displayName })}
          {me.isDemo && (
            <Tag color="orange" style={{ marginInlineStart: 8, verticalAlign: 'middle' }}>
              {tc('demoAccount')}
            </Tag>
          )}
        </Typography.Title>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'username', label: t('home.username'), children: me.username },
            { key: 'role', label: t('home.role'), children: tc(`roles.${me.role}`) },
            {
              key: 'scope',
              label: isEnterpriseUser(me) ? t('home.enterprise') : t('home.scope'),
              children: scopeLabel(me, tc),
            },
            { key: 'today', label: t('home.today'), children: formatToday(i18n.language) },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, marginTop: 8 }}>
          {t('home.intro')}
        </Typography.Paragraph>
      </Card>
      {me.scope.enterpriseId && (
        <CompletenessCard enterpriseId={me.scope.enterpriseId} links={me.role === 'ent_admin'} />
      )}
    </>
  );
}
