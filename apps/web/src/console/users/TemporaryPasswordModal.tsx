import type { UserSummary } from '@ancha/contracts';
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  user: UserSummary;
  password: string;
  onClose: () => void;
}

/** The temporary password of a 重置密码, shown this once: the server keeps only its hash. */
export function TemporaryPasswordModal({ user, password, onClose }: Props) {
  const { t } = useTranslation('users');
  return (
    <Modal
      open
      title={t('reset.title')}
      closable={false}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('reset.close')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('reset.intro', { name: user.displayName })}</Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text
          code
          strong
          style={{ fontSize: 18 }}
          data-testid="temporary-password"
          copyable={{ text: password, tooltips: [t('reset.copy'), t('reset.copied')] }}
        >
          {password}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
