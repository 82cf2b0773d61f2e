import { BarChart, HeatmapChart, LineChart, MapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

// Only what the statistics page draws is bundled (tree-shaken), not the whole of ECharts.
use([
  BarChart,
  LineChart,
  HeatmapChart,
  MapChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

interface Props {
  option: EChartsCoreOption;
  height?: number;
  style?: CSSProperties;
  'data-testid'?: string;
  /** The chart's content in words, for screen readers (a canvas has none of its own). */
  label: string;
}

/**
 * One ECharts instance per mounted element: made on mount, given each new option whole
 * (notMerge, so a series or category that went away does not linger), resized with its box,
 * disposed on unmount so no listener or canvas outlives the page.
 */
export function EChart({ option, height = 320, style, label, ...rest }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // A card that changes width (menu folded, window resized) redraws at its new size.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', height, ...style }}
      data-testid={rest['data-testid']}
    />
  );
}
