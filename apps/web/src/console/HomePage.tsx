import { shanghaiDate } from '@ancha/contracts';
import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHome } from '../api/home.ts';
import { useCurrentUser } from '../auth/session.ts';
import { formatToday, isEnterpriseUser, scopeLabel } from '../shared/user-labels.ts';
import { EnterpriseHomeCards } from './home/EnterpriseHomeCards.tsx';
import { GovernmentHomeCards } from './home/GovernmentHomeCards.tsx';
import { PageTitle } from './modules.tsx';
import { CompletenessCard } from './organisation/CompletenessCard.tsx';

export function HomePage() {
  const { t, i18n } = useTranslation('console');
  const { t: tc } = useTranslation('common');
  const { t: th } = useTranslation('home');
  const me = useCurrentUser();
  const home = useHome(me.role !== 'admin');
  const data = home.data;

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
        {data && data.kind !== 'platform' && (
          // Seed 002: the home page says how many notices and reminders are unread; a click reads them.
          <Flex gap={24} wrap style={{ marginTop: 8 }} data-testid="home-unread">
            {data.kind === 'enterprise' && (
              <Link to="/console/notices">
                {th('unreadLine', { count: data.unread.notices, what: th('unread.notices') })}
              </Link>
            )}
            <Link to="/console/reminders">
              {th('unreadLine', { count: data.unread.reminders, what: th('unread.reminders') })}
            </Link>
          </Flex>
        )}
      </Card>
      {home.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={th('loadFailed', { message: home.error.message })}
        />
      )}
      {data?.kind === 'enterprise' && <EnterpriseHomeCards home={data} />}
      {data?.kind === 'government' && (
        <GovernmentHomeCards home={data} year={Number(shanghaiDate(new Date()).slice(0, 4))} />
      )}
      {me.scope.enterpriseId && (
        <CompletenessCard enterpriseId={me.scope.enterpriseId} links={me.role === 'ent_admin'} />
      )}
    </>
  );
}
