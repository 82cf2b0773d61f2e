import type { LedgerStats, UsageStats } from '@ancha/contracts';
import type { EChartsCoreOption } from 'echarts/core';

// Chart options built from the server's answers: pure functions, so the page only wires data.

export const percent = (rate: number | null, none = '—') =>
  rate === null ? none : `${(rate * 100).toFixed(1)}%`;

const colors = {
  listed: '#1677ff',
  rectified: '#52c41a',
  closed: '#13a8a8',
  overdue: '#cf1322',
  rate: '#fa8c16',
};

interface LedgerLabels {
  listed: string;
  rectified: string;
  closed: string;
  overdue: string;
  rate: string;
  target: string;
}

/** Counts as bars on the left axis; the 整改率 as a line on the right, with the target dashed. */
export function ledgerOption(s: LedgerStats, l: LedgerLabels): EChartsCoreOption {
  const bar = (name: string, color: string, values: number[]) => ({
    name,
    type: 'bar',
    itemStyle: { color },
    data: values,
    barMaxWidth: 28,
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 64 },
    xAxis: {
      type: 'category',
      data: s.items.map((r) => r.name),
      axisLabel: { interval: 0, rotate: s.items.length > 8 ? 30 : 0 },
    },
    yAxis: [
      { type: 'value', minInterval: 1, name: '' },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      bar(
        l.listed,
        colors.listed,
        s.items.map((r) => r.listed),
      ),
      bar(
        l.rectified,
        colors.rectified,
        s.items.map((r) => r.rectified),
      ),
      bar(
        l.closed,
        colors.closed,
        s.items.map((r) => r.closed),
      ),
      bar(
        l.overdue,
        colors.overdue,
        s.items.map((r) => r.overdue),
      ),
      {
        name: l.rate,
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: colors.rate },
        // A group with nothing listed has no rate: a gap, not a fall to zero.
        data: s.items.map((r) => (r.rate === null ? null : Math.round(r.rate * 1000) / 10)),
        connectNulls: false,
        tooltip: { valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: colors.overdue },
          label: { formatter: l.target, position: 'insideEndTop' },
          data: [{ yAxis: s.target * 100 }],
        },
      },
    ],
  };
}

/** Overdue per group, most first, as horizontal bars. */
export function overdueOption(s: LedgerStats): EChartsCoreOption {
  const rows = s.items.filter((r) => r.overdue > 0).sort((a, b) => a.overdue - b.overdue);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.name) },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => r.overdue),
        itemStyle: { color: colors.overdue },
        barMaxWidth: 20,
      },
    ],
  };
}

/** Each group's rate in the two half-months, side by side. */
export function usageOption(s: UsageStats, first: string, second: string): EChartsCoreOption {
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 40, bottom: 64 },
    xAxis: {
      type: 'category',
      data: s.items.map((r) => r.name),
      axisLabel: { interval: 0, rotate: s.items.length > 8 ? 30 : 0 },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: first, type: 'bar', data: s.items.map((r) => pct(r.firstHalfRate)), barMaxWidth: 28 },
      { name: second, type: 'bar', data: s.items.map((r) => pct(r.secondHalfRate)), barMaxWidth: 28 },
    ],
  };
}
