import type { FilePurpose } from '@ancha/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { compressPhoto, uploadPhoto } from '../../api/files.ts';
import { forgetPhoto, rememberPhoto, waitingPhotos } from './photo-store.ts';
import { uuidv7 } from './values.ts';

/** A photo chosen on the phone that the server does not have yet. */
export interface PendingPhoto {
  /** Chosen before the first try, so a retry after a lost answer stores the photo only once. */
  id: string;
  /** An object URL of the chosen file, so the tile shows the picture before it is uploaded. */
  preview: string;
  state: 'uploading' | 'failed';
  error?: string;
}

interface Work {
  source: Blob;
  /** Compressed once; a retry sends the same bytes again. */
  compressed?: Blob;
}

/**
 * Compresses and uploads photos one by one and reports each id once the server has it. Only
 * uploaded ids reach the caller (and so the draft): a failed upload stays here, on screen, with
 * its retry, and never touches what else was typed.
 */
export function usePhotoUploads(
  purpose: FilePurpose,
  onUploaded: (id: string) => void,
  unreadable: string,
  /** Where waiting photos are kept on the phone (see photo-store.ts); null keeps them in memory. */
  slot: string | null = null,
  /** The inspected enterprise, for a regulator's upload; null uploads to the user's own. */
  enterpriseId: string | null = null,
) {
  const [pending, setPending] = useState<PendingPhoto[]>([]);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const work = useRef(new Map<string, Work>());
  // The newest callback: an upload finishing late must add to the answer as it is now.
  const latest = useRef(onUploaded);
  useEffect(() => {
    latest.current = onUploaded;
  });

  const update = useCallback((id: string, change: Partial<PendingPhoto>) => {
    setPending((list) => list.map((p) => (p.id === id ? { ...p, ...change } : p)));
  }, []);

  const run = useCallback(
    async (id: string) => {
      const job = work.current.get(id);
      if (!job) return;
      update(id, { state: 'uploading', error: undefined });
      try {
        if (!job.compressed) {
          job.compressed = await compressPhoto(job.source).catch(() => {
            throw new Error(unreadable);
          });
          if (slot) await rememberPhoto(slot, id, job);
        }
        await uploadPhoto(job.compressed, purpose, id, enterpriseId ?? undefined);
        work.current.delete(id);
        if (slot) await forgetPhoto(slot, id);
        setPending((list) => {
          const done = list.find((p) => p.id === id);
          if (done) URL.revokeObjectURL(done.preview);
          return list.filter((p) => p.id !== id);
        });
        latest.current(id);
      } catch (error) {
        update(id, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    },
    [purpose, unreadable, update, slot, enterpriseId],
  );

  const runAll = useCallback(
    (ids: string[]) => void ids.reduce((chain, id) => chain.then(() => run(id)), Promise.resolve()),
    [run],
  );

  // Photos left waiting on this phone (no signal, a reload) come back and are sent again.
  useEffect(() => {
    if (!slot) return;
    let live = true;
    void waitingPhotos(slot).then((found) => {
      const fresh = found.filter(({ id }) => live && !work.current.has(id));
      for (const { id, photo } of fresh) work.current.set(id, { ...photo });
      setPending((list) => [
        ...list,
        ...fresh.map(({ id, photo }) => ({
          id,
          preview: URL.createObjectURL(photo.compressed ?? photo.source),
          state: 'uploading' as const,
        })),
      ]);
      runAll(fresh.map(({ id }) => id));
    });
    return () => {
      live = false;
    };
  }, [slot, runAll]);

  // When the signal returns, whatever failed is tried again without a tap.
  useEffect(() => {
    const again = () =>
      runAll(
        [...work.current.keys()].filter((id) =>
          pendingRef.current.some((p) => p.id === id && p.state === 'failed'),
        ),
      );
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [runAll]);

  const add = useCallback(
    (files: readonly Blob[]) => {
      const added = files.map((source) => {
        const id = uuidv7();
        work.current.set(id, { source });
        // Kept on the phone at once: the photo must outlive the page even before it is compressed.
        if (slot) void rememberPhoto(slot, id, { source });
        return { id, preview: URL.createObjectURL(source), state: 'uploading' as const };
      });
      setPending((list) => [...list, ...added]);
      // One at a time: on a weak signal parallel uploads all crawl and all time out.
      runAll(added.map(({ id }) => id));
    },
    [runAll, slot],
  );

  const discard = useCallback(
    (id: string) => {
      work.current.delete(id);
      if (slot) void forgetPhoto(slot, id);
      setPending((list) => {
        const gone = list.find((p) => p.id === id);
        if (gone) URL.revokeObjectURL(gone.preview);
        return list.filter((p) => p.id !== id);
      });
    },
    [slot],
  );

  const retry = useCallback((id: string) => void run(id), [run]);

  return { pending, add, retry, discard };
}
