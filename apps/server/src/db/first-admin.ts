import { randomBytes } from 'node:crypto';
import { recordAudit } from '../lib/audit.ts';
import { newId } from '../lib/ids.ts';
import { hashPassword } from '../lib/passwords.ts';
import { findUserByUsername } from '../modules/auth/auth.repository.ts';
import type { Db } from './client.ts';
import { users } from './schema/index.ts';

/**
 * A production install seeds no accounts, so its first platform admin is made from the command
 * line with a random one-time password that must be replaced at first sign-in.
 */
export async function createFirstAdmin(db: Db, username: string, now = new Date()) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/.test(username)) {
    throw new Error('用户名为 3 至 32 位字母、数字、点、下划线或连字符');
  }
  if (await findUserByUsername(db, username)) throw new Error(`用户名 ${username} 已存在`);
  // Four character classes guaranteed, so it passes the password rule whatever the random part is.
  const password = `Aa1#${randomBytes(12).toString('base64url')}`;
  const id = newId();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.insert(users).values({
      id,
      username,
      displayName: '平台管理员',
      role: 'admin',
      passwordHash,
      mustChangePassword: true,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, { actor: null, requestId: 'cli', ip: 'local' }, now, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      after: { username, role: 'admin', via: 'db:create-admin' },
    });
  });
  return { username, password };
}
