import type { HazardView } from '@ancha/contracts';
import { Tabs, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useHazards } from '../../api/field.ts';
import { card, Empty, LoadFailed, Loading, weak } from '../shared/page-parts.tsx';
import { formatStamp } from '../shared/values.ts';

type Status = HazardView['status'];

/** 隐患记录 (seed 000, 1.3.3): 待处置 / 已处置, 重大隐患 marked, 去处置 on the pending ones. */
export function HazardListPage() {
  const { t } = useTranslation('field');
  const [search, setSearch] = useSearchParams();
  // The tab lives in the URL so coming back from a hazard lands on the same list.
  const status: Status = search.get('status') === 'resolved' ? 'resolved' : 'pending';
  const hazards = useHazards(status);
  const counts = hazards.data?.counts;

  return (
    <section aria-label={t('hazards.title')}>
      <Tabs activeKey={status} onChange={(key) => setSearch({ status: key }, { replace: true })}>
        <Tabs.Tab key="pending" title={t('hazards.pending', { count: counts?.pending ?? 0 })} />
        <Tabs.Tab key="resolved" title={t('hazards.resolved', { count: counts?.resolved ?? 0 })} />
      </Tabs>
      {hazards.isPending ? (
        <Loading />
      ) : hazards.isError ? (
        <LoadFailed message={hazards.error.message} onRetry={() => void hazards.refetch()} />
      ) : hazards.data.items.length === 0 ? (
        <Empty text={t('hazards.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {hazards.data.items.map((hazard) => (
            <li key={hazard.id}>
              <HazardRow hazard={hazard} />
            </li>
          ))}
        </ul>
      )}
      <p style={{ ...weak, padding: '4px 16px 16px' }}>{t('hazards.hint')}</p>
    </section>
  );
}

function HazardRow({ hazard }: { hazard: HazardView }) {
  const { t } = useTranslation('field');
  const major = hazard.level === 'major';
  return (
    <Link
      to={`/m/hazards/${hazard.id}`}
      data-testid="hazard-row"
      style={{ ...card, display: 'block', color: 'inherit' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        {major && (
          <span aria-hidden style={{ color: 'var(--adm-color-danger)' }}>
            ▲
          </span>
        )}
        <span
          style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {hazard.itemText}
        </span>
        {major && <Tag color="danger">{t('hazards.major')}</Tag>}
        {hazard.overdue && <Tag color="warning">{t('hazards.overdue')}</Tag>}
      </div>
      <div style={weak}>{t('hazards.time', { time: formatStamp(hazard.foundAt) })}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <span style={weak}>{t('hazards.inspector', { name: hazard.foundBy })}</span>
        {hazard.status === 'pending' && (
          <span style={{ color: 'var(--adm-color-primary)' }}>{t('hazards.handle')}</span>
        )}
      </div>
    </Link>
  );
}
