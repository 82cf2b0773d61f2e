import type { Me } from '@ancha/contracts';
import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './errors.ts';

export const meQueryKey = ['me'] as const;

function isMeKey(key: QueryKey | undefined): boolean {
  return key?.[0] === meQueryKey[0];
}

/**
 * Any request can learn that the session is gone or that the password must be changed first;
 * both are facts about the session, so they update the `me` query and the route guards react.
 */
function onSessionError(client: QueryClient, error: unknown, key?: QueryKey): void {
  if (!(error instanceof ApiError)) return;
  if (error.code === 'UNAUTHENTICATED') {
    client.setQueryData<Me | null>(meQueryKey, null);
  } else if (error.code === 'PASSWORD_CHANGE_REQUIRED' && !isMeKey(key)) {
    void client.invalidateQueries({ queryKey: meQueryKey });
  }
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx answer will not change by asking again; network and 5xx failures might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onSessionError(client, error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionError(client, error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
