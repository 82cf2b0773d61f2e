import type { Me, SignInBody } from '@ancha/contracts';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/client.ts';
import { AuthShell, applyFieldErrors } from './AuthShell.tsx';
import { safeNext, useMe, useSetMe } from './session.ts';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const setMe = useSetMe();
  const { data: me } = useMe();

  // Someone already signed in has nothing to do here; the gate behind `/` knows where they belong.
  if (me) return <Navigate to={next ?? '/'} replace />;

  return (
    <AuthShell
      header={
        <>
          <Typography.Title level={1} style={{ fontSize: 26, marginBottom: 8 }}>
            {t('signIn.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('signIn.subtitle')}</Typography.Text>
        </>
      }
    >
      <SignInForm
        onSignedIn={(user) => {
          setMe(user);
          navigate(next ?? '/', { replace: true });
        }}
      />
      <section aria-labelledby="sign-in-tips" style={{ marginTop: 24 }}>
        <Typography.Text id="sign-in-tips" strong>
          {t('signIn.tipsTitle')}
        </Typography.Text>
        <ol style={{ paddingInlineStart: 20, margin: '8px 0 0' }}>
          <li>
            <Typography.Text type="secondary">{t('signIn.tipSafetyLaw')}</Typography.Text>
          </li>
          <li>
            <Typography.Text type="secondary">{t('signIn.tipFireLaw')}</Typography.Text>
          </li>
        </ol>
      </section>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        <Link to="/report">{t('signIn.report')}</Link>
      </Typography.Paragraph>
    </AuthShell>
  );
}

const fieldNames = ['username', 'password'] as const;

function SignInForm({ onSignedIn }: { onSignedIn: (user: Me) => void }) {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<SignInBody>();
  const [alert, setAlert] = useState<string | null>(null);
  const signIn = useMutation({
    mutationFn: authApi.signIn,
    onSuccess: ({ user }) => onSignedIn(user),
    onError: (error) => {
      setAlert(applyFieldErrors(form, error, fieldNames) ? null : error.message);
    },
  });

  return (
    <Form<SignInBody>
      form={form}
      layout="vertical"
      requiredMark={false}
      size="large"
      disabled={signIn.isPending}
      onFinish={(values) => {
        setAlert(null);
        signIn.mutate({ username: values.username.trim(), password: values.password });
      }}
    >
      <Form.Item
        label={t('signIn.username')}
        name="username"
        rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined aria-hidden />}
          placeholder={t('signIn.usernamePlaceholder')}
          autoComplete="username"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={64}
        />
      </Form.Item>
      <Form.Item
        label={t('signIn.password')}
        name="password"
        rules={[{ required: true, message: t('signIn.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined aria-hidden />}
          placeholder={t('signIn.passwordPlaceholder')}
          autoComplete="current-password"
          maxLength={128}
        />
      </Form.Item>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
