import type { Deps } from '../../lib/context.ts';
import { newRouter } from '../../lib/router.ts';
import { createCompletenessService } from './completeness.service.ts';
import { departmentsRoutes } from './departments.routes.ts';
import { createDepartmentsService } from './departments.service.ts';
import { createPostImportService } from './post-import.service.ts';
import { createPostLinksService } from './post-links.service.ts';
import { postsRoutes } from './posts.routes.ts';
import { createPostsService } from './posts.service.ts';

/** 部门管理、岗位管理、导入岗位清单 and the 信息完备率 (E9), wired from the app's dependencies. */
export function organisationRoutes(deps: Deps) {
  return newRouter()
    .route('/', departmentsRoutes(createDepartmentsService(deps), createCompletenessService(deps)))
    .route(
      '/',
      postsRoutes(createPostsService(deps), createPostLinksService(deps), createPostImportService(deps)),
    );
}
