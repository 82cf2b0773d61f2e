import fs from 'node:fs';
import path from 'node:path';
import { databaseTarget } from '../bootstrap.ts';
import { loadConfig } from '../config/env.ts';
import { createLogger } from '../lib/logger.ts';
import { backupTo, restoreFrom } from './backup.ts';
import { openDatabase } from './client.ts';
import { createFirstAdmin } from './first-admin.ts';
import { runMigrations } from './migrate.ts';
import { seedRegions } from './seed/regions.ts';

const usage = `用法 (usage):
  npm run db:migrate                   将数据库结构升级到最新
  npm run db:backup [-- 文件]          备份到文件（默认 $ANCHA_DATA_DIR/backups/ 下按时间命名）
  npm run db:restore -- 文件           从备份恢复到一个空数据库
  npm run db:create-admin -- 用户名    创建平台管理员（打印一次性初始密码，首次登录须修改）
同一备份文件可在内置数据库与 PostgreSQL 之间互相恢复。运行前请先停止服务。`;

async function main() {
  const [command, fileArg] = process.argv.slice(2);
  if (!command || !['migrate', 'backup', 'restore', 'create-admin'].includes(command)) {
    process.stdout.write(`${usage}\n`);
    process.exit(command ? 2 : 0);
  }
  const config = loadConfig();
  const log = createLogger('warn');
  const database = await openDatabase(databaseTarget(config));
  try {
    await runMigrations(database);
    if (command === 'migrate') {
      await seedRegions(database.db);
      process.stdout.write('数据库结构已是最新 (migrations applied)\n');
    } else if (command === 'backup') {
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const file = path.resolve(fileArg ?? path.join(config.dataDir, 'backups', `ancha-${stamp}.ndjson.gz`));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const counts = await backupTo(database, file);
      process.stdout.write(`已备份到 ${file}\n${JSON.stringify(counts)}\n`);
    } else if (command === 'create-admin') {
      await seedRegions(database.db);
      const created = await createFirstAdmin(database.db, fileArg ?? 'admin');
      process.stdout.write(
        `已创建平台管理员 ${created.username}，初始密码：${created.password}\n首次登录后须修改密码。\n`,
      );
    } else {
      if (!fileArg) throw new Error('请指定备份文件：npm run db:restore -- <文件>');
      const counts = await restoreFrom(database, path.resolve(fileArg));
      process.stdout.write(`已恢复 ${JSON.stringify(counts)}\n`);
    }
  } catch (error) {
    log.error({ err: error }, 'db command failed');
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

void main();
