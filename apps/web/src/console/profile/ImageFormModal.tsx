import { EnterpriseImageInput, IMAGE_KINDS, UPLOAD_TYPES } from '@ancha/contracts';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldName } from '../../api/errors.ts';
import { addImageFromFile, useRefreshProfile } from '../../api/profile.ts';
import { contractRule } from '../../shared/contract-rule.ts';

interface Values {
  title: string;
  kind: EnterpriseImageInput['kind'];
  file: File;
}

/** 添加图片 as the seed has it: 标题, 图片类型, 选择文件, then 提交. */
export function ImageFormModal({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation('profile');
  const { message } = App.useApp();
  const refresh = useRefreshProfile(enterpriseId);
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);

  const add = useMutation({
    mutationFn: (v: Values) =>
      addImageFromFile(enterpriseId, v.file, { title: v.title.trim(), kind: v.kind }),
    onSuccess: async (image) => {
      await refresh('images');
      void message.success(t('images.added', { title: image.title }));
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      // An upload's `file` and the image's `fileId.0` both mean the chosen file.
      const name = (path: string) => (['title', 'kind'].includes(fieldName(path)) ? fieldName(path) : 'file');
      form.setFields(error.fields.map((f) => ({ name: name(f.path) as keyof Values, errors: [f.message] })));
      setAlert(null);
    },
  });

  return (
    <Modal
      open
      title={t('images.formTitle')}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<Values>
        name="image"
        form={form}
        layout="vertical"
        disabled={add.isPending}
        onFinish={(values) => {
          setAlert(null);
          add.mutate(values);
        }}
      >
        <Form.Item
          label={t('images.title')}
          name="title"
          required
          rules={[contractRule(EnterpriseImageInput.shape.title)]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          label={t('images.kind')}
          name="kind"
          required
          rules={[contractRule(EnterpriseImageInput.shape.kind)]}
        >
          <Select
            aria-label={t('images.kind')}
            placeholder={t('form.select')}
            options={IMAGE_KINDS.map((kind) => ({ value: kind, label: t(`images.kinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('images.file')}
          name="file"
          required
          extra={t('images.fileHint')}
          rules={[{ required: true, message: t('images.needFile') }]}
        >
          <FilePicker />
        </Form.Item>
        {add.isPending && <Typography.Text type="secondary">{t('images.uploading')}</Typography.Text>}
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}

/** 选择文件: a hidden file input behind a button; Form.Item gives it `value` and `onChange`. */
function FilePicker({ value, onChange }: { value?: File; onChange?: (file: File | undefined) => void }) {
  const { t } = useTranslation('profile');
  const input = useRef<HTMLInputElement>(null);
  const [wrongType, setWrongType] = useState(false);
  return (
    <div>
      <input
        ref={input}
        type="file"
        accept={UPLOAD_TYPES.join(',')}
        hidden
        data-testid="image-file"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          const ok = chosen !== undefined && (UPLOAD_TYPES as readonly string[]).includes(chosen.type);
          setWrongType(chosen !== undefined && !ok);
          onChange?.(ok ? chosen : undefined);
        }}
      />
      <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
        {t('images.chooseFile')}
      </Button>
      {value && <Typography.Text style={{ marginLeft: 12 }}>{value.name}</Typography.Text>}
      {wrongType && (
        <Typography.Text type="danger" style={{ marginLeft: 12 }}>
          {t('images.notImage')}
        </Typography.Text>
      )}
    </div>
  );
}
