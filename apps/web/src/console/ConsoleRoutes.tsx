import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useCurrentUser } from '../auth/session.ts';
import { Forbidden, NotFound } from '../shared/status-pages.tsx';
import { AuditPage } from './audit/AuditPage.tsx';
import { ConsoleLayout } from './ConsoleLayout.tsx';
import { CatalogRoutes } from './catalogs/CatalogRoutes.tsx';
import { EnterprisesPage } from './enterprises/EnterprisesPage.tsx';
import { HomePage } from './HomePage.tsx';
import { HazardsPage } from './hazards/HazardsPage.tsx';
import { HelpPage } from './help/HelpPage.tsx';
import { InfoReportsPage } from './info-reports/InfoReportsPage.tsx';
import { LedgerPage } from './ledger/LedgerPage.tsx';
import { type ModuleKey, menuByRole, moduleKeys, PageTitle } from './modules.tsx';
import { NoticesPage } from './notices/NoticesPage.tsx';
import { DepartmentsPage } from './organisation/DepartmentsPage.tsx';
import { PostsPage } from './organisation/PostsPage.tsx';
import { PlansPage } from './plans/PlansPage.tsx';
import { ProfilePage } from './profile/ProfilePage.tsx';
import { RecordsPage } from './records/RecordsPage.tsx';
import { RegionsPage } from './regions/RegionsPage.tsx';
import { RemindersPage } from './reminders/RemindersPage.tsx';
import { ReportsPage } from './reports/ReportsPage.tsx';
import { RolesPage } from './roles/RolesPage.tsx';
import { SitesPage } from './sites/SitesPage.tsx';
import { StandardPage } from './standard/StandardPage.tsx';
import { StatsPage } from './stats/StatsPage.tsx';
import { SupervisionPage } from './supervision/SupervisionPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';

// Modules with pages of their own below the module's URL, routed by the module itself.
const modulesWithPages = new Set<ModuleKey>(['catalogs']);

/** Routes under /console/*; loaded on demand so phones never download the console. */
export default function ConsoleRoutes() {
  return (
    <Routes>
      <Route element={<ConsoleLayout />}>
        <Route index element={<ModulePage module="home" />} />
        {moduleKeys
          .filter((key) => key !== 'home')
          .map((key) => (
            <Route
              key={key}
              path={modulesWithPages.has(key) ? `${key}/*` : key}
              element={<ModulePage module={key} />}
            />
          ))}
        <Route path="*" element={<NotFound home="/console" />} />
      </Route>
    </Routes>
  );
}

/** A console URL shows its module only to the roles whose menu holds it. */
function ModulePage({ module }: { module: ModuleKey }) {
  const me = useCurrentUser();
  if (!menuByRole[me.role].includes(module)) return <Forbidden home="/console" />;

  switch (module) {
    case 'home':
      return <HomePage />;
    case 'regions':
      return <RegionsPage />;
    case 'audit':
      return <AuditPage />;
    case 'catalogs':
      return <CatalogRoutes />;
    case 'sites':
      return <SitesPage />;
    case 'records':
      return <RecordsPage />;
    case 'hazards':
      return <HazardsPage />;
    case 'profile':
      return <ProfilePage />;
    case 'ledger':
      return <LedgerPage />;
    case 'plans':
      return <PlansPage />;
    case 'inforeports':
      return <InfoReportsPage />;
    case 'enterprises':
      return <EnterprisesPage />;
    case 'stats':
      return <StatsPage />;
    case 'supervision':
      return <SupervisionPage />;
    case 'reports':
      return <ReportsPage />;
    case 'departments':
      return <DepartmentsPage />;
    case 'posts':
      return <PostsPage />;
    case 'standard':
      return <StandardPage />;
    case 'users':
      return <UsersPage />;
    case 'roles':
      return <RolesPage />;
    case 'help':
      return <HelpPage />;
    case 'notices':
      return <NoticesPage />;
    case 'reminders':
      return <RemindersPage />;
    default:
      return <NotOpenPage module={module} />;
  }
}

type OpenLater = Exclude<
  ModuleKey,
  | 'home'
  | 'regions'
  | 'audit'
  | 'catalogs'
  | 'sites'
  | 'records'
  | 'hazards'
  | 'profile'
  | 'ledger'
  | 'stats'
  | 'plans'
  | 'inforeports'
  | 'enterprises'
  | 'help'
  | 'supervision'
  | 'reports'
  | 'departments'
  | 'posts'
  | 'standard'
  | 'users'
  | 'roles'
  | 'notices'
  | 'reminders'
>;

/** An honest empty state: what the module will do, and that it does not do it yet. */
function NotOpenPage({ module }: { module: OpenLater }) {
  const { t } = useTranslation(['console', 'common']);
  const name = t(`modules.${module}.name`);
  return (
    <>
      <PageTitle module={module} />
      <Card>
        <Result
          icon={<ClockCircleOutlined />}
          title={t('common:notOpen.title', { name })}
          subTitle={
            <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>
              {t(`modules.${module}.description`)}
              <br />
              {t('common:notOpen.hint')}
            </Typography.Paragraph>
          }
        />
      </Card>
    </>
  );
}
