import { governmentRoles, homeOf } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { authApi } from '../api/client.ts';
import { isApiError } from '../api/errors.ts';
import { FullPageLoadError, FullPageSpin } from '../shared/status-pages.tsx';
import {
  CurrentUserContext,
  changePasswordPath,
  homePath,
  signInPath,
  useMe,
  useSetMe,
  withNext,
} from './session.ts';

type Area = 'console' | 'mobile' | 'any';

/**
 * The one gate in front of every signed-in page, in the order the product demands: signed in,
 * password changed, right client for the role; the disclaimer then sits over the page until the
 * user acknowledges it. Without `area` the gate sends the user to their home client; `any`
 * admits every role (pages such as "not found" that belong to no client).
 */
export function RequireSession({ area }: { area?: Area }) {
  const { data: me, error, refetch } = useMe();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  if (me === undefined) {
    if (isApiError(error, 'PASSWORD_CHANGE_REQUIRED')) {
      return <Navigate to={withNext(changePasswordPath, here)} replace />;
    }
    if (error) return <FullPageLoadError message={error.message} onRetry={() => void refetch()} />;
    return <FullPageSpin />;
  }
  if (me === null) return <Navigate to={withNext(signInPath, here)} replace />;
  if (me.mustChangePassword) return <Navigate to={withNext(changePasswordPath, here)} replace />;
  // Regulators also inspect on a phone (G2): the phone pages admit them (they show 监督检查).
  const regulatorOnPhone = area === 'mobile' && governmentRoles.includes(me.role);
  if (!area || (area !== 'any' && homeOf(me.role) !== area && !regulatorOnPhone))
    return <Navigate to={homePath(me.role)} replace />;

  return (
    <CurrentUserContext value={me}>
      <Outlet />
      {me.disclaimerAcceptedAt === null && <DisclaimerModal />}
    </CurrentUserContext>
  );
}

/**
 * The 声明 of seed 000. It cannot be closed except by acknowledging it, because the product
 * records that every user has read it before using the system (PRODUCT.md, E1).
 */
function DisclaimerModal() {
  const { t } = useTranslation('auth');
  const setMe = useSetMe();
  const accept = useMutation({
    mutationFn: authApi.acceptDisclaimer,
    onSuccess: ({ user }) => setMe(user),
  });

  return (
    <Modal
      open
      // On the full-screen wrapper that holds the dialog: the modal's root element has no size of
      // its own, so a browser test would find it but never see it.
      wrapProps={{ 'data-testid': 'disclaimer' }}
      title={t('disclaimer.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      centered
      footer={
        <Button type="primary" block loading={accept.isPending} onClick={() => accept.mutate()}>
          {t('disclaimer.accept')}
        </Button>
      }
    >
      <Typography.Paragraph style={{ textIndent: '2em', lineHeight: 1.8 }}>
        {t('disclaimer.body')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: accept.error ? 12 : 0 }}>
        <Typography.Text strong>{t('disclaimer.workNoteLabel')}</Typography.Text>
        {t('disclaimer.workNote')}
      </Typography.Paragraph>
      {accept.error && <Alert type="error" showIcon title={accept.error.message} />}
    </Modal>
  );
}
