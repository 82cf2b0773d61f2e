import type { PlanInput, PlanOverview, PlanView } from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

// 年度监督检查计划 (G5): the office's own plan of a year, the plans below it, and saving it.

export const plansApi = {
  overview: (year: number, signal?: AbortSignal) => api<PlanOverview>(`/plans?year=${year}`, { signal }),
  save: (year: number, body: PlanInput) => api<PlanView>(`/plans/${year}`, { method: 'PUT', body }),
};

export const planKeys = {
  all: ['plans'] as const,
  overview: (year: number) => ['plans', 'overview', year] as const,
};

export function usePlans(year: number) {
  return useQuery({
    queryKey: planKeys.overview(year),
    queryFn: ({ signal }) => plansApi.overview(year, signal),
  });
}

/** After a save: the year's overview is read again, progress included. */
export function useRefreshPlans() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: planKeys.all });
}
