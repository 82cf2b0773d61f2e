import { ImageUploader, type ImageUploadItem } from 'antd-mobile';
import { v7 as uuidv7 } from 'uuid';
import { compressPhoto } from '../api/files.ts';

/** A chosen photo, compressed on the phone and given its id now, so every retry is the same photo. */
export interface ChosenPhoto extends ImageUploadItem {
  extra: { id: string; blob: Blob };
}

/**
 * Photos wait on the phone until the report exists (they are uploaded under its code after
 * 提交); choosing one only compresses it (about 200 KB, like the inspectors' photos).
 */
export function ReportPhotos({
  value,
  onChange,
  max,
}: {
  value: ChosenPhoto[];
  onChange: (v: ChosenPhoto[]) => void;
  max: number;
}) {
  return (
    <ImageUploader
      value={value}
      onChange={(items) => onChange(items as ChosenPhoto[])}
      maxCount={max}
      multiple
      accept="image/jpeg,image/png,image/webp"
      upload={async (file) => {
        const blob = await compressPhoto(file);
        return { url: URL.createObjectURL(blob), extra: { id: uuidv7(), blob } };
      }}
    />
  );
}
