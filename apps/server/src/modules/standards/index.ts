import type { Deps } from '../../lib/context.ts';
import type { CatalogEditsService } from '../catalogs/catalog-edits.service.ts';
import { createHazardGradesService } from './hazard-grades.ts';
import { createMyPostService } from './my-post.ts';
import { postChecklistsRoutes } from './post-checklists.routes.ts';
import { createPostChecklistsService } from './post-checklists.ts';
import { createStandardUpdatesService } from './standard-updates.ts';
import { standardsRoutes } from './standards.routes.ts';
import { createStandardsService } from './standards.service.ts';

/** 一企一标准、一岗一清单 and 隐患分级 (E9): the module's services behind its routes, for app.ts. */
export function standardsModule(deps: Deps, edits: CatalogEditsService) {
  const standards = createStandardsService(deps, edits);
  const checklists = postChecklistsRoutes(
    createPostChecklistsService(deps),
    createMyPostService(deps),
    createHazardGradesService(deps),
  );
  return standardsRoutes(standards, createStandardUpdatesService(deps, standards)).route('/', checklists);
}
