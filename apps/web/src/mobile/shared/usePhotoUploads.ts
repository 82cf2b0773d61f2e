import type { FilePurpose } from '@ancha/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { compressPhoto, uploadPhoto } from '../../api/files.ts';
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
export function usePhotoUploads(purpose: FilePurpose, onUploaded: (id: string) => void, unreadable: string) {
  const [pending, setPending] = useState<PendingPhoto[]>([]);
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
        job.compressed ??= await compressPhoto(job.source).catch(() => {
          throw new Error(unreadable);
        });
        await uploadPhoto(job.compressed, purpose, id);
        work.current.delete(id);
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
    [purpose, unreadable, update],
  );

  const add = useCallback(
    (files: readonly Blob[]) => {
      const added = files.map((source) => {
        const id = uuidv7();
        work.current.set(id, { source });
        return { id, preview: URL.createObjectURL(source), state: 'uploading' as const };
      });
      setPending((list) => [...list, ...added]);
      // One at a time: on a weak signal parallel uploads all crawl and all time out.
      void added.reduce((chain, { id }) => chain.then(() => run(id)), Promise.resolve());
    },
    [run],
  );

  const discard = useCallback((id: string) => {
    work.current.delete(id);
    setPending((list) => {
      const gone = list.find((p) => p.id === id);
      if (gone) URL.revokeObjectURL(gone.preview);
      return list.filter((p) => p.id !== id);
    });
  }, []);

  const retry = useCallback((id: string) => void run(id), [run]);

  return { pending, add, retry, discard };
}
