import { governmentRoles, homeOf, type Me, type PermissionKey, type Role } from '@ancha/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useNavigate } from 'react-router';
import { authApi } from '../api/client.ts';
import { isApiError } from '../api/errors.ts';
import { meQueryKey } from '../api/query-client.ts';

// Where the session sends people, and how they come back afterwards.
export const signInPath = '/sign-in';
export const changePasswordPath = '/change-password';

export function homePath(role: Role): string {
  // A regulator signing in on a phone-sized screen starts at the phone's 监督检查 (G2).
  if (governmentRoles.includes(role) && window.matchMedia('(max-width: 600px)').matches) return '/m';
  return homeOf(role) === 'mobile' ? '/m' : '/console';
}

/**
 * Only same-site paths are followed after sign-in: a `next` of `//evil.example` or an absolute
 * URL would turn the sign-in page into an open redirect.
 */
export function safeNext(raw: string | null): string | null {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  if (raw.startsWith(signInPath) || raw.startsWith(changePasswordPath)) return null;
  return raw;
}

/** A link to `base` that brings the user back to `here` afterwards. */
export function withNext(base: string, here: string | null): string {
  const next = safeNext(here);
  return next && next !== '/' ? `${base}?next=${encodeURIComponent(next)}` : base;
}

// The session itself: who is signed in, as the `me` query knows it.
async function fetchMe({ signal }: { signal: AbortSignal }): Promise<Me | null> {
  try {
    return (await authApi.me(signal)).user;
  } catch (error) {
    // 401 is an answer, not a failure: it means nobody is signed in.
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, `null` when signed out, `undefined` while the first answer is awaited. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function useSetMe(): (user: Me | null) => void {
  const client = useQueryClient();
  return (user) => client.setQueryData<Me | null>(meQueryKey, user);
}

export const CurrentUserContext = createContext<Me | null>(null);

/** For pages behind the session guard, which only renders them once a user is known. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser is used outside the session guard');
  return me;
}

/**
 * Whether the signed-in user holds an enterprise permission (E10), to hide what the server would
 * refuse anyway; the server's check is the real one.
 */
export function useCan(permission: PermissionKey): boolean {
  return useCurrentUser().permissions.includes(permission);
}

export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: authApi.signOut,
    // Whatever the server said, this browser forgets the user: other people may share the phone.
    onSettled: () => {
      // Navigate first: the gate of the page being left would otherwise see the empty session and
      // send the user to the sign-in page with a `next` pointing back at the page just left.
      navigate(signInPath, { replace: true });
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      client.setQueryData<Me | null>(meQueryKey, null);
    },
  });
}
