import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { CITY_MAP, useBoundaryMap, useRemoveBoundaryMap, useSaveBoundaryMap } from '../../api/maps.ts';
import { formatDateTime } from '../../shared/user-labels.ts';

/**
 * 统计地图边界 (platform admin): the GeoJSON of the 16 districts that the statistics page draws
 * its major-hazard map on. Ancha ships none (no boundary data has a clear licence), so the
 * deployment uploads its own; without one the page draws tiles.
 */
export function BoundaryMapCard() {
  const { t, i18n } = useTranslation('console');
  const { message } = App.useApp();
  const current = useBoundaryMap(CITY_MAP);
  const save = useSaveBoundaryMap(CITY_MAP);
  const remove = useRemoveBoundaryMap(CITY_MAP);
  const [problems, setProblems] = useState<string[]>([]);

  async function upload(file: File) {
    setProblems([]);
    let geojson: unknown;
    try {
      geojson = JSON.parse(await file.text());
    } catch {
      setProblems([t('boundaryMap.notJson', { name: file.name })]);
      return;
    }
    try {
      await save.mutateAsync({ name: file.name, geojson: geojson as never });
      void message.success(t('boundaryMap.saved'));
    } catch (error) {
      if (isApiError(error) && error.fields.length > 0) setProblems(error.fields.map((f) => f.message));
      else setProblems([error instanceof Error ? error.message : String(error)]);
    }
  }

  return (
    <Card title={t('boundaryMap.title')} style={{ marginTop: 16 }} data-testid="boundary-map">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('boundaryMap.explain')}
        </Typography.Paragraph>
        <Typography.Text data-testid="boundary-map-status">
          {current.data
            ? t('boundaryMap.current', {
                name: current.data.name,
                at: formatDateTime(i18n.language, current.data.uploadedAt),
              })
            : current.isPending
              ? ''
              : t('boundaryMap.none')}
        </Typography.Text>
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('boundaryMap.refused')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
        <Flex gap="small">
          <Upload
            accept=".json,.geojson,application/json,application/geo+json"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={save.isPending}>
              {current.data ? t('boundaryMap.replace') : t('boundaryMap.upload')}
            </Button>
          </Upload>
          {current.data && (
            <Popconfirm
              title={t('boundaryMap.removeConfirm')}
              onConfirm={() => remove.mutateAsync().then(() => message.success(t('boundaryMap.removed')))}
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                {t('boundaryMap.remove')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
