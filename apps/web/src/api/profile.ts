import type {
  EnterpriseImage,
  EnterpriseImageInput,
  EnterpriseProfile,
  Person,
  PersonInput,
  ProfileInput,
} from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { v7 as uuidv7 } from 'uuid';
import { api } from './client.ts';
import { compressPhoto, uploadPhoto } from './files.ts';

// 单位基本信息 (E2): the enterprise's profile, its images and its safety personnel.

const base = (id: string) => `/enterprises/${id}`;

export const profileApi = {
  profile: (id: string, signal?: AbortSignal) => api<EnterpriseProfile>(`${base(id)}/profile`, { signal }),
  saveProfile: (id: string, body: ProfileInput) =>
    api<EnterpriseProfile>(`${base(id)}/profile`, { method: 'PUT', body }),
  images: (id: string, signal?: AbortSignal) =>
    api<{ items: EnterpriseImage[] }>(`${base(id)}/images`, { signal }),
  addImage: (id: string, body: EnterpriseImageInput) =>
    api<EnterpriseImage>(`${base(id)}/images`, { method: 'POST', body }),
  removeImage: (id: string, imageId: string) =>
    api<void>(`${base(id)}/images/${imageId}`, { method: 'DELETE' }),
  personnel: (id: string, signal?: AbortSignal) =>
    api<{ items: Person[] }>(`${base(id)}/personnel`, { signal }),
  addPerson: (id: string, body: PersonInput) =>
    api<Person>(`${base(id)}/personnel`, { method: 'POST', body }),
  updatePerson: (id: string, personId: string, body: PersonInput) =>
    api<Person>(`${base(id)}/personnel/${personId}`, { method: 'PUT', body }),
  removePerson: (id: string, personId: string) =>
    api<void>(`${base(id)}/personnel/${personId}`, { method: 'DELETE' }),
};

/**
 * 添加图片 end to end: shrink the photo, upload it, then name it in the profile. The image's id is
 * chosen before the upload, so a retry of the last step cannot add it twice.
 */
export async function addImageFromFile(
  enterpriseId: string,
  file: Blob,
  meta: Pick<EnterpriseImageInput, 'kind' | 'title'>,
): Promise<EnterpriseImage> {
  const id = uuidv7();
  const uploaded = await uploadPhoto(await compressPhoto(file), 'enterprise');
  return profileApi.addImage(enterpriseId, { id, fileId: uploaded.id, ...meta });
}

export const profileKeys = {
  all: (id: string) => ['profile', id] as const,
  profile: (id: string) => ['profile', id, 'basic'] as const,
  images: (id: string) => ['profile', id, 'images'] as const,
  personnel: (id: string) => ['profile', id, 'personnel'] as const,
};

export function useProfile(id: string) {
  return useQuery({
    queryKey: profileKeys.profile(id),
    queryFn: ({ signal }) => profileApi.profile(id, signal),
  });
}

export function useEnterpriseImages(id: string) {
  return useQuery({
    queryKey: profileKeys.images(id),
    queryFn: ({ signal }) => profileApi.images(id, signal),
  });
}

export function usePersonnel(id: string) {
  return useQuery({
    queryKey: profileKeys.personnel(id),
    queryFn: ({ signal }) => profileApi.personnel(id, signal),
  });
}

/** After a write, the part of the profile it changed is read again. */
export function useRefreshProfile(id: string) {
  const client = useQueryClient();
  return (part: 'profile' | 'images' | 'personnel') =>
    client.invalidateQueries({ queryKey: profileKeys[part](id) });
}
