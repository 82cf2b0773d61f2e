import type { IndustryNode, SiteInput, SiteView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseApi, useRefreshSites } from '../../api/enterprise.ts';
import { ApiError, fieldName } from '../../api/errors.ts';
import { CatalogTree } from './CatalogTree.tsx';
import { basicsFields, SiteBasicsFields } from './SiteBasicsFields.tsx';
import type { InspectorOption, RegionOption } from './site-form.ts';

interface Values {
  name: string;
  region: string[];
  address?: string;
  inspectorUserId: string;
  inspectorPhone: string;
  inspectorIdNumber: string;
  catalogIds: string[];
}

/** The API names the street `streetCode`; the form keeps 区 and 街道 together in `region`. */
const formField = (path: string) => (fieldName(path) === 'streetCode' ? 'region' : fieldName(path));
const formFields = [...basicsFields, 'catalogIds'];

/** The form's starting values; masked phone and ID numbers cannot be sent back, so they start empty. */
function initialValues(site: SiteView | null, defaultDistrict: string | undefined): Partial<Values> {
  if (!site) return { region: defaultDistrict ? [defaultDistrict] : [], catalogIds: [] };
  return {
    name: site.name,
    region: [site.districtCode, site.streetCode],
    address: site.address,
    inspectorUserId: site.inspectorUserId ?? undefined,
    catalogIds: site.catalogs.map((catalog) => catalog.id),
  };
}

/**
 * 新增场所 / 编辑 in the seed's two steps: 添加场所, then 请选择行业与检查内容. Both steps stay
 * mounted in one form so 上一步 keeps what was typed, and a server error opens the step it is on.
 */
export function SiteFormModal(props: {
  site: SiteView | null;
  industries: readonly IndustryNode[];
  regions: RegionOption[];
  inspectors: InspectorOption[];
  defaultDistrict: string | undefined;
  onClose: () => void;
}) {
  const { site, industries, regions, inspectors, defaultDistrict, onClose } = props;
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const refresh = useRefreshSites();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [alert, setAlert] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: SiteInput) =>
      site ? enterpriseApi.updateSite(site.id, body) : enterpriseApi.createSite(body),
    onSuccess: async (saved) => {
      await refresh();
      void message.success(t(site ? 'siteForm.updated' : 'siteForm.created', { name: saved.name }));
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      const placed = error.fields.filter((field) => formFields.includes(formField(field.path)));
      form.setFields(
        placed.map((field) => ({ name: formField(field.path) as keyof Values, errors: [field.message] })),
      );
      if (placed.some((field) => basicsFields.includes(formField(field.path)))) setStep(0);
      setAlert(placed.length < error.fields.length ? error.message : null);
    },
  });

  const next = async () => {
    try {
      await form.validateFields(basicsFields as (keyof Values)[]);
      setStep(1);
    } catch {
      // antd has put the messages under the fields; the user stays on step 1 to fix them.
    }
  };

  const footer =
    step === 0
      ? [
          <Button key="cancel" onClick={onClose}>
            {t('siteForm.cancel')}
          </Button>,
          <Button key="next" type="primary" onClick={() => void next()}>
            {t('siteForm.next')}
          </Button>,
        ]
      : [
          <Button key="previous" onClick={() => setStep(0)} disabled={save.isPending}>
            {t('siteForm.previous')}
          </Button>,
          <Button key="submit" type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('siteForm.submit')}
          </Button>,
        ];

  return (
    <Modal
      open
      title={site ? t('siteForm.editTitle', { name: site.name }) : t('siteForm.addTitle')}
      width={720}
      footer={footer}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Steps
        size="small"
        current={step}
        items={[{ title: t('siteForm.stepBasics') }, { title: t('siteForm.stepCatalogs') }]}
        style={{ marginBottom: 24 }}
      />
      <Form<Values>
        name="site"
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={initialValues(site, defaultDistrict)}
        onFinishFailed={({ errorFields }) => {
          if (errorFields.some((field) => basicsFields.includes(String(field.name[0])))) setStep(0);
        }}
        onFinish={(values) => {
          setAlert(null);
          save.mutate({
            name: values.name.trim(),
            streetCode: values.region[1] ?? '',
            address: values.address?.trim() ?? '',
            inspectorUserId: values.inspectorUserId,
            inspectorPhone: values.inspectorPhone.trim(),
            inspectorIdNumber: values.inspectorIdNumber.trim().toUpperCase(),
            catalogIds: values.catalogIds,
          });
        }}
      >
        <div hidden={step !== 0}>
          <SiteBasicsFields regions={regions} inspectors={inspectors} editing={site !== null} />
        </div>
        <div hidden={step !== 1}>
          <Form.Item
            label={t('siteForm.stepCatalogs')}
            name="catalogIds"
            rules={[{ type: 'array', min: 1, required: true, message: t('siteForm.needCatalog') }]}
          >
            <CatalogTree industries={industries} />
          </Form.Item>
        </div>
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}
