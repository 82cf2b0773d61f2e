import { formatReportCode, type PublicReportCreated } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Result, Space, Toast } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { publicReportsApi } from '../api/public-reports.ts';
import type { ChosenPhoto } from './ReportPhotos.tsx';

/**
 * After 提交: the 查询码 in large type with a copy button, while the photos go up under the
 * report's code. A failed photo can be sent again; its id is fixed, so it is stored once.
 */
export function ReportDone({
  created,
  photos,
  onAnother,
}: {
  created: PublicReportCreated;
  photos: ChosenPhoto[];
  onAnother: () => void;
}) {
  const { t } = useTranslation('reports', { keyPrefix: 'public' });
  const navigate = useNavigate();
  const [failed, setFailed] = useState<ChosenPhoto[]>([]);
  const upload = useMutation({
    mutationFn: async (list: ChosenPhoto[]) => {
      const left: ChosenPhoto[] = [];
      for (const p of list) {
        await publicReportsApi.uploadPhoto(created.code, p.extra.blob, p.extra.id).catch(() => left.push(p));
      }
      return left;
    },
    onSuccess: setFailed,
  });
  const started = useRef(false);
  useEffect(() => {
    if (started.current || photos.length === 0) return;
    started.current = true;
    upload.mutate(photos);
  }, [photos, upload]);

  const code = formatReportCode(created.code);
  function copy() {
    // The clipboard needs a secure context; where it is missing the code is there to write down.
    if (!navigator.clipboard) {
      Toast.show({ content: t('copyFailed') });
      return;
    }
    navigator.clipboard.writeText(code).then(
      () => Toast.show({ content: t('copied') }),
      () => Toast.show({ content: t('copyFailed') }),
    );
  }
  return (
    <div style={{ background: '#fff', padding: '8px 16px 24px' }}>
      <Result status="success" title={t('doneTitle')} description={t('doneHint')} />
      <section aria-label={t('codeLabel')} style={{ textAlign: 'center', margin: '8px 0 20px' }}>
        <div style={{ color: '#666', fontSize: 14 }}>{t('codeLabel')}</div>
        <output
          data-testid="report-code"
          style={{
            display: 'block',
            fontSize: 28,
            fontWeight: 600,
            letterSpacing: 2,
            fontFamily: 'monospace',
            margin: '8px 0',
          }}
        >
          {code}
        </output>
        <Button color="primary" fill="outline" onClick={copy}>
          {t('copy')}
        </Button>
      </section>
      {failed.length > 0 && (
        <div role="alert" style={{ color: '#d4380d', textAlign: 'center', marginBottom: 12 }}>
          {t('photoFailed', { count: failed.length })}
          <Button
            size="small"
            style={{ marginLeft: 8 }}
            loading={upload.isPending}
            onClick={() => upload.mutate(failed)}
          >
            {t('retryPhotos')}
          </Button>
        </div>
      )}
      <Space direction="vertical" block>
        <Button
          block
          color="primary"
          onClick={() => navigate('/report/follow', { state: { code: created.code } })}
          loading={upload.isPending}
        >
          {t('goFollow')}
        </Button>
        <Button block onClick={onAnother}>
          {t('another')}
        </Button>
      </Space>
    </div>
  );
}
