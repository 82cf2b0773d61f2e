import type { MyPostChecklist, PostPeriod } from '@ancha/contracts';
import { postFrequencyLabels } from '@ancha/contracts';
import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyPost } from '../../api/standards.ts';
import { card, weak } from '../shared/page-parts.tsx';
import { uuidv7 } from '../shared/values.ts';

const statusColor = { due: 'warning', done: 'success', missed: 'danger' } as const;

/**
 * 岗位清单自查 on the 自查自纠 page (E9): shown to a user who holds a post, above the sites. The
 * current period is due or done; past ones done or missed, and a missed one stays missed.
 */
export function PostChecklistSection() {
  const { t } = useTranslation('standard');
  const { data } = useMyPost();
  if (!data) return null;
  const [current, ...past] = data.periods;
  return (
    <section aria-label={t('phone.title')} data-testid="post-checklist">
      <h3 style={{ fontSize: 15, margin: '14px 16px 0' }}>{t('phone.title')}</h3>
      <div style={card}>
        <div style={{ fontWeight: 600 }}>
          {t('phone.post', {
            name: data.post.name,
            frequency: postFrequencyLabels[data.post.frequency as keyof typeof postFrequencyLabels],
          })}
        </div>
        <div style={weak}>{t('phone.items', { count: data.itemIds.length })}</div>
        {current && <PeriodRow period={current} mine={data} />}
      </div>
      {past.length > 0 && (
        <div style={card}>
          <div style={{ ...weak, marginBottom: 4 }}>
            {t('phone.past')} · {t('phone.noBackfill')}
          </div>
          {past.map((p) => (
            <PeriodRow key={p.period} period={p} mine={data} />
          ))}
        </div>
      )}
    </section>
  );
}

function PeriodRow({ period, mine }: { period: PostPeriod; mine: MyPostChecklist }) {
  const { t } = useTranslation('standard');
  // A new inspection gets its id now, on the phone, so every save and the submission share it.
  const open = `/m/inspect/post/${period.inspectionId ?? uuidv7()}?period=${period.period}`;
  return (
    <div
      data-testid="post-period"
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 8,
        padding: '4px 0',
      }}
    >
      <span>
        {period.current ? `${t('phone.current')} ` : ''}
        {period.label}
      </span>
      <span style={{ display: 'flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
        <Tag color={statusColor[period.status]}>{t(`phone.${period.status}`)}</Tag>
        {period.status === 'done' && period.inspectionId && (
          <Link to={`/m/records/${period.inspectionId}`}>{t('phone.view')}</Link>
        )}
        {period.status === 'due' && mine.itemIds.length > 0 && (
          <Link to={open}>{period.inspectionId ? t('phone.continue') : t('phone.start')}</Link>
        )}
      </span>
    </div>
  );
}
