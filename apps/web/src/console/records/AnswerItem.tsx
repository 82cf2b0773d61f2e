import type { AnswerInput } from '@ancha/contracts';
import { Descriptions, type DescriptionsProps, Flex, Image, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../api/files.ts';
import { formatYuan } from '../hazards/hazard-format.ts';

export interface AnswerRow extends AnswerInput {
  itemNo: string;
  itemText: string;
}

const answerColors = { hazard: 'red', clear: 'green', na: 'default' } as const;

/**
 * One checked item. A 有隐患 answer is shown in red with everything the inspector reported: what
 * was found, how serious it is and how it is being rectified, since that is what the owner signs off.
 */
export function AnswerItem({ answer }: { answer: AnswerRow }) {
  const { t } = useTranslation('enterprise');
  const hazard = answer.answer === 'hazard';

  const fields: [string, string | undefined][] = hazard
    ? [
        [t('fields.description'), answer.description],
        [t('fields.level'), answer.level && t(`level.${answer.level}`)],
        [t('fields.majorReason'), answer.majorReason],
        [t('fields.mode'), answer.mode && t(`mode.${answer.mode}`)],
        [t('fields.immediateAction'), answer.immediateAction],
        [t('fields.owner'), answer.owner],
        [t('fields.measures'), answer.measures],
        [
          t('fields.funds'),
          answer.fundsFen === undefined ? undefined : t('yuan', { amount: formatYuan(answer.fundsFen) }),
        ],
        [t('fields.deadline'), answer.deadline],
        [t('fields.contingency'), answer.contingency],
        [t('fields.situation'), answer.specialReport?.situation],
        [t('fields.severity'), answer.specialReport?.severity],
        [t('fields.plan'), answer.specialReport?.plan],
      ]
    : [];
  const items: DescriptionsProps['items'] = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([label, value]) => ({ key: label, label, children: value }));
  if (hazard && answer.photoIds?.length) {
    items.push({
      key: 'photos',
      label: t('fields.photos'),
      children: <PhotoGallery ids={answer.photoIds} />,
    });
  }

  return (
    <div
      style={{ padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
      data-testid={`answer-${answer.itemNo}`}
      data-hazard={hazard}
    >
      <Flex gap={8} align="flex-start" justify="space-between">
        <Typography.Text type={hazard ? 'danger' : undefined}>
          <Typography.Text type="secondary">{answer.itemNo}</Typography.Text> {answer.itemText}
        </Typography.Text>
        <Flex gap={4}>
          {hazard && answer.level === 'major' && <Tag color="red">{t('level.major')}</Tag>}
          <Tag color={answerColors[answer.answer]} style={{ marginInlineEnd: 0 }}>
            {t(`answer.${answer.answer}`)}
          </Tag>
        </Flex>
      </Flex>
      {items.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          items={items}
          style={{ marginTop: 8, paddingInlineStart: 16 }}
        />
      )}
    </div>
  );
}

/** Photos as thumbnails; a click opens them full size, and the arrows go through the group. */
export function PhotoGallery({ ids }: { ids: readonly string[] }) {
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap data-testid="photo-gallery">
        {ids.map((id) => (
          <Image
            key={id}
            src={fileUrl(id)}
            width={72}
            height={72}
            style={{ objectFit: 'cover', borderRadius: 4 }}
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
