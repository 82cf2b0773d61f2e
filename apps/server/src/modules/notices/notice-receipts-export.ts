import { NOTICE_READ_LABELS, type NoticeReceipt, type NoticeReceipts } from '@ancha/contracts';
import { type StatsTable, statsWorkbook } from '../exports/stats-sheet.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A time as read in Beijing, to the minute: what the receipts drawer shows. */
const beijing = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      })
        .format(new Date(iso))
        .replaceAll('/', '-')
    : null;

interface Row {
  no: number | string;
  name: string;
  street: string | null;
  status: string;
  readAt: string | null;
  readBy: string | null;
}

const row = (x: NoticeReceipt, i: number): Row => ({
  no: i + 1,
  name: x.enterpriseName,
  street: x.streetName,
  status: x.readAt ? NOTICE_READ_LABELS.read : NOTICE_READ_LABELS.unread,
  readAt: beijing(x.readAt),
  readBy: x.readByName,
});

/**
 * 通知阅读回执 as a sheet, in the style of the statistics exports: a title, the notice and the
 * time of export, one row per enterprise, and the 合计 row with the read count.
 */
export async function receiptsWorkbook(r: NoticeReceipts, senderName: string, at: Date): Promise<Buffer> {
  const table: StatsTable<Row> = {
    title: '通知阅读回执',
    note: `通知：${r.title}　发布单位：${senderName}　导出时间：${beijing(at.toISOString())}`,
    columns: [
      { header: '序号', width: 8, value: (x) => x.no },
      { header: '企业名称', width: 40, value: (x) => x.name },
      { header: '所在街道（乡镇）', width: 20, value: (x) => x.street },
      { header: '阅读状态', width: 14, value: (x) => x.status },
      { header: '阅读时间', width: 20, value: (x) => x.readAt },
      { header: '阅读人', width: 14, value: (x) => x.readBy },
    ],
    rows: r.items.map(row),
    total: {
      no: '合计',
      name: `共 ${r.items.length} 家`,
      street: null,
      status: `已读 ${r.items.filter((x) => x.readAt).length} 家`,
      readAt: null,
      readBy: null,
    },
  };
  return statsWorkbook(table);
}

export function xlsxResponse(bytes: Buffer, name: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    },
  });
}

export { XLSX };
