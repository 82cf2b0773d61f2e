import { describe, expect, it } from 'vitest';
import { ChangePasswordBody, homeOf, passwordProblem, SignInBody } from './auth.ts';

describe('password rule', () => {
  it('accepts eight or more characters of three kinds', () => {
    expect(passwordProblem('Ancha@2026')).toBeNull();
    expect(passwordProblem('abcdEF12')).toBeNull();
    expect(passwordProblem('abcd#123')).toBeNull();
  });

  it('says what is wrong, in Chinese', () => {
    expect(passwordProblem('Ab1#')).toBe('密码至少 8 位');
    expect(passwordProblem('abcdefgh1')).toBe('密码须包含大写字母、小写字母、数字、符号中的至少三种');
    expect(passwordProblem(`Aa1#${'x'.repeat(61)}`)).toBe('密码不能超过 64 位');
  });

  it('is applied by the change-password schema', () => {
    const result = ChangePasswordBody.safeParse({ currentPassword: 'x', newPassword: 'short' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['newPassword']);
  });
});

describe('sign-in body', () => {
  it('trims the username and lists both missing fields', () => {
    expect(SignInBody.parse({ username: ' admin ', password: 'p' }).username).toBe('admin');
    const result = SignInBody.safeParse({});
    expect(result.error?.issues.map((i) => i.message)).toEqual(['请输入用户名', '请输入密码']);
  });
});

describe('home of each role', () => {
  it('sends inspectors to the phone pages and everyone else to the console', () => {
    expect(homeOf('ent_inspector')).toBe('mobile');
    for (const role of [
      'admin',
      'gov_city',
      'gov_district',
      'gov_street',
      'gov_industry',
      'ent_admin',
    ] as const) {
      expect(homeOf(role)).toBe('console');
    }
  });
});
