import {
  type EnterpriseProfile,
  ProfileInput,
  SCALES,
  STANDARDIZATION_LEVELS,
  UNIT_NATURES,
} from '@ancha/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Descriptions, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { profileApi, profileKeys } from '../../api/profile.ts';
import { contractRule } from '../../shared/contract-rule.ts';
import {
  type ProfileValues,
  profileFormField,
  profileInput,
  profileValues,
  yuanToFen,
} from './profile-form.ts';

const shape = ProfileInput.shape;
type Name = keyof ProfileValues & keyof typeof shape;

/** 信息修改: the variable fields, required ones starred; the fixed ones shown but not editable. */
export function ProfileFormModal({ profile, onClose }: { profile: EnterpriseProfile; onClose: () => void }) {
  const { t } = useTranslation('profile');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ProfileValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const hasSafetyOrg = Form.useWatch('hasSafetyOrg', form);
  const hasMajorHazardSource = Form.useWatch('hasMajorHazardSource', form);

  const save = useMutation({
    mutationFn: (values: ProfileValues) => profileApi.saveProfile(profile.id, profileInput(values)),
    onSuccess: (saved) => {
      client.setQueryData(profileKeys.profile(profile.id), saved);
      void message.success(t('form.saved'));
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      form.setFields(error.fields.map((f) => ({ name: profileFormField(f.path), errors: [f.message] })));
      setAlert(null);
    },
  });

  const field = (
    name: Name,
    input: ReactNode,
    opts: { required?: boolean; empty?: null | ''; span?: number; also?: string } = {},
  ) => (
    <Col span={opts.span ?? 12}>
      <Form.Item
        label={t(`fields.${name}`)}
        name={name}
        required={opts.required}
        rules={[
          contractRule(shape[name], opts.empty ?? (opts.required ? '' : null)),
          // A follow-up of 是/有 is optional to the schema's field and required by its object rule.
          ...(opts.also ? [{ required: true, message: opts.also }] : []),
        ]}
      >
        {input}
      </Form.Item>
    </Col>
  );
  const natures = UNIT_NATURES.map((v) => ({ value: v, label: t(`nature.${v}`) }));
  const scales = SCALES.map((v) => ({ value: v, label: t(`scale.${v}`) }));
  const levels = STANDARDIZATION_LEVELS.map((v) => ({ value: v, label: t(`standardizationLevel.${v}`) }));
  const yesNo = (yes: 'yes' | 'have', no: 'no' | 'haveNot') => (
    <Radio.Group
      options={[
        { value: true, label: t(yes) },
        { value: false, label: t(no) },
      ]}
    />
  );
  const count = <InputNumber min={0} precision={0} style={{ width: '100%' }} />;

  return (
    <Modal
      open
      title={t('form.title')}
      width={860}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('fields.name')}>{profile.name}</Descriptions.Item>
        <Descriptions.Item label={t('fields.uscc')}>{profile.uscc}</Descriptions.Item>
        <Descriptions.Item
          label={t('fields.region')}
        >{`${profile.districtName}${profile.streetName}`}</Descriptions.Item>
        <Descriptions.Item label={t('fields.industries')}>
          {profile.industries.map((i) => i.name).join(t('listSeparator'))}
        </Descriptions.Item>
      </Descriptions>
      <Alert type="info" showIcon title={t('form.fixedHint')} style={{ marginBottom: 16 }} />
      <Form<ProfileValues>
        name="profile"
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={profileValues(profile)}
        onFinish={(values) => {
          setAlert(null);
          save.mutate(values);
        }}
      >
        <Row gutter={16}>
          {field('address', <Input maxLength={100} />, { required: true, span: 24 })}
          {field('legalRepresentative', <Input maxLength={50} />, { required: true })}
          {field('legalRepresentativePhone', <Input maxLength={20} />, { required: true })}
          {field('principalName', <Input maxLength={50} />, { required: true })}
          {field('principalPhone', <Input maxLength={20} />, { required: true })}
          {field('phone', <Input maxLength={20} />)}
          {field('staffCount', count, { required: true, empty: null })}
          {field('nature', <Select options={natures} placeholder={t('form.select')} />, {
            required: true,
          })}
          {field('scale', <Select allowClear options={scales} placeholder={t('form.select')} />)}
          {field(
            'standardizationLevel',
            <Select allowClear options={levels} placeholder={t('form.select')} />,
          )}
          {field('establishedOn', <Input type="date" />)}
          <Col span={12}>
            <Form.Item
              label={t('fields.registeredCapital')}
              name="registeredCapital"
              rules={[
                {
                  validator: async (_, value: string | undefined) => {
                    if (value?.trim() && yuanToFen(value) === null)
                      throw new Error(t('form.registeredCapitalInvalid'));
                  },
                },
              ]}
            >
              <Input inputMode="decimal" maxLength={16} suffix="元" />
            </Form.Item>
          </Col>
          {field('parentGroup', <Input maxLength={100} />)}
          {field('districtDepartment', <Input maxLength={100} />)}
          {field('cityDepartment', <Input maxLength={100} />)}
          {field('businessScope', <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />, {
            span: 24,
          })}
          {field('hasSafetyOrg', yesNo('yes', 'no'))}
          {hasSafetyOrg ? (
            field('safetyOrgName', <Input maxLength={100} />, {
              required: true,
              also: t('form.needSafetyOrgName'),
            })
          ) : (
            <Col span={12} />
          )}
          {field('fullTimeSafetyStaff', count)}
          <Col span={12} />
          {field('hasMajorHazardSource', yesNo('have', 'haveNot'))}
          {hasMajorHazardSource &&
            field('majorHazardSourceCount', <InputNumber min={1} precision={0} style={{ width: '100%' }} />, {
              required: true,
              also: t('form.needHazardCount'),
            })}
        </Row>
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}
