import type { StandardView } from '@ancha/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Select, Tree, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { usePosts } from '../../api/organisation.ts';
import { standardKeys, standardsApi } from '../../api/standards.ts';

/**
 * 岗位清单: choose a post and tick its items of the standard's latest published version (the
 * shown version is the draft when there is one, so the published one is fetched for the tree).
 */
export function PostChecklistTab({ standard }: { standard: StandardView | null }) {
  const { t } = useTranslation('standard');
  const { message } = App.useApp();
  const posts = usePosts();
  const [postId, setPostId] = useState<string>();
  const [checked, setChecked] = useState<string[]>([]);
  const published = useQuery({
    queryKey: [...standardKeys.standard, 'published', standard?.enterpriseId],
    queryFn: ({ signal }) => standardsApi.published(standard!.enterpriseId, signal),
    enabled: !!standard?.published,
  });
  const current = useQuery({
    queryKey: standardKeys.checklist(postId ?? ''),
    queryFn: ({ signal }) => standardsApi.checklist(postId!, signal),
    enabled: !!postId,
  });
  useEffect(() => setChecked(current.data?.itemNos ?? []), [current.data]);
  const save = useMutation({
    mutationFn: () => standardsApi.setChecklist(postId!, checked),
    onSuccess: () => void message.success(t('saved')),
    onError: (error) => void message.error(error instanceof ApiError ? error.message : String(error)),
  });
  if (!standard?.published) return <Alert type="info" showIcon title={t('checklist.notPublished')} />;
  if (posts.data?.items.length === 0) return <Alert type="info" showIcon title={t('checklist.noPosts')} />;
  const tree = (published.data?.categories ?? []).map((top) => ({
    key: top.id,
    title: top.name,
    children: top.children.map((sub) => ({
      key: sub.id,
      title: sub.name,
      children: sub.items.map((i) => ({ key: i.no, title: `${i.no} ${i.text}`, isLeaf: true })),
    })),
  }));
  const itemNos = new Set(tree.flatMap((top) => top.children.flatMap((s) => s.children.map((i) => i.key))));
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <Select
          style={{ minWidth: 240 }}
          placeholder={t('checklist.choosePost')}
          aria-label={t('checklist.post')}
          value={postId}
          onChange={setPostId}
          options={(posts.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.departmentName} / ${p.name}`,
          }))}
        />
        {postId && (
          <Typography.Text type="secondary">
            {t('checklist.selected', { count: checked.length })}
          </Typography.Text>
        )}
        {postId && (
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
            {t('checklist.save')}
          </Button>
        )}
      </Flex>
      {postId && current.data && (
        <Tree
          checkable
          defaultExpandAll
          height={560}
          treeData={tree}
          checkedKeys={checked}
          onCheck={(keys) => {
            const list = Array.isArray(keys) ? keys : keys.checked;
            setChecked(list.map(String).filter((k) => itemNos.has(k)));
          }}
        />
      )}
    </Flex>
  );
}
