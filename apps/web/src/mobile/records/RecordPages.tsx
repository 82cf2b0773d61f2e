import { type InspectionView, type Role, shanghaiDate } from '@ancha/contracts';
import { Collapse } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFieldCatalog, useInspection, useMyInspections } from '../../api/field.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { PhotoThumbs } from '../shared/Photos.tsx';
import { card, Empty, LoadFailed, Loading, PageBar, weak } from '../shared/page-parts.tsx';
import { fenToYuan, formatStamp } from '../shared/values.ts';

/** 自查记录 (seed 000, 1.3.2): the inspector's own submitted records, newest first. */
export function RecordListPage() {
  const { t } = useTranslation('field');
  const inspections = useMyInspections();

  if (inspections.isPending) return <Loading />;
  if (inspections.isError) {
    return <LoadFailed message={inspections.error.message} onRetry={() => void inspections.refetch()} />;
  }
  const records = inspections.data.items
    .filter((i) => i.status !== 'draft')
    .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  if (records.length === 0) return <Empty text={t('records.empty')} />;

  return (
    <ul aria-label={t('records.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {records.map((record) => (
        <li key={record.id}>
          <Link
            to={`/m/records/${record.id}`}
            data-testid="record-row"
            style={{ ...card, display: 'block', color: 'inherit' }}
          >
            <div
              style={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            >
              {record.catalogName}
            </div>
            <div style={weak}>{t('records.enterprise', { name: record.enterpriseName })}</div>
            <div style={weak}>{t('records.industry', { name: record.industryName })}</div>
            <div style={weak}>{t('records.time', { time: formatStamp(record.submittedAt) })}</div>
            <div style={weak}>{t('records.inspector', { name: record.inspectorName })}</div>
            <div style={weak}>
              {t('records.hasHazards')}
              <span
                style={{ color: record.hasHazards ? 'var(--adm-color-danger)' : undefined, fontWeight: 600 }}
              >
                {record.hasHazards ? t('records.yes') : t('records.no')}
              </span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** One record by category, as submitted: the catalog version it was filled against, hazards in red. */
export function RecordDetailPage() {
  const { t } = useTranslation('field');
  const { inspectionId = '' } = useParams();
  const me = useCurrentUser();
  const record = useInspection(inspectionId);
  const catalog = useFieldCatalog(record.data?.catalogId ?? '', record.data?.catalogVersion);

  if (record.isPending || (record.data && catalog.isPending)) return <Loading />;
  const failed = record.error ?? catalog.error;
  if (failed || !record.data || !catalog.data) {
    const retry = () => void Promise.all([record.refetch(), catalog.refetch()]);
    return <LoadFailed message={failed?.message ?? ''} onRetry={retry} />;
  }
  const view = record.data;
  const answers = new Map(view.answers.map((a) => [a.itemId, a]));
  const categories = catalog.data.categories;
  const withHazards = categories
    .filter((c) =>
      c.children.some((child) => child.items.some((i) => answers.get(i.id)?.answer === 'hazard')),
    )
    .map((c) => c.id);

  return (
    <section aria-label={view.catalogName}>
      <PageBar title={view.catalogName} parent="/m/records" />
      <div style={card} data-testid="record-summary">
        <div style={weak}>{t('records.enterprise', { name: view.enterpriseName })}</div>
        <div style={weak}>{t('records.site', { name: view.siteName })}</div>
        <div style={weak}>{t('records.industry', { name: view.industryName })}</div>
        <div style={weak}>{t('records.time', { time: formatStamp(view.submittedAt) })}</div>
        <div style={weak}>{t('records.inspector', { name: view.inspectorName })}</div>
        {view.post && <div style={weak}>{t('records.post', { post: view.post })}</div>}
        <div style={weak}>
          {t('records.hasHazards')}
          <span style={{ color: view.hasHazards ? 'var(--adm-color-danger)' : undefined, fontWeight: 600 }}>
            {view.hasHazards ? t('records.yes') : t('records.no')}
          </span>
        </div>
        {view.hasHazards && (
          <div style={{ ...weak, color: 'var(--adm-color-danger)' }}>{t('records.hazardNote')}</div>
        )}
        {correctable(view, me.role) && (
          <Link
            to={view.postId ? `/m/inspect/post/${view.id}?correct=1` : `/m/inspect/${view.id}?correct=1`}
            style={{ display: 'inline-block', marginTop: 8, color: 'var(--adm-color-primary)' }}
          >
            {t('records.correct')}
          </Link>
        )}
      </div>
      <Collapse defaultActiveKey={withHazards}>
        {categories.map((category) => (
          <Collapse.Panel key={category.id} title={category.name}>
            {category.children.map((child) => (
              <div key={child.id}>
                <h4 style={{ margin: 0, padding: '8px 12px', fontSize: 14 }}>• {child.name}</h4>
                {child.items.map((item) => (
                  <AnswerDetail key={item.id} no={item.no} text={item.text} answer={answers.get(item.id)} />
                ))}
              </div>
            ))}
          </Collapse.Panel>
        ))}
      </Collapse>
    </section>
  );
}

/**
 * 修改 (E8): the author's own submitted record of this month (Beijing), until it is reported.
 * The phone's own records are the inspector's; the server refuses anyone else's. A post
 * checklist's record (E9) reopens on the post's own form, with its post and period.
 */
function correctable(view: InspectionView, role: Role): boolean {
  const month = (at: Date) => shanghaiDate(at).slice(0, 7);
  return (
    role === 'ent_inspector' &&
    view.status === 'submitted' &&
    view.submittedAt !== null &&
    month(new Date(view.submittedAt)) === month(new Date())
  );
}

type AnswerView = InspectionView['answers'][number];

/** A submitted answer; 有隐患 items in red with everything recorded about the hazard. */
export function AnswerDetail({
  no,
  text,
  answer,
}: {
  no: string;
  text: string;
  answer: AnswerView | undefined;
}) {
  const { t } = useTranslation('field');
  const hazard = answer?.answer === 'hazard';
  const rows: [string, string | undefined][] = hazard
    ? [
        [t('form.description'), answer.description],
        [t('form.level'), answer.level && t(`form.levels.${answer.level}`)],
        [t('form.majorReason'), answer.majorReason],
        [t('form.mode'), answer.mode && t(`form.modes.${answer.mode}`)],
        [t('form.immediateAction'), answer.immediateAction],
        [t('form.owner'), answer.owner],
        [t('form.measures'), answer.measures],
        [t('form.funds'), answer.fundsFen === undefined ? undefined : fenToYuan(answer.fundsFen)],
        [t('form.deadline'), answer.deadline],
        [t('form.contingency'), answer.contingency],
        [t('form.situation'), answer.specialReport?.situation],
        [t('form.severity'), answer.specialReport?.severity],
        [t('form.plan'), answer.specialReport?.plan],
      ]
    : [];
  return (
    <div
      data-testid="record-item"
      data-hazard={hazard ? 'true' : 'false'}
      style={{ padding: '10px 12px', borderBottom: '1px solid var(--adm-color-border)', background: '#fff' }}
    >
      <p style={{ margin: 0, lineHeight: 1.6, color: hazard ? 'var(--adm-color-danger)' : undefined }}>
        {no}. {text}
      </p>
      <div
        style={{
          fontSize: 13,
          marginTop: 4,
          color: hazard ? 'var(--adm-color-danger)' : 'var(--adm-color-weak)',
        }}
      >
        {answer ? t(`form.answers.${answer.answer}`) : '—'}
      </div>
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} style={{ fontSize: 13, color: 'var(--adm-color-danger)' }}>
            {label}：{value}
          </div>
        ))}
      {hazard && <PhotoThumbs ids={answer.photoIds ?? []} label={t('photos.hazard')} />}
    </div>
  );
}
