import { type FilePurpose, type FileView, MAX_PHOTOS, UPLOAD_TYPES } from '@ancha/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Upload, type UploadFile, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { compressPhoto, uploadPhoto } from '../../api/files.ts';

/** The photos of a console form as antd keeps them: uploaded ones carry the server's file. */
export type PhotoList = UploadFile<FileView>[];

/** The ids the server has; what is still uploading or failed is not part of the record. */
export const uploadedIds = (list: PhotoList | undefined): string[] =>
  (list ?? []).flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));

/** Whether a photo is still on its way or failed, so 提交 would leave it out unseen. */
export const unfinished = (list: PhotoList | undefined): boolean =>
  (list ?? []).some((f) => f.status !== 'done');

/**
 * 整改照片 on the desktop: picture cards, compressed and uploaded one by one as they are chosen
 * (the phone's rules: at most MAX_PHOTOS, JPEG of 1600 pixels at most). Form.Item passes
 * `value` (the file list) and `onChange`.
 */
export function PhotoUpload({
  purpose,
  value,
  onChange,
  id,
}: {
  purpose: FilePurpose;
  value?: PhotoList;
  onChange?: (list: PhotoList) => void;
  id?: string;
}) {
  const { t } = useTranslation('enterprise');
  const list = value ?? [];

  const upload: UploadProps<FileView>['customRequest'] = ({ file, onSuccess, onError }) => {
    void (async () => {
      try {
        const compressed = await compressPhoto(file as Blob).catch(() => {
          throw new Error(t('rectify.unreadable'));
        });
        onSuccess?.(await uploadPhoto(compressed, purpose));
      } catch (error) {
        onError?.(error instanceof Error ? error : new Error(String(error)));
      }
    })();
  };

  return (
    // Upload passes no data attributes to the page; the wrapper names the field for tests.
    <div data-testid="photo-upload">
      <Upload<FileView>
        id={id}
        listType="picture-card"
        accept={UPLOAD_TYPES.join(',')}
        multiple
        maxCount={MAX_PHOTOS}
        fileList={list}
        customRequest={upload}
        onChange={({ fileList }) => onChange?.(fileList)}
      >
        {list.length < MAX_PHOTOS && (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 8 }}>{t('rectify.addPhoto')}</div>
          </button>
        )}
      </Upload>
    </div>
  );
}
