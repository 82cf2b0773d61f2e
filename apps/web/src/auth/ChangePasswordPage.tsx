import { type Me, passwordProblem } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/client.ts';
import { isApiError } from '../api/errors.ts';
import { FullPageLoadError, FullPageSpin } from '../shared/status-pages.tsx';
import { AuthShell, applyFieldErrors } from './AuthShell.tsx';
import { safeNext, signInPath, useMe, useSetMe, useSignOut, withNext } from './session.ts';

/**
 * Both the forced first-sign-in change (nothing else is reachable until it is done) and the
 * voluntary change from the console header; `next` says where to continue afterwards.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const location = useLocation();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const signOut = useSignOut();
  const { data: me, error, refetch } = useMe();

  // The server may refuse even `/me` until the password is changed; that still means signed in.
  const forcedByServer = me === undefined && isApiError(error, 'PASSWORD_CHANGE_REQUIRED');
  if (me === undefined && !forcedByServer) {
    if (error) return <FullPageLoadError message={error.message} onRetry={() => void refetch()} />;
    return <FullPageSpin />;
  }
  if (me === null)
    return <Navigate to={withNext(signInPath, `${location.pathname}${location.search}`)} replace />;
  const forced = forcedByServer || me?.mustChangePassword === true;

  return (
    <AuthShell
      header={
        <Typography.Title level={1} style={{ fontSize: 26, marginBottom: 0 }}>
          {t('changePassword.title')}
        </Typography.Title>
      }
    >
      {forced && (
        // A standing notice, not an error: role=alert stays reserved for what went wrong.
        <Alert
          type="info"
          role="status"
          showIcon
          title={t('changePassword.forcedHint')}
          style={{ marginBottom: 24 }}
        />
      )}
      <ChangePasswordForm
        onChanged={(user) => {
          setMe(user);
          void message.success(t('changePassword.done'));
          navigate(next ?? '/', { replace: true });
        }}
      />
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        {forced ? (
          <Button type="link" loading={signOut.isPending} onClick={() => signOut.mutate()}>
            {t('common:actions.signOut')}
          </Button>
        ) : (
          <Button type="link" onClick={() => navigate(next ?? '/')}>
            {t('common:actions.back')}
          </Button>
        )}
      </div>
    </AuthShell>
  );
}

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const fieldNames = ['currentPassword', 'newPassword'] as const;

function ChangePasswordForm({ onChanged }: { onChanged: (user: Me) => void }) {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: ({ user }) => onChanged(user),
    onError: (error) => setAlert(applyFieldErrors(form, error, fieldNames) ? null : error.message),
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      size="large"
      disabled={change.isPending}
      onFinish={({ currentPassword, newPassword }) => {
        setAlert(null);
        change.mutate({ currentPassword, newPassword });
      }}
    >
      <Form.Item
        label={t('changePassword.currentPassword')}
        name="currentPassword"
        rules={[{ required: true, message: t('changePassword.currentPasswordRequired') }]}
      >
        <Input.Password autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        label={t('changePassword.newPassword')}
        name="newPassword"
        extra={t('changePassword.newPasswordRule')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('changePassword.newPasswordRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (!value) return;
              // The rule itself comes from the contracts, so client and server never disagree.
              const problem = passwordProblem(value);
              if (problem) throw new Error(problem);
              if (value === getFieldValue('currentPassword'))
                throw new Error(t('changePassword.sameAsCurrent'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={64} />
      </Form.Item>
      <Form.Item
        label={t('changePassword.confirmPassword')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('changePassword.confirmPasswordRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword'))
                throw new Error(t('changePassword.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={64} />
      </Form.Item>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={change.isPending}>
          {t('changePassword.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
