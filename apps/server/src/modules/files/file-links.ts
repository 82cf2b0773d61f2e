import type { FieldError, FilePurpose } from '@ancha/contracts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { filesByIds, markAttached } from './files.repository.ts';

export interface PhotoRef {
  /** Where the ids sit in the request, for the error, e.g. `answers.3.photoIds`. */
  path: string;
  ids: readonly string[];
}

/**
 * Checks that a record may refer to these photos: each was uploaded to the record's enterprise
 * (the caller's own, or the one a regulator inspects) for this purpose, by the caller (or is
 * already part of a saved record, or the caller is the enterprise admin). Anything else reads
 * as absent, as a foreign id must (API.md).
 */
export async function requireUsablePhotos(
  db: DbOrTx,
  actor: Actor,
  purpose: FilePurpose,
  refs: PhotoRef[],
  enterpriseId = actor.enterpriseId,
): Promise<void> {
  const all = [...new Set(refs.flatMap((r) => r.ids))];
  if (!all.length) return;
  const found = new Map((await filesByIds(db, all)).map((f) => [f.id, f]));
  const problems: FieldError[] = [];
  for (const ref of refs) {
    ref.ids.forEach((id, i) => {
      const f = found.get(id);
      const usable =
        f &&
        f.enterpriseId === enterpriseId &&
        f.purpose === purpose &&
        (f.uploadedBy === actor.id || f.attachedAt !== null || actor.role === 'ent_admin');
      if (!usable)
        problems.push({ path: `${ref.path}.${i}`, message: '照片不存在或尚未上传完成，请重新上传' });
    });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { fields: problems });
}

/** A submitted record now shows these photos to everyone who may read it. */
export function attachPhotos(db: DbOrTx, ids: readonly string[], at: Date): Promise<void> {
  return markAttached(db, [...new Set(ids)], at);
}
