import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** 导出Excel: a plain link the browser downloads with the session cookie; the server checks scope. */
export function ExportButton({ href, testId }: { href: string; testId: string }) {
  const { t } = useTranslation('stats');
  return (
    <Button size="small" icon={<DownloadOutlined />} href={href} download data-testid={testId}>
      {t('export')}
    </Button>
  );
}
