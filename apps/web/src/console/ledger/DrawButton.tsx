import { LedgerDrawInput, type LedgerDrawView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerApi, useLedgerEntries, useRefreshLedger } from '../../api/ledger.ts';
import { contractRule } from '../../shared/contract-rule.ts';
import { showServerError } from './ActionForms.tsx';

/**
 * 核查抽取 (G4): the safety office draws a share of its closed, not yet checked entries at random.
 * The draw is final (the server marks what it chose), so the result stays on screen with links
 * to the drawn entries, where their 核查 result is then recorded.
 */
export function DrawButton({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation('ledger');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('draw.button')}</Button>
      {open && (
        <DrawModal
          onClose={() => setOpen(false)}
          onOpen={(id) => {
            setOpen(false);
            onOpen(id);
          }}
        />
      )}
    </>
  );
}

function DrawModal({ onClose, onOpen }: { onClose: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation('ledger');
  const { message } = App.useApp();
  const refresh = useRefreshLedger();
  const [form] = Form.useForm<{ sharePercent: number }>();
  const [alert, setAlert] = useState<string | null>(null);
  const [drawn, setDrawn] = useState<LedgerDrawView | null>(null);

  const draw = useMutation({
    mutationFn: ledgerApi.draw,
    onSuccess: async (result) => {
      setDrawn(result);
      await refresh();
      void message.success(
        t('draw.result', { candidates: result.candidates, count: result.entryIds.length }),
      );
    },
    onError: (error) => setAlert(showServerError(form, error, ['sharePercent'])),
  });

  return (
    <Modal
      open
      title={t('draw.title')}
      okText={drawn ? t('draw.close') : t('draw.submit')}
      cancelText={t('actions.cancel')}
      cancelButtonProps={{ hidden: drawn !== null }}
      confirmLoading={draw.isPending}
      onOk={() => (drawn ? onClose() : form.submit())}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {drawn ? (
        <DrawnEntries drawn={drawn} onOpen={onOpen} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ sharePercent: 10 }}
          disabled={draw.isPending}
          onFinish={(values) => {
            setAlert(null);
            draw.mutate({ sharePercent: values.sharePercent });
          }}
        >
          <Typography.Paragraph type="secondary">{t('draw.hint')}</Typography.Paragraph>
          <Form.Item
            label={t('draw.share')}
            name="sharePercent"
            rules={[contractRule(LedgerDrawInput.shape.sharePercent, null)]}
          >
            <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: 160 }} />
          </Form.Item>
          {alert && <Alert type="error" showIcon title={alert} />}
        </Form>
      )}
    </Modal>
  );
}

/** The drawn entries by 台账编号 and unit, read one by one since the draw names only their ids. */
function DrawnEntries({ drawn, onOpen }: { drawn: LedgerDrawView; onOpen: (id: string) => void }) {
  const { t } = useTranslation('ledger');
  const entries = useLedgerEntries(drawn.entryIds);
  return (
    <div data-testid="ledger-drawn">
      <Typography.Paragraph>
        {t('draw.result', { candidates: drawn.candidates, count: drawn.entryIds.length })}
      </Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={drawn.entryIds.map((id, i) => ({ id, entry: entries[i]?.data }))}
        renderItem={({ id, entry }) => (
          <List.Item
            actions={[
              <Button key="view" type="link" size="small" onClick={() => onOpen(id)}>
                {t('view')}
              </Button>,
            ]}
          >
            {entry ? `${entry.ledgerNo ?? t('notListed')}  ${entry.unitName}` : id}
          </List.Item>
        )}
      />
    </div>
  );
}
