import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { formatClock } from '../shared/values.ts';
import type { Draft } from './draft.ts';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string };

const debounceMs = 1500;

/**
 * Sends the draft to the server 1.5 s after the last change, at once on 暂存, and again when the
 * phone comes back online. Saves run one after another so an older body never lands last.
 * `touched` keeps merely opening the form from creating a draft on the server.
 */
export function useAutosave(draft: Draft | null, touched: boolean, send: (draft: Draft) => Promise<unknown>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(draft);
  latest.current = draft;
  const sender = useRef(send);
  sender.current = send;
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const unsaved = useRef(false);

  const save = useCallback((): Promise<void> => {
    const run = chain.current.then(async () => {
      const current = latest.current;
      if (!current) return;
      setStatus({ kind: 'saving' });
      try {
        await sender.current(current);
        if (latest.current === current) unsaved.current = false;
        setStatus({ kind: 'saved', at: new Date() });
      } catch (error) {
        setStatus(
          isApiError(error, 'NETWORK')
            ? { kind: 'offline' }
            : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
        );
        throw error;
      }
    });
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  useEffect(() => {
    if (!draft || !touched) return;
    unsaved.current = true;
    const timer = setTimeout(() => void save().catch(() => undefined), debounceMs);
    return () => clearTimeout(timer);
  }, [draft, touched, save]);

  useEffect(() => {
    const retry = () => {
      if (unsaved.current) void save().catch(() => undefined);
    };
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [save]);

  return { status, save };
}

/** The small line that tells the inspector where their typing is: 已保存, 保存中, or only on the phone. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { t } = useTranslation('field');
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return t('status.idle');
      case 'saving':
        return t('status.saving');
      case 'saved':
        return t('status.saved', { time: formatClock(status.at) });
      case 'offline':
        return t('status.offline');
      case 'failed':
        return t('status.failed', { message: status.message });
    }
  })();
  const warn = status.kind === 'offline' || status.kind === 'failed';
  return (
    <div
      role="status"
      data-testid="save-status"
      style={{
        fontSize: 12,
        marginBottom: 6,
        color: warn ? 'var(--adm-color-warning)' : 'var(--adm-color-weak)',
      }}
    >
      {text}
    </div>
  );
}
