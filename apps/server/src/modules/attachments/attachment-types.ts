import { ATTACHMENT_TYPES } from '@ancha/contracts';
import { fileTypeFromBuffer } from 'file-type';

const CFB_BY_EXTENSION: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

/**
 * The stored type of an upload, from its bytes: a renamed executable is refused whatever its
 * name says. Old Word and Excel files are one container format (CFB), so for those alone the
 * name's extension picks which of the two it is. Undefined when the type is not accepted.
 */
export async function sniffAttachmentType(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const type = await fileTypeFromBuffer(bytes);
  if (!type) return undefined;
  if (type.mime === 'application/x-cfb') {
    const ext = name.toLowerCase().split('.').pop() ?? '';
    return CFB_BY_EXTENSION[ext];
  }
  return (ATTACHMENT_TYPES as readonly string[]).includes(type.mime) ? type.mime : undefined;
}
