import type { FieldError, PostHoldersInput, PostResponsibilityInput, PostView } from '@ancha/contracts';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { posts, users } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError, fieldError, notFound } from '../../lib/errors.ts';
import { NO_ID } from '../../lib/paging.ts';
import { attachPhotos } from '../files/file-links.ts';
import { filesByIds } from '../files/files.repository.ts';
import * as repo from './organisation.repository.ts';
import { writePost } from './posts.service.ts';

/** Who holds a post (岗位用户) and its 岗位责任制 document. */
export function createPostLinksService(deps: Deps) {
  const db = deps.database.db;

  async function ownPost(actor: Actor, id: string) {
    const post = await repo.findPost(db, actor.enterpriseId ?? NO_ID, id);
    if (!post) throw notFound('岗位');
    return post;
  }

  return {
    /**
     * Sets the post's holders to exactly these inspectors. A user holds one post, so naming a
     * holder of another post moves them here; anyone left out no longer holds this post.
     */
    async setHolders(caller: Actor | null, id: string, input: PostHoldersInput, meta: RequestMeta) {
      const actor = requireAccess(caller, 'org.manage');
      const post = await ownPost(actor, id);
      const candidates = new Map((await repo.holdersOf(db, post.enterpriseId)).map((u) => [u.id, u]));
      const problems: FieldError[] = input.userIds.flatMap((userId, i) =>
        candidates.has(userId) ? [] : [{ path: `userIds.${i}`, message: '岗位用户须为本单位的自查人账号' }],
      );
      if (problems.length)
        throw new AppError('VALIDATION_FAILED', problems[0]!.message, { fields: problems });
      const before = [...candidates.values()].filter((u) => u.postId === id).map((u) => u.id);
      const moved = input.userIds
        .map((u) => candidates.get(u)!)
        .filter((u) => u.postId && u.postId !== id)
        .map((u) => ({ userId: u.id, fromPostId: u.postId }));
      return writePost(deps, actor, meta, 'post.holders_set', id, async (tx) => {
        const at = deps.now();
        await tx
          .update(users)
          .set({ postId: null, updatedAt: at })
          .where(
            and(eq(users.postId, id), input.userIds.length ? notInArray(users.id, input.userIds) : undefined),
          );
        if (input.userIds.length)
          await tx
            .update(users)
            .set({ postId: id, updatedAt: at })
            .where(and(inArray(users.id, input.userIds), eq(users.enterpriseId, post.enterpriseId)));
        return { before: { userIds: before }, after: { userIds: input.userIds, moved } };
      });
    },

    /**
     * Attaches an uploaded 岗位责任制: a file of purpose 'responsibility' uploaded to this
     * enterprise (only its admin may upload those). Attached, it is readable by whoever may read
     * the enterprise's records, its regulators included.
     */
    async setResponsibility(
      caller: Actor | null,
      id: string,
      input: PostResponsibilityInput,
      meta: RequestMeta,
    ): Promise<PostView> {
      const actor = requireAccess(caller, 'org.manage');
      const post = await ownPost(actor, id);
      const [file] = await filesByIds(db, [input.fileId]);
      if (!file || file.enterpriseId !== post.enterpriseId || file.purpose !== 'responsibility')
        throw fieldError('fileId', '岗位责任制文件不存在或尚未上传完成，请重新上传');
      return writePost(deps, actor, meta, 'post.responsibility_set', id, async (tx) => {
        const at = deps.now();
        await tx.update(posts).set({ responsibilityFileId: file.id, updatedAt: at }).where(eq(posts.id, id));
        await attachPhotos(tx, [file.id], at);
        return {
          before: { fileId: post.responsibilityFileId },
          after: { fileId: file.id, name: file.name, mime: file.mime, sha256: file.sha256 },
        };
      });
    },
  };
}

export type PostLinksService = ReturnType<typeof createPostLinksService>;
