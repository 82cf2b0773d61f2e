import { type FilePurpose, MAX_PHOTOS } from '@ancha/contracts';
import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { ImageViewer, Toast } from 'antd-mobile';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../api/files.ts';
import { usePhotoEnterprise, usePhotoOwner } from './photo-store.ts';
import { usePhotoUploads } from './usePhotoUploads.ts';

type IdsUpdate = (update: (ids: string[]) => string[]) => void;

/**
 * 隐患照片 / 整改照片: take or choose photos, see them, delete them. Uploaded ids are handed to
 * `onChange` as an update of the latest list, since an upload may finish while the inspector is
 * typing elsewhere in the same answer.
 */
export function PhotoField({
  purpose,
  field,
  value,
  onChange,
}: {
  purpose: Exclude<FilePurpose, 'enterprise' | 'responsibility'>;
  /** Which field of the record this is (an item's id), so waiting photos come back to it. */
  field: string;
  value: readonly string[];
  onChange: IdsUpdate;
}) {
  const { t } = useTranslation('field');
  const owner = usePhotoOwner();
  const enterpriseId = usePhotoEnterprise();
  const { pending, add, retry, discard } = usePhotoUploads(
    purpose,
    (id) => onChange((ids) => (ids.includes(id) ? ids : [...ids, id])),
    t('photos.unreadable'),
    owner ? `${owner}|${purpose}|${field}` : null,
    enterpriseId,
  );
  const room = MAX_PHOTOS - value.length - pending.length;
  const failed = pending.filter((p) => p.state === 'failed');
  const urls = value.map(fileUrl);

  const choose = (files: FileList | null) => {
    const chosen = [...(files ?? [])];
    if (chosen.length > room) Toast.show({ content: t('photos.tooMany', { max: MAX_PHOTOS }) });
    if (room > 0) add(chosen.slice(0, room));
  };

  return (
    <div data-testid="photo-field" style={{ padding: '6px 0' }}>
      <div style={{ fontSize: 14, marginBottom: 4 }}>
        {t(`photos.${purpose}`)}
        <span style={{ color: 'var(--adm-color-weak)', fontSize: 12, marginLeft: 6 }}>
          {t('photos.count', { count: value.length, max: MAX_PHOTOS })}
        </span>
      </div>
      <div style={grid}>
        {value.map((id, index) => (
          <div key={id} style={tile} data-testid="photo-thumb">
            <Thumb src={urls[index] ?? ''} index={index} onOpen={() => open(urls, index)} />
            <button
              type="button"
              aria-label={t('photos.remove', { index: index + 1 })}
              style={corner}
              onClick={() => onChange((ids) => ids.filter((other) => other !== id))}
            >
              <CloseOutlined />
            </button>
          </div>
        ))}
        {pending.map((photo) => (
          <div key={photo.id} style={tile} data-testid={`photo-${photo.state}`}>
            <img src={photo.preview} alt="" style={{ ...image, opacity: 0.5 }} />
            {photo.state === 'uploading' ? (
              <span style={overlay}>{t('photos.uploading')}</span>
            ) : (
              <>
                <button
                  type="button"
                  style={{ ...overlay, ...failedOverlay }}
                  onClick={() => retry(photo.id)}
                >
                  {t('photos.failed')}
                  <br />
                  {t('photos.retry')}
                </button>
                <button
                  type="button"
                  aria-label={t('photos.discard')}
                  style={corner}
                  onClick={() => discard(photo.id)}
                >
                  <CloseOutlined />
                </button>
              </>
            )}
          </div>
        ))}
        {room > 0 && (
          <label style={{ ...tile, ...addTile }}>
            <CameraOutlined style={{ fontSize: 22 }} />
            <span style={{ fontSize: 12 }}>{t('photos.add')}</span>
            {/* No `capture`: it would force the camera, and a photo taken earlier could not be chosen. */}
            <input
              type="file"
              accept="image/*"
              multiple
              data-testid="photo-input"
              style={{ display: 'none' }}
              onChange={(event) => {
                choose(event.target.files);
                // Cleared, so choosing the same picture again (after deleting it) is seen.
                event.target.value = '';
              }}
            />
          </label>
        )}
      </div>
      {failed.length > 0 && (
        <div role="alert" style={{ color: 'var(--adm-color-danger)', fontSize: 13, marginTop: 4 }}>
          {t('photos.failedNote', { count: failed.length, message: failed[0]?.error ?? '' })}
        </div>
      )}
    </div>
  );
}

/** Photos already saved (found, or of the rectification): thumbnails that open full size. */
export function PhotoThumbs({ ids, label }: { ids: readonly string[]; label: string }) {
  if (ids.length === 0) return null;
  const urls = ids.map(fileUrl);
  return (
    <div data-testid="photo-thumbs" style={{ padding: '4px 0' }}>
      <div style={{ color: 'var(--adm-color-weak)', fontSize: 13, marginBottom: 4 }}>{label}</div>
      <div style={grid}>
        {urls.map((url, index) => (
          <div key={url} style={tile}>
            <Thumb src={url} index={index} onOpen={() => open(urls, index)} />
          </div>
        ))}
      </div>
    </div>
  );
}

function Thumb({ src, index, onOpen }: { src: string; index: number; onOpen: () => void }) {
  const { t } = useTranslation('field');
  return (
    <button type="button" aria-label={t('photos.open', { index: index + 1 })} style={plain} onClick={onOpen}>
      <img src={src} alt="" loading="lazy" style={image} />
    </button>
  );
}

function open(images: string[], defaultIndex: number) {
  ImageViewer.Multi.show({ images, defaultIndex });
}

const grid: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 8 };
const tile: CSSProperties = {
  position: 'relative',
  width: 72,
  height: 72,
  borderRadius: 4,
  overflow: 'hidden',
  background: 'var(--adm-color-fill-content)',
};
const image: CSSProperties = { width: '100%', height: '100%', objectFit: 'cover', display: 'block' };
const plain: CSSProperties = { border: 0, padding: 0, width: '100%', height: '100%', background: 'none' };
const corner: CSSProperties = {
  position: 'absolute',
  top: 0,
  right: 0,
  width: 22,
  height: 22,
  border: 0,
  padding: 0,
  fontSize: 11,
  color: '#fff',
  background: 'rgba(0, 0, 0, 0.55)',
  borderBottomLeftRadius: 4,
};
const overlay: CSSProperties = {
  position: 'absolute',
  inset: 0,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  textAlign: 'center',
  fontSize: 12,
};
const failedOverlay: CSSProperties = {
  flexDirection: 'column',
  border: '1px solid var(--adm-color-danger)',
  color: 'var(--adm-color-danger)',
  background: 'rgba(255, 255, 255, 0.6)',
  font: 'inherit',
  fontSize: 12,
};
const addTile: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  gap: 2,
  border: '1px dashed var(--adm-color-border)',
  color: 'var(--adm-color-weak)',
  cursor: 'pointer',
};
