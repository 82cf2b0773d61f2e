import { z } from 'zod';

/** Every record id is a UUIDv7 chosen where the record is created (ARCHITECTURE.md, data rules). */
export const Id = z.uuid({ error: '标识格式不正确' });

/** List answers use keyset pagination: `cursor` is opaque to clients. */
export const ListQuery = z.object({
  limit: z.coerce
    .number({ error: '每页条数必须是数字' })
    .int({ error: '每页条数必须是整数' })
    .min(1, { error: '每页条数至少为 1' })
    .max(200, { error: '每页条数最多为 200' })
    .default(20),
  cursor: z.string().max(200, { error: '分页游标过长' }).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Times cross the API as ISO 8601 strings with an offset. */
export const Timestamp = z.iso.datetime({ offset: true });

/** Region filters of the government lists: a district (6 digits) or a street (9 digits). */
export const DistrictCodeFilter = z
  .string()
  .regex(/^\d{6}$/, { error: '区代码应为 6 位数字' })
  .optional();
export const StreetCodeFilter = z
  .string()
  .regex(/^\d{9}$/, { error: '街乡代码应为 9 位数字' })
  .optional();
