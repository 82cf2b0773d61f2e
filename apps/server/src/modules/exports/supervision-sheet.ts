import type { Writable } from 'node:stream';
import {
  CHECK_TYPE_LABELS,
  type CheckType,
  PENALTY_TYPE_LABELS,
  type PenaltyType,
  shanghaiDate,
} from '@ancha/contracts';
import type { SupervisionRow } from '../supervision/supervision.repository.ts';
import { type ColumnGroup, writeOfficialSheet } from './ledger-sheet.ts';

/**
 * 城市安全隐患治理三年行动监督检查台账表 (seed 003, attachment 1), column for column, in the
 * official layout the ledger sheet also uses (ledger-sheet.ts, writeOfficialSheet).
 */
export const SUPERVISION_TITLE = '城市安全隐患治理三年行动监督检查台账表';

/** One record as the sheet prints it: its running number and its hazards' ledger numbers. */
export interface SupervisionSheetRow {
  no: number;
  row: SupervisionRow;
  hazardCount: number;
  ledgerNos: string[];
}

const FEN_PER_WAN = 1_000_000;

/** 备注: how many hazards the check found, then what the inspector wrote down. */
const remark = (r: SupervisionSheetRow) =>
  [r.hazardCount ? `发现隐患 ${r.hazardCount} 项` : '未发现隐患', r.row.inspection.findings]
    .filter(Boolean)
    .join('；');

export const SUPERVISION_COLUMNS: ColumnGroup<SupervisionSheetRow>[] = [
  { group: null, columns: [['序号', 6, (r) => r.no]] },
  {
    group: null,
    columns: [
      [
        '检查时间',
        12,
        (r) => (r.row.inspection.submittedAt ? shanghaiDate(r.row.inspection.submittedAt) : null),
      ],
    ],
  },
  { group: null, columns: [['检查单位', 20, (r) => r.row.inspection.checkUnit]] },
  {
    group: null,
    columns: [
      [
        '检查类型',
        12,
        (r) =>
          r.row.inspection.checkType ? CHECK_TYPE_LABELS[r.row.inspection.checkType as CheckType] : null,
      ],
    ],
  },
  { group: null, columns: [['检查人数', 8, (r) => r.row.inspection.checkPeople]] },
  {
    group: '被检查场所或单位情况',
    columns: [
      // 填表说明 5: the matching ledger numbers; 无 when none was listed.
      ['隐患台账编号', 24, (r) => (r.ledgerNos.length ? r.ledgerNos.join('、') : '无')],
      ['单位名称', 28, (r) => r.row.enterpriseName],
      ['所属区', 10, (r) => r.row.districtName],
      ['所属街道（乡）', 14, (r) => r.row.streetName],
      ['地址', 28, (r) => r.row.address],
    ],
  },
  {
    group: '处罚情况',
    columns: [
      [
        '处罚类型',
        12,
        (r) =>
          r.row.inspection.penaltyType
            ? PENALTY_TYPE_LABELS[r.row.inspection.penaltyType as PenaltyType]
            : null,
      ],
      // 填表说明 11 prints 万元; the record keeps fen, so the sheet divides, exactly.
      [
        '罚款金额（万元）',
        12,
        (r) => (r.row.inspection.fineFen ? r.row.inspection.fineFen / FEN_PER_WAN : null),
      ],
    ],
  },
  { group: null, columns: [['备注', 30, remark]] },
];

export function writeSupervisionSheet(out: Writable, pages: AsyncIterable<SupervisionSheetRow[]>) {
  return writeOfficialSheet(
    out,
    { title: SUPERVISION_TITLE, sheetName: '监督检查台账', groups: SUPERVISION_COLUMNS },
    pages,
  );
}
