import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { App, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../../api/errors.ts';

/**
 * A modal form's save: sends the values, re-reads what changed, says 已保存 and closes; a 422
 * puts each field's message under its field (the first segment of the server's path), any other
 * failure is a message. The console's small 新增/编辑 dialogs all behave this way.
 */
export function useSaveForm<V, R>(
  send: (v: V) => Promise<R>,
  { refresh, saved, onClose }: { refresh: () => Promise<unknown>; saved: string; onClose: () => void },
) {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const save = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await refresh();
      void message.success(saved);
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'VALIDATION_FAILED') && error.fields.length)
        form.setFields(
          error.fields.map((f) => ({ name: f.path.split('.')[0] as never, errors: [f.message] })),
        );
      else void message.error(error.message);
    },
  });
  return { form, save };
}

export function SaveModal<V>({
  title,
  okText,
  cancelText,
  form,
  save,
  initialValues,
  onClose,
  children,
}: {
  title: string;
  okText: string;
  cancelText: string;
  form: FormInstance<V>;
  save: UseMutationResult<unknown, Error, V>;
  initialValues: Partial<V>;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={cancelText}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => save.mutate(v)}>
        {children}
      </Form>
    </Modal>
  );
}
