import { createStore, del, entries, set } from 'idb-keyval';
import { createContext, useContext } from 'react';

/**
 * Photos the server does not have yet, kept in the phone's IndexedDB: a photo taken in a boiler
 * room without signal survives a reload, a closed tab or a dead battery, and is sent when the
 * form is opened again with a signal. localStorage cannot hold pictures; IndexedDB holds Blobs.
 */
const store = createStore('ancha-photos', 'pending');

export interface StoredPhoto {
  source: Blob;
  /** Set once compressed, so the bytes sent on a retry are the same as on the first try. */
  compressed?: Blob;
}

/** Which record a photo field belongs to (an inspection's id, a hazard's id), set by its form. */
export const PhotoOwnerContext = createContext<string | null>(null);
export const usePhotoOwner = () => useContext(PhotoOwnerContext);

/**
 * The enterprise a form's photos are uploaded to when the user is not one of its own: a
 * regulator's supervision inspection (G2) names the inspected enterprise. Null (the enterprise's
 * own forms) uploads to the user's enterprise. Waiting photos need not remember it: their slot
 * names the record, and the record's form sets the same enterprise again when it is reopened.
 */
export const PhotoEnterpriseContext = createContext<string | null>(null);
export const usePhotoEnterprise = () => useContext(PhotoEnterpriseContext);

// Keys are `${slot}|${photoId}`, the slot naming the owner and the field (an item) within it.
const keyOf = (slot: string, id: string) => `${slot}|${id}`;

export async function rememberPhoto(slot: string, id: string, photo: StoredPhoto): Promise<void> {
  try {
    await set(keyOf(slot, id), photo, store);
  } catch {
    // Private mode or a full disk: the photo then lives only as long as the page.
  }
}

export async function forgetPhoto(slot: string, id: string): Promise<void> {
  try {
    await del(keyOf(slot, id), store);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** The photos of one field still waiting to be sent, oldest first (ids are UUIDv7). */
export async function waitingPhotos(slot: string): Promise<{ id: string; photo: StoredPhoto }[]> {
  try {
    const all = await entries<string, StoredPhoto>(store);
    return all
      .filter(([key]) => key.startsWith(`${slot}|`))
      .map(([key, photo]) => ({ id: key.slice(slot.length + 1), photo }))
      .sort((a, b) => a.id.localeCompare(b.id));
  } catch {
    return [];
  }
}
