import type { PlanProgress } from '@ancha/contracts';
import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Done against target as a percentage; a target of 0 is met by nothing and shown as such. */
export function percentOf(done: number, target: number): number {
  if (target <= 0) return 0;
  return Math.min(100, Math.round((done * 100) / target));
}

/** One bar: what is done, of what target, with the number written out. */
export function ProgressBar({ done, target, size }: { done: number; target: number; size?: 'small' }) {
  const { t } = useTranslation('plans');
  return (
    <Progress
      percent={percentOf(done, target)}
      size={size === 'small' ? 'small' : 'default'}
      status={target > 0 && done >= target ? 'success' : 'normal'}
      format={() => t('progress.ofTarget', { done, target })}
      aria-label={t('progress.ofTarget', { done, target })}
    />
  );
}

/** 完成进度: inspections against the yearly target, 核查 against the share of closed entries. */
export function PlanProgressBars({ progress, percent }: { progress: PlanProgress; percent: number }) {
  const { t } = useTranslation('plans');
  return (
    <Flex vertical gap={12} data-testid="plan-progress">
      <div>
        <Typography.Text strong>{t('progress.inspections')}</Typography.Text>
        <ProgressBar done={progress.inspections} target={progress.targetInspections} />
      </div>
      <div>
        <Typography.Text strong>{t('progress.verifications')}</Typography.Text>
        <ProgressBar done={progress.verifications} target={progress.verificationTarget} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('progress.verificationHint', { closed: progress.closedEntries, percent })}
        </Typography.Text>
      </div>
    </Flex>
  );
}
