import { MAX_PHOTOS, MOBILE_PHONE, type PublicReportCreated } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Switch, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/errors.ts';
import { publicReportsApi } from '../api/public-reports.ts';
import { PublicFrame } from './PublicRoutes.tsx';
import { RegionField } from './RegionField.tsx';
import { ReportDone } from './ReportDone.tsx';
import { type ChosenPhoto, ReportPhotos } from './ReportPhotos.tsx';

interface Values {
  region: string[];
  place: string;
  unitName?: string;
  description: string;
  anonymous: boolean;
  reporterName?: string;
  reporterPhone?: string;
}

/** 我要举报 (P1): anyone, on a phone, without an account. */
export function ReportPage() {
  const { t } = useTranslation('reports', { keyPrefix: 'public' });
  const [form] = Form.useForm<Values>();
  const anonymous = Form.useWatch('anonymous', form);
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [created, setCreated] = useState<PublicReportCreated | null>(null);

  const submit = useMutation({
    mutationFn: (v: Values) =>
      publicReportsApi.submit({
        districtCode: v.region[0] ?? '',
        streetCode: v.region[1] ?? '',
        place: v.place,
        unitName: v.unitName || undefined,
        description: v.description,
        anonymous: v.anonymous,
        reporterName: v.anonymous ? undefined : v.reporterName,
        reporterPhone: v.anonymous ? undefined : v.reporterPhone,
      }),
    onSuccess: setCreated,
    onError: (error) => {
      if (isApiError(error) && error.fields.length > 0) {
        form.setFields(
          error.fields.map((f) => ({
            name: f.path === 'districtCode' || f.path === 'streetCode' ? 'region' : f.path,
            errors: [f.message],
          })),
        );
      }
      Toast.show({ content: error.message });
    },
  });

  if (created) {
    return (
      <PublicFrame title={t('doneTitle')}>
        <ReportDone
          created={created}
          photos={photos}
          onAnother={() => {
            form.resetFields();
            setPhotos([]);
            setCreated(null);
          }}
        />
      </PublicFrame>
    );
  }

  return (
    <PublicFrame title={t('title')}>
      <p style={{ margin: 0, padding: '12px 16px', color: '#666', fontSize: 13, lineHeight: 1.6 }}>
        {t('intro')}
      </p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ anonymous: false, region: [] }}
        onFinish={(v) => submit.mutate(v)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={submit.isPending}>
            {t('submit')}
          </Button>
        }
      >
        <Form.Item
          name="region"
          label={t('region')}
          rules={[
            {
              validator: (_r, v: string[]) =>
                v?.length === 2 ? Promise.resolve() : Promise.reject(new Error(t('regionRequired'))),
            },
          ]}
        >
          <RegionField placeholder={t('regionPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('place')}
          rules={[{ required: true, whitespace: true, message: t('placeRequired') }]}
        >
          <Input placeholder={t('placePlaceholder')} maxLength={200} clearable />
        </Form.Item>
        <Form.Item name="unitName" label={t('unitName')}>
          <Input placeholder={t('unitPlaceholder')} maxLength={100} clearable />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('description')}
          rules={[{ required: true, min: 5, whitespace: true, message: t('descriptionRequired') }]}
        >
          <TextArea placeholder={t('descriptionPlaceholder')} maxLength={2000} rows={4} showCount />
        </Form.Item>
        <Form.Item label={t('photos')}>
          <ReportPhotos value={photos} onChange={setPhotos} max={MAX_PHOTOS} />
        </Form.Item>
        <Form.Item
          name="anonymous"
          label={t('anonymous')}
          valuePropName="checked"
          description={t('anonymousHint')}
        >
          <Switch aria-label={t('anonymous')} />
        </Form.Item>
        {!anonymous && (
          <>
            <Form.Item
              name="reporterName"
              label={t('name')}
              rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
            >
              <Input placeholder={t('namePlaceholder')} maxLength={50} autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="reporterPhone"
              label={t('phone')}
              rules={[{ required: true, pattern: MOBILE_PHONE, message: t('phoneInvalid') }]}
            >
              <Input placeholder={t('phonePlaceholder')} type="tel" maxLength={11} autoComplete="tel" />
            </Form.Item>
          </>
        )}
      </Form>
      <p style={{ textAlign: 'center', fontSize: 14 }}>
        <Link to="/report/follow">{t('followLink')}</Link>
        <span style={{ margin: '0 12px', color: '#ccc' }}>|</span>
        <Link to="/sign-in">{t('signInLink')}</Link>
      </p>
    </PublicFrame>
  );
}
