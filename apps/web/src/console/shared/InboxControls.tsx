import { Badge, DatePicker, Flex, Input, Tabs, Tag } from 'antd';
import type { ReactNode } from 'react';

type Day = { format: (template: string) => string } | null;

export interface TitleDateFilter {
  keyword?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Seed 002's search of 公告通知 and 系统提醒: by title and by date range (Beijing days, inclusive),
 * with room for the list's own buttons after them.
 */
export function TitleDateFilters(props: {
  searchLabel: string;
  datesLabel: string;
  onChange: (patch: TitleDateFilter) => void;
  children?: ReactNode;
}) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 8 }}>
      <Input.Search
        allowClear
        placeholder={props.searchLabel}
        aria-label={props.searchLabel}
        style={{ maxWidth: 320 }}
        onSearch={(v) => props.onChange({ keyword: v.trim() || undefined })}
      />
      <DatePicker.RangePicker
        aria-label={props.datesLabel}
        onChange={(range: [Day, Day] | null) =>
          props.onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      {props.children}
    </Flex>
  );
}

/** 未读 / 已读 / … tabs, the unread one carrying its count; only the active tab renders the list. */
export function ReadTabs<K extends string>(props: {
  tabs: readonly K[];
  active: K;
  label: (key: K) => string;
  unreadKey: K;
  unread: number;
  onChange: (key: K) => void;
  content: ReactNode;
}) {
  return (
    <Tabs
      activeKey={props.active}
      onChange={(key) => props.onChange(props.tabs.find((s) => s === key) ?? props.unreadKey)}
      items={props.tabs.map((key) => ({
        key,
        label:
          key === props.unreadKey ? (
            <Badge count={props.unread} size="small" offset={[8, -2]}>
              {props.label(key)}
            </Badge>
          ) : (
            props.label(key)
          ),
        children: key === props.active ? props.content : null,
      }))}
    />
  );
}

/** 已读 in grey, 未读 in red. */
export function ReadTag({ read, labels }: { read: boolean; labels: { read: string; unread: string } }) {
  return read ? <Tag>{labels.read}</Tag> : <Tag color="red">{labels.unread}</Tag>;
}
