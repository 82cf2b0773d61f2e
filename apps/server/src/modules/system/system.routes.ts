import fs from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import swaggerUi from 'swagger-ui-dist';
import type { Database } from '../../db/client.ts';
import type { AppEnv } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';

const docsPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>安查 API 文档</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="api"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
const docsInit = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api', deepLinking: true });`;
const docsAssets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** Health for load balancers, and the API reference served from local files (works offline). */
export function systemRoutes(database: Database) {
  const assetsDir = swaggerUi.getAbsoluteFSPath();
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await database.ping();
        return c.json({ status: 'ready', database: database.kind });
      } catch (err) {
        c.get('log').warn({ err }, 'readiness check failed');
        throw new AppError('UNAVAILABLE', '数据库暂不可用');
      }
    })
    .get('/api/docs', (c) => c.html(docsPage))
    .get('/api/docs/init.js', (c) =>
      c.body(docsInit, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
    )
    .get('/api/docs/:file', async (c) => {
      const file = c.req.param('file');
      const type = docsAssets[file];
      if (!type) throw new AppError('NOT_FOUND', '文件不存在');
      const body = await fs.readFile(path.join(assetsDir, file));
      return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
    });
}
