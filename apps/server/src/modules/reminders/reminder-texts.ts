import type { Role } from '@ancha/contracts';
import { STALE_DAYS } from './reminder-rules.ts';

// The reminders' words (Chinese, naming the enterprise, hazard and dates) and the page each one
// opens. Enterprise administrators work in the console, inspectors on the phone (/m), offices
// in the console's 隐患台账.

export const cnDate = (d: string) =>
  `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const cnMonth = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
/** Titles stay one line in a list; the body carries the whole description. */
const short = (text: string, max = 24) => (text.length > max ? `${text.slice(0, max)}…` : text);

export interface Text {
  title: string;
  body: string;
  link: string;
}

export function hazardLink(role: Role, hazardId: string, ledgerEntryId: string | null): string {
  if (role === 'ent_inspector') return `/m/hazards/${hazardId}`;
  if (role === 'ent_admin') return `/console/hazards?id=${hazardId}`;
  return ledgerEntryId ? `/console/ledger?id=${ledgerEntryId}` : '/console/ledger';
}

export function inspectionDueText(enterprise: string, month: string, reportDay: number): Text {
  return {
    title: `${cnMonth(month)}尚未开展隐患自查`,
    body: `${enterprise}：${cnMonth(month)}尚无已提交的隐患自查记录，请在本月${reportDay}日上报日前完成自查并提交。`,
    link: '/console/records',
  };
}

export function postDueText(post: string, periodLabel: string, end: string): Text {
  return {
    title: `岗位自查待完成：${post}`,
    body: `您所在岗位“${post}”${periodLabel}的岗位清单自查尚未完成，请在${cnDate(end)}前完成。`,
    link: '/m/inspect',
  };
}

interface HazardFacts {
  enterprise: string;
  description: string;
  deadline: string;
}

export function deadlineNearText(h: HazardFacts): Omit<Text, 'link'> {
  return {
    title: `整改期限将至：${short(h.description)}`,
    body: `${h.enterprise}的隐患“${h.description}”整改期限为${cnDate(h.deadline)}，尚未整改完成，请按期整改。`,
  };
}

export function deadlinePassedText(h: HazardFacts): Omit<Text, 'link'> {
  return {
    title: `隐患整改已逾期：${short(h.description)}`,
    body: `${h.enterprise}的隐患“${h.description}”整改期限${cnDate(h.deadline)}已过，仍未整改完成。`,
  };
}

export function majorHazardText(unit: string, description: string, deadline: string | null): Text {
  const by = deadline ? `，整改期限${cnDate(deadline)}` : '';
  return {
    title: `重大隐患上报：${short(unit)}`,
    body: `${unit}上报重大隐患“${description}”${by}，请及时确认挂账并督促整改。`,
    link: '',
  };
}

export function ledgerStaleText(
  unit: string,
  description: string,
  ledgerNo: string | null,
  lastActivity: string,
): Omit<Text, 'link'> {
  const no = ledgerNo ? `（台账编号 ${ledgerNo}）` : '';
  return {
    title: `台账${STALE_DAYS}天未更新：${short(unit)}`,
    body: `${unit}的隐患“${description}”${no}最近一次更新在${cnDate(lastActivity)}，已超过${STALE_DAYS}天未更新，请跟进整改进展并更新台账。`,
  };
}

export function reportDayText(enterprise: string, reportDate: string, waiting: number): Text {
  const state =
    waiting > 0
      ? `尚有 ${waiting} 条已提交的检查记录未上报，到期将自动上报，也可提前上报`
      : '本月尚无已提交的检查记录，请抓紧开展自查';
  return {
    title: `上报日将至：${cnDate(reportDate)}`,
    body: `${enterprise}：本月上报日为${cnDate(reportDate)}，${state}。`,
    link: '/console/records',
  };
}
