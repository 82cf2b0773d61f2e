import { type ReminderView, reminderKindLabels } from '@ancha/contracts';
import { Button, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../shared/user-labels.ts';

/** One reminder, opened from the list (which marks it read), with the way to the page that handles it. */
export function ReminderModal({ reminder, onClose }: { reminder: ReminderView | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('reminders');
  const navigate = useNavigate();
  const link = reminder?.link;
  return (
    <Modal
      open={reminder !== null}
      title={reminder?.title ?? t('detail')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('close')}
        </Button>,
        link ? (
          <Button key="go" type="primary" onClick={() => navigate(link)}>
            {t('go')}
          </Button>
        ) : null,
      ]}
    >
      {reminder && (
        <>
          <Typography.Paragraph style={{ fontSize: 15 }}>{reminder.body}</Typography.Paragraph>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('columns.kind')}>
              {reminderKindLabels[reminder.kind]}
            </Descriptions.Item>
            <Descriptions.Item label={t('createdAt')}>
              {formatDateTime(i18n.language, reminder.createdAt)}
            </Descriptions.Item>
            {reminder.readAt && (
              <Descriptions.Item label={t('readAt')}>
                {formatDateTime(i18n.language, reminder.readAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      )}
    </Modal>
  );
}
