import { contactRoleLabels, type OfficeContactEntry } from '@ancha/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { contactsApi, useContactsBelow, useMyContacts } from '../../api/info-reports.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { ContactForm } from './ContactForm.tsx';

type Person = NonNullable<OfficeContactEntry['contact']>['people'][number];

/** 工作联系表: the office's own list to keep, and for districts and the city those of the offices below. */
export function ContactsTab({ hasBelow }: { hasBelow: boolean }) {
  const { t } = useTranslation('infoReports');
  const mine = useMyContacts();
  const below = useContactsBelow(hasBelow);

  const columns: TableColumnsType<OfficeContactEntry> = [
    {
      title: t('columns.office'),
      key: 'office',
      width: 220,
      render: (_, o) => o.contact?.unitName ?? o.officeName,
    },
    {
      title: t('contacts.people'),
      key: 'people',
      render: (_, o) =>
        o.contact ? (
          <Table<Person>
            rowKey={(p, i) => `${p.role}-${i}`}
            size="small"
            pagination={false}
            dataSource={o.contact.people}
            columns={[
              { title: '', key: 'role', width: 90, render: (_, p) => contactRoleLabels[p.role] },
              { title: t('contacts.name'), dataIndex: 'name', key: 'name', width: 90 },
              { title: t('contacts.position'), dataIndex: 'position', key: 'position' },
              { title: t('contacts.officePhone'), dataIndex: 'officePhone', key: 'officePhone', width: 130 },
              { title: t('contacts.mobile'), dataIndex: 'mobile', key: 'mobile', width: 130 },
            ]}
          />
        ) : (
          <Tag color="error">{t('contacts.notFilled')}</Tag>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('contacts.ownTitle')}
        extra={
          <Button icon={<DownloadOutlined />} href={contactsApi.mineXlsx()} download>
            {t('contacts.export')}
          </Button>
        }
      >
        {mine.error ? (
          <LoadError message={mine.error.message} onRetry={() => void mine.refetch()} />
        ) : !mine.data ? (
          <Skeleton active />
        ) : (
          // Keyed by the save time, so the form starts again from what the server holds.
          <ContactForm key={mine.data.contact?.updatedAt ?? 'new'} entry={mine.data} />
        )}
      </Card>
      {hasBelow && (
        <Card
          title={t('contacts.belowTitle')}
          extra={
            <Button icon={<DownloadOutlined />} href={contactsApi.belowXlsx()} download>
              {t('contacts.export')}
            </Button>
          }
        >
          {below.error ? (
            <LoadError message={below.error.message} onRetry={() => void below.refetch()} />
          ) : (
            <Table<OfficeContactEntry>
              rowKey="officeKey"
              size="middle"
              data-testid="contacts-below"
              loading={below.isFetching}
              columns={columns}
              dataSource={below.data?.offices ?? []}
              pagination={false}
              locale={{ emptyText: t('contacts.belowEmpty') }}
            />
          )}
        </Card>
      )}
    </Flex>
  );
}
