import type { PostView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInspectorAccounts } from '../../api/enterprise.ts';
import { organisationApi, useRefreshOrganisation } from '../../api/organisation.ts';

/** 设置岗位用户: which of the enterprise's inspector accounts hold this post (one post each). */
export function HoldersModal({
  post,
  posts,
  onClose,
}: {
  post: PostView;
  posts: PostView[];
  onClose: () => void;
}) {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const accounts = useInspectorAccounts();
  const refresh = useRefreshOrganisation();
  const [userIds, setUserIds] = useState(post.holders.map((h) => h.id));
  const heldBy = new Map(posts.flatMap((p) => p.holders.map((h) => [h.id, p.name] as const)));
  const save = useMutation({
    mutationFn: () => organisationApi.setHolders(post.id, userIds),
    onSuccess: async () => {
      await refresh();
      void message.success(t('posts.saved'));
      onClose();
    },
    onError: (error) => void message.error(error.message),
  });
  const options = (accounts.data?.items ?? []).map((u) => {
    const other = heldBy.get(u.id);
    const suffix = other && other !== post.name ? `（现属 ${other}）` : '';
    return { value: u.id, label: `${u.displayName}（${u.username}）${suffix}` };
  });

  return (
    <Modal
      open
      title={`${t('posts.setHolders')} · ${post.name}`}
      okText={t('posts.submit')}
      cancelText={t('posts.cancel')}
      confirmLoading={save.isPending}
      onOk={() => save.mutate()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('posts.holdersHint')} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        <Form.Item label={t('posts.holders')}>
          <Select
            mode="multiple"
            loading={!accounts.data}
            value={userIds}
            onChange={setUserIds}
            options={options}
            optionFilterProp="label"
            aria-label={t('posts.holders')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
