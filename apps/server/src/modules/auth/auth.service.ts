import type { ChangePasswordBody, Me, SignInBody } from '@ancha/contracts';
import { passwordProblem } from '@ancha/contracts';
import type { Actor } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta, SessionInfo } from '../../lib/context.ts';
import { AppError, unauthenticated } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword, timingDummyHash, verifyPassword } from '../../lib/passwords.ts';
import { actorOf, toMe } from './auth.mapper.ts';
import * as repo from './auth.repository.ts';
import { newToken, tokenHash } from './session-token.ts';
import { assertNotThrottled, FAILURE_LIMIT, FAILURE_WINDOW_MS } from './throttle.ts';

export interface SignedIn {
  user: Me;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export function createAuthService({ database, config, now }: Deps) {
  const db = database.db;

  async function meOf(user: repo.UserRow): Promise<Me> {
    return toMe(user, await repo.scopeNames(db, user), await repo.rolePermissions(db, user.id));
  }

  async function failSignIn(
    username: string,
    user: repo.UserRow | undefined,
    meta: RequestMeta,
  ): Promise<never> {
    const at = now();
    await db.transaction(async (tx) => {
      await repo.insertFailure(tx, { id: newId(), at, username, ip: meta.ip });
      await recordAudit(tx, { ...meta, actor: null }, at, {
        action: 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        enterpriseId: user?.enterpriseId ?? null,
        after: { username, reason: user ? 'wrong_password' : 'unknown_user' },
      });
    });
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }

  return {
    async signIn(
      input: SignInBody,
      meta: RequestMeta & { previous: string | null; userAgent: string | null },
    ) {
      const started = now();
      const since = new Date(started.getTime() - FAILURE_WINDOW_MS);
      assertNotThrottled(
        await repo.recentFailures(db, 'username', input.username, since, FAILURE_LIMIT),
        started,
        '该账号',
      );
      assertNotThrottled(
        await repo.recentFailures(db, 'ip', meta.ip, since, FAILURE_LIMIT),
        started,
        '当前网络地址',
      );

      const user = await repo.findUserByUsername(db, input.username);
      const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), input.password);
      if (!user || !ok) return failSignIn(input.username, user, meta);
      if (user.disabled) throw new AppError('ACCOUNT_DISABLED', '该账号已停用，请联系管理员');
      if (user.isDemo && config.production) {
        throw new AppError('DEMO_ACCOUNT_DISABLED', '演示账号不能在生产环境中使用');
      }

      const at = now();
      const token = newToken();
      const csrfToken = newToken();
      const expiresAt = new Date(at.getTime() + config.sessionTtlMs);
      const actor = actorOf(user, await repo.rolePermissions(db, user.id));
      await db.transaction(async (tx) => {
        // A new session at every sign-in: a session id planted before sign-in is worth nothing after.
        if (meta.previous) await repo.deleteSession(tx, tokenHash(meta.previous));
        await repo.insertSession(tx, {
          tokenHash: tokenHash(token),
          userId: user.id,
          csrfToken,
          createdAt: at,
          expiresAt,
          ip: meta.ip,
          userAgent: meta.userAgent?.slice(0, 300) ?? null,
        });
        await repo.clearFailures(tx, user.username);
        await recordAudit(tx, { ...meta, actor }, at, {
          action: 'auth.sign_in',
          entityType: 'user',
          entityId: user.id,
          enterpriseId: user.enterpriseId,
          regionCode: user.regionCode,
        });
      });
      return { user: await meOf(user), token, csrfToken, expiresAt } satisfies SignedIn;
    },

    async signOut(session: SessionInfo | null, meta: RequestMeta) {
      if (!session) return;
      await db.transaction(async (tx) => {
        await repo.deleteSession(tx, session.tokenHash);
        if (meta.actor) {
          await recordAudit(tx, meta, now(), {
            action: 'auth.sign_out',
            entityType: 'user',
            entityId: meta.actor.id,
          });
        }
      });
    },

    /** The actor behind a session cookie, or null when it is unknown, expired or disabled. */
    async resolveSession(token: string): Promise<{ actor: Actor; session: SessionInfo } | null> {
      const hash = tokenHash(token);
      const row = await repo.findSession(db, hash, now());
      if (!row || row.user.disabled) return null;
      if (row.user.isDemo && config.production) return null;
      return {
        actor: actorOf(row.user, row.rolePermissions),
        session: { tokenHash: hash, csrfToken: row.session.csrfToken },
      };
    },

    async me(actor: Actor | null): Promise<Me> {
      if (!actor) throw unauthenticated();
      const user = await repo.findUserById(db, actor.id);
      if (!user) throw unauthenticated();
      return meOf(user);
    },

    async changePassword(
      actor: Actor | null,
      session: SessionInfo | null,
      body: ChangePasswordBody,
      meta: RequestMeta,
    ) {
      if (!actor || !session) throw unauthenticated();
      const user = await repo.findUserById(db, actor.id);
      if (!user) throw unauthenticated();
      if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
        throw new AppError('VALIDATION_FAILED', '原密码不正确', {
          fields: [{ path: 'currentPassword', message: '原密码不正确' }],
        });
      }
      const problem =
        body.newPassword === body.currentPassword
          ? '新密码不能与原密码相同'
          : body.newPassword.toLowerCase().includes(user.username.toLowerCase())
            ? '新密码不能包含用户名'
            : passwordProblem(body.newPassword);
      if (problem) {
        throw new AppError('VALIDATION_FAILED', problem, {
          fields: [{ path: 'newPassword', message: problem }],
        });
      }
      const at = now();
      const passwordHash = await hashPassword(body.newPassword);
      const updated = await db.transaction(async (tx) => {
        const row = await repo.updateUser(tx, user.id, {
          passwordHash,
          mustChangePassword: false,
          passwordChangedAt: at,
          updatedAt: at,
        });
        // Whoever else holds this account's sessions (a stolen cookie, an old device) is signed out.
        await repo.deleteOtherSessions(tx, user.id, session.tokenHash, at);
        await recordAudit(tx, meta, at, {
          action: 'user.password_changed',
          entityType: 'user',
          entityId: user.id,
          enterpriseId: user.enterpriseId,
          before: { mustChangePassword: user.mustChangePassword },
          after: { mustChangePassword: false },
        });
        return row!;
      });
      return meOf(updated);
    },

    async acceptDisclaimer(caller: Actor | null, meta: RequestMeta): Promise<Me> {
      if (!caller) throw unauthenticated();
      const user = await repo.findUserById(db, caller.id);
      if (!user) throw unauthenticated();
      if (user.disclaimerAcceptedAt) return meOf(user);
      const at = now();
      const updated = await db.transaction(async (tx) => {
        const row = await repo.updateUser(tx, user.id, { disclaimerAcceptedAt: at, updatedAt: at });
        await recordAudit(tx, meta, at, {
          action: 'user.disclaimer_accepted',
          entityType: 'user',
          entityId: user.id,
          enterpriseId: user.enterpriseId,
          before: { disclaimerAcceptedAt: null },
          after: { disclaimerAcceptedAt: at },
        });
        return row!;
      });
      return meOf(updated);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
