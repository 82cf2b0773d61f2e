import { PERSONNEL_ROLES, type Person, PersonInput } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldName } from '../../api/errors.ts';
import { profileApi, useRefreshProfile } from '../../api/profile.ts';
import { contractRule } from '../../shared/contract-rule.ts';

type Values = PersonInput;
const fields = ['role', 'name', 'position', 'phone', 'certificateNo'];

/** 添加人员 / 修改: one safety manager; the safety head is one of them, and only one. */
export function PersonFormModal(props: {
  enterpriseId: string;
  person: Person | null;
  /** Another person already is the safety head, so the role is not offered. */
  headTaken: boolean;
  onClose: () => void;
}) {
  const { enterpriseId, person, headTaken, onClose } = props;
  const { t } = useTranslation('profile');
  const { message } = App.useApp();
  const refresh = useRefreshProfile(enterpriseId);
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: Values) =>
      person
        ? profileApi.updatePerson(enterpriseId, person.id, body)
        : profileApi.addPerson(enterpriseId, body),
    onSuccess: async (saved) => {
      await refresh('personnel');
      void message.success(t(person ? 'personnel.updated' : 'personnel.added', { name: saved.name }));
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      const placed = error.fields.filter((f) => fields.includes(fieldName(f.path)));
      form.setFields(placed.map((f) => ({ name: fieldName(f.path) as keyof Values, errors: [f.message] })));
      setAlert(placed.length < error.fields.length ? error.message : null);
    },
  });

  const roles = PERSONNEL_ROLES.map((role) => ({
    value: role,
    label: t(`personnel.roles.${role}`),
    disabled: role === 'safety_head' && headTaken,
    title: role === 'safety_head' && headTaken ? t('personnel.headTaken') : undefined,
  }));
  const rule = (name: keyof typeof PersonInput.shape) => [contractRule(PersonInput.shape[name])];

  return (
    <Modal
      open
      title={person ? t('personnel.editTitle', { name: person.name }) : t('personnel.addTitle')}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<Values>
        name="person"
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={
          person ?? { role: headTaken ? 'full_time' : 'safety_head', position: '', certificateNo: '' }
        }
        onFinish={(values) => {
          setAlert(null);
          save.mutate({
            role: values.role,
            name: values.name.trim(),
            position: values.position?.trim() ?? '',
            phone: values.phone.trim(),
            certificateNo: values.certificateNo?.trim() ?? '',
          });
        }}
      >
        <Form.Item label={t('personnel.columns.role')} name="role" required rules={rule('role')}>
          <Select options={roles} aria-label={t('personnel.columns.role')} />
        </Form.Item>
        <Form.Item label={t('personnel.columns.name')} name="name" required rules={rule('name')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('personnel.columns.position')} name="position" rules={rule('position')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('personnel.columns.phone')} name="phone" required rules={rule('phone')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          label={t('personnel.columns.certificateNo')}
          name="certificateNo"
          rules={rule('certificateNo')}
        >
          <Input maxLength={50} />
        </Form.Item>
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}
