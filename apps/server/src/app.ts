import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv, Deps } from './lib/context.ts';
import { onError, onNotFound } from './lib/error-handler.ts';
import { AppError } from './lib/errors.ts';
import { csrfGuard, passwordChangeGate, requestContext, sessionLoader } from './lib/middleware.ts';
import { mountWeb } from './lib/web.ts';
import { attachmentsRoutes, attachmentUploadLimit } from './modules/attachments/attachments.routes.ts';
import { createAttachmentsService } from './modules/attachments/attachments.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { catalogEditsRoutes } from './modules/catalogs/catalog-edits.routes.ts';
import { createCatalogEditsService } from './modules/catalogs/catalog-edits.service.ts';
import { createCatalogImportService } from './modules/catalogs/catalog-import.service.ts';
import { catalogsRoutes } from './modules/catalogs/catalogs.routes.ts';
import { createCatalogsService } from './modules/catalogs/catalogs.service.ts';
import { contactsRoutes } from './modules/contacts/contacts.routes.ts';
import { createContactsService } from './modules/contacts/contacts.service.ts';
import { contentRoutes } from './modules/content/content.routes.ts';
import { createContentService } from './modules/content/content.service.ts';
import { enterpriseProfileRoutes } from './modules/enterprises/enterprise-profile.routes.ts';
import { createEnterpriseProfileService } from './modules/enterprises/enterprise-profile.service.ts';
import { enterprisesRoutes } from './modules/enterprises/enterprises.routes.ts';
import { createEnterprisesService } from './modules/enterprises/enterprises.service.ts';
import { exportsRoutes } from './modules/exports/exports.routes.ts';
import { createExportsService } from './modules/exports/exports.service.ts';
import { statsExportsRoutes } from './modules/exports/stats-exports.ts';
import { filesRoutes, uploadLimit } from './modules/files/files.routes.ts';
import { createFilesService } from './modules/files/files.service.ts';
import { createHazardHandlingService } from './modules/hazards/hazard-handling.service.ts';
import { hazardsRoutes } from './modules/hazards/hazards.routes.ts';
import { createHazardsService } from './modules/hazards/hazards.service.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { createHomeService } from './modules/home/home.service.ts';
import { infoReportsRoutes } from './modules/info-reports/info-reports.routes.ts';
import { createInfoReportsService } from './modules/info-reports/info-reports.service.ts';
import { createSubmitService } from './modules/inspections/inspection-submit.ts';
import { inspectionsRoutes } from './modules/inspections/inspections.routes.ts';
import { createInspectionsService } from './modules/inspections/inspections.service.ts';
import { createReportingService } from './modules/inspections/reporting.ts';
import { ledgerRoutes } from './modules/ledger/ledger.routes.ts';
import { createLedgerService } from './modules/ledger/ledger.service.ts';
import { createLedgerVerificationService } from './modules/ledger/ledger-verification.service.ts';
import { createLedgerWorkflowService } from './modules/ledger/ledger-workflow.service.ts';
import { mapsRoutes, mapUploadLimit } from './modules/maps/maps.routes.ts';
import { createMapsService } from './modules/maps/maps.service.ts';
import { noticesModule } from './modules/notices/notices.routes.ts';
import { organisationRoutes } from './modules/organisation/organisation.routes.ts';
import { plansRoutes } from './modules/plans/plans.routes.ts';
import { createPlansService } from './modules/plans/plans.service.ts';
import { createPublicReportHandlingService } from './modules/public-reports/public-report-handling.service.ts';
import { publicReportsRoutes } from './modules/public-reports/public-reports.routes.ts';
import { createPublicReportsService } from './modules/public-reports/public-reports.service.ts';
import { publicReportsOfficeRoutes } from './modules/public-reports/public-reports-office.routes.ts';
import { createPublicSubmitService } from './modules/public-reports/public-submit.service.ts';
import { createRateLimiter } from './modules/public-reports/rate-limit.ts';
import { regionsRoutes } from './modules/regions/regions.routes.ts';
import { createRegionsService } from './modules/regions/regions.service.ts';
import { remindersModule } from './modules/reminders/reminders.routes.ts';
import { sitesRoutes } from './modules/sites/sites.routes.ts';
import { createSitesService } from './modules/sites/sites.service.ts';
import { standardsModule } from './modules/standards/index.ts';
import { statsRoutes } from './modules/stats/stats.routes.ts';
import { createStatsService } from './modules/stats/stats.service.ts';
import { supervisionRoutes } from './modules/supervision/supervision.routes.ts';
import { createSupervisionService } from './modules/supervision/supervision.service.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { enterpriseRolesRoutes } from './modules/users/enterprise-roles.routes.ts';
import { createEnterpriseRolesService } from './modules/users/enterprise-roles.service.ts';
import { userAdminRoutes } from './modules/users/user-admin.routes.ts';
import { createUserAdminService } from './modules/users/user-admin.service.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { createUsersService } from './modules/users/users.service.ts';

export const API_VERSION = '0.1.0';

