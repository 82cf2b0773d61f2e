import type { Role } from '@ancha/contracts';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';
import { enterpriseRoles, posts } from './organisation.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    /** Government scope: '110000' for the city, a district code or a 9-digit street code. */
    regionCode: text('region_code'),
    /** Industry departments only: the industries they supervise. */
    industries: text('industries').array().notNull().default([]),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    phone: text('phone'),
    /** Where reminders and notices are also sent by email (G7), when SMTP is configured. */
    email: text('email'),
    /** 岗位用户: the post whose checklist this inspector fills (E9). */
    postId: uuid('post_id').references(() => posts.id),
    /** 角色授权 and 用户授权 (E10): a role's permissions, plus the user's own on top. */
    enterpriseRoleId: uuid('enterprise_role_id').references(() => enterpriseRoles.id),
    permissions: text('permissions').array().notNull().default([]),
    disclaimerAcceptedAt: timestamp('disclaimer_accepted_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('users_enterprise_idx').on(t.enterpriseId), index('users_region_idx').on(t.regionCode)],
);

/** Sessions live in the database so any app process can serve any request (X4). */
export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie's token: a leaked table does not hand out live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expiry_idx').on(t.expiresAt)],
);

/** Failed sign-ins, kept to throttle guessing per account and per address. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
  },
  (t) => [
    index('sign_in_failures_user_idx').on(t.username, t.at),
    index('sign_in_failures_ip_idx').on(t.ip, t.at),
  ],
);
