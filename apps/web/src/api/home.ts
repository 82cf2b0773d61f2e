import type { HomeSummary } from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { api } from './client.ts';

export const homeKey = ['home'] as const;

/**
 * 首页 counts and the unread badges. Read again on every page change and every minute, so the
 * badge follows a notice being opened or a reminder being written by the job.
 */
export function useHome(enabled = true) {
  const client = useQueryClient();
  const { pathname } = useLocation();
  const seen = useRef(pathname);
  useEffect(() => {
    if (seen.current === pathname) return;
    seen.current = pathname;
    void client.invalidateQueries({ queryKey: homeKey });
  }, [client, pathname]);
  return useQuery({
    queryKey: homeKey,
    queryFn: ({ signal }) => api<HomeSummary>('/home', { signal }),
    refetchInterval: 60_000,
    enabled,
  });
}

/** After opening a notice or a reminder: the badges are counted again. */
export function useRefreshHome() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: homeKey });
}
