import type { PublicReportDetail } from '@ancha/contracts';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RewardModal, UnfoundedModal } from './FindingModals.tsx';
import { VerifyModal } from './VerifyModal.tsx';

type Open = 'verify' | 'unfounded' | 'reward' | null;

/** What the state allows: 核实 / 不属实 while awaiting a finding, 奖励 once verified (real name). */
export function ReportActions({ report }: { report: PublicReportDetail }) {
  const { t } = useTranslation('reports', { keyPrefix: 'console' });
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const canReward = report.status === 'verified' && !report.anonymous && report.rewardFen === null;
  if (report.status !== 'submitted' && !canReward) return null;
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        {report.status === 'submitted' && (
          <>
            <Button type="primary" onClick={() => setOpen('verify')}>
              {t('verify')}
            </Button>
            <Button danger onClick={() => setOpen('unfounded')}>
              {t('unfounded')}
            </Button>
          </>
        )}
        {canReward && <Button onClick={() => setOpen('reward')}>{t('reward')}</Button>}
      </Flex>
      {open === 'verify' && <VerifyModal report={report} onClose={close} />}
      {open === 'unfounded' && <UnfoundedModal report={report} onClose={close} />}
      {open === 'reward' && <RewardModal report={report} onClose={close} />}
    </>
  );
}
