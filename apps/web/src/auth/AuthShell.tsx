import { Card, type FormInstance, theme } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, fieldName } from '../api/errors.ts';

/**
 * The frame of the pages a user meets before the system proper: one column that fills a phone
 * (the first screen an inspector sees) and stays a narrow card on a desktop.
 */
export function AuthShell({ header, children }: { header: ReactNode; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        minHeight: '100dvh',
        display: 'flex',
        justifyContent: 'center',
        alignItems: 'flex-start',
        padding: 'clamp(24px, 8vh, 96px) 16px 24px',
        background: `linear-gradient(180deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 320px)`,
        boxSizing: 'border-box',
      }}
    >
      <main style={{ width: '100%', maxWidth: 420 }}>
        <header style={{ textAlign: 'center', marginBottom: 24 }}>{header}</header>
        <Card variant="borderless" style={{ boxShadow: token.boxShadowTertiary }}>
          {children}
        </Card>
      </main>
    </div>
  );
}

/**
 * Puts a 422's field messages on the form's own fields. Returns whether every message found a
 * field, so the caller shows a general alert only for what could not be placed.
 */
export function applyFieldErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  names: readonly string[],
): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const byName = new Map<string, string[]>();
  let placedAll = true;
  for (const field of error.fields) {
    const name = fieldName(field.path);
    if (!names.includes(name)) {
      placedAll = false;
      continue;
    }
    byName.set(name, [...(byName.get(name) ?? []), field.message]);
  }
  form.setFields([...byName].map(([name, errors]) => ({ name: name as never, errors })));
  return placedAll;
}