/** Builds the whole HTTP application from its dependencies; main.ts only reads env and listens. */
export function createApp(deps: Deps, options: { serveWeb?: boolean } = {}) {
  const services = {
    auth: createAuthService(deps),
    regions: createRegionsService(deps),
    audit: createAuditService(deps),
    enterprises: createEnterprisesService(deps),
    enterpriseProfiles: createEnterpriseProfileService(deps),
    users: createUsersService(deps),
    userAdmin: createUserAdminService(deps),
    enterpriseRoles: createEnterpriseRolesService(deps),
    catalogs: createCatalogsService(deps),
    catalogEdits: createCatalogEditsService(deps),
    sites: createSitesService(deps),
    inspections: createInspectionsService(deps),
    hazards: createHazardsService(deps),
    files: createFilesService(deps),
    exports: createExportsService(deps),
    ledger: createLedgerService(deps),
    stats: createStatsService(deps),
    supervision: createSupervisionService(deps),
    plans: createPlansService(deps),
    publicReports: createPublicReportsService(deps),
    maps: createMapsService(deps),
  };
  const submitter = createSubmitService(deps, services.inspections);
  const importer = createCatalogImportService(deps, services.catalogEdits);
  const handling = createHazardHandlingService(deps, services.hazards);
  const reporting = createReportingService(deps);
  const ledgerWorkflow = createLedgerWorkflowService(deps, services.ledger);
  const ledgerVerification = createLedgerVerificationService(deps, services.ledger);
  const publicSubmit = createPublicSubmitService(deps, createRateLimiter(deps.now));
  const publicHandling = createPublicReportHandlingService(deps, services.publicReports);

  const app = new OpenAPIHono<AppEnv>();
  app.onError(onError);
  app.use(requestId());
  app.use(requestContext(deps.log, deps.config));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      strictTransportSecurity: deps.config.cookieSecure ? 'max-age=31536000; includeSubDomains' : false,
    }),
  );
  app.route('/', systemRoutes(deps.database));

  const jsonLimit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', '提交的内容过大（上限 1 MB）');
    },
  });
  // Photo uploads and boundary maps have their own, larger limits.
  const ownLimit = ['/api/v1/files/', '/api/v1/maps/'];
  ownLimit.push('/api/v1/attachments/');
  app.use('/api/v1/*', (c, next) =>
    ownLimit.some((p) => c.req.path.startsWith(p)) ? next() : jsonLimit(c, next),
  );
  app.use('/api/v1/files/*', uploadLimit);
  app.use('/api/v1/maps/*', mapUploadLimit);
  app.use('/api/v1/attachments/*', attachmentUploadLimit);
  app.use('/api/v1/*', sessionLoader(services.auth));
  app.use('/api/v1/*', csrfGuard());
  app.use('/api/v1/*', passwordChangeGate());
  app.route('/api/v1', authRoutes(services.auth, deps.config));
  app.route('/api/v1', regionsRoutes(services.regions));
  app.route('/api/v1', auditRoutes(services.audit));
  app.route('/api/v1', enterprisesRoutes(services.enterprises));
  app.route('/api/v1', enterpriseProfileRoutes(services.enterpriseProfiles));
  app.route('/api/v1', usersRoutes(services.users));
  app.route('/api/v1', userAdminRoutes(services.userAdmin));
  app.route('/api/v1', enterpriseRolesRoutes(services.enterpriseRoles));
  app.route('/api/v1', catalogsRoutes(services.catalogs));
  app.route('/api/v1', catalogEditsRoutes(services.catalogEdits, importer, services.catalogs));
  app.route('/api/v1', sitesRoutes(services.sites));
  app.route('/api/v1', standardsModule(deps, services.catalogEdits));
  app.route('/api/v1', inspectionsRoutes(services.inspections, submitter, reporting));
  app.route('/api/v1', hazardsRoutes(services.hazards, handling));
  app.route('/api/v1', filesRoutes(services.files));
  app.route('/api/v1', exportsRoutes(services.exports));
  app.route('/api/v1', ledgerRoutes(services.ledger, ledgerWorkflow, ledgerVerification));
  app.route('/api/v1', statsRoutes(services.stats));
  app.route('/api/v1', statsExportsRoutes(services.stats, deps.now));
  app.route('/api/v1', supervisionRoutes(services.supervision));
  app.route('/api/v1', plansRoutes(services.plans));
  // The public's routes first: /public-reports/follow must not be taken for an id.
  app.route('/api/v1', publicReportsRoutes(publicSubmit));
  app.route('/api/v1', publicReportsOfficeRoutes(services.publicReports, publicHandling));
  app.route('/api/v1', mapsRoutes(services.maps));
  app.route('/api/v1', organisationRoutes(deps));
  app.route('/api/v1', remindersModule(deps));
  app.route('/api/v1', homeRoutes(createHomeService(deps)));
  app.route('/api/v1', infoReportsRoutes(createInfoReportsService(deps)));
  app.route('/api/v1', contactsRoutes(createContactsService(deps)));
  app.route('/api/v1', noticesModule(deps));
  app.route('/api/v1', attachmentsRoutes(createAttachmentsService(deps)));
  app.route('/api/v1', contentRoutes(createContentService(deps)));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'ancha_session',
    description: '登录后设置的会话 Cookie；写操作另需请求头 X-CSRF-Token（值为 ancha_csrf Cookie）。',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '安查 Ancha API',
      version: API_VERSION,
      description: '隐患排查治理系统的公开接口。字段为 camelCase，金额单位为分，时间为带时区的 ISO 8601。',
    },
    security: [{ session: [] }],
  });

  app.all('/api/*', onNotFound);
  if (options.serveWeb) mountWeb(app, deps.config.webDistDir);
  app.notFound(onNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
