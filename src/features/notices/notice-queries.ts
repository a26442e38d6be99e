// Reads of the village's notices on this device, for the list and the editor.
import type { AppDatabase, StoredBlob } from '../../data';
import type { Notice } from '../../domain/notice';

/** The village's notices, most recently changed first. */
export async function listVillageNotices(db: AppDatabase, villageCode: string): Promise<Notice[]> {
  const notices = await db.notices.where('villageCode').equals(villageCode).toArray();
  return notices.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
}

/** null when the notice is not on this device (a new one, or not synced yet). */
export async function getNotice(db: AppDatabase, id: string): Promise<Notice | null> {
  return (await db.notices.get(id)) ?? null;
}

/** The stored bytes of an attachment, to show a photo or open a PDF offline. */
export async function getAttachmentBlob(
  db: AppDatabase,
  sha256: string,
): Promise<StoredBlob | null> {
  return (await db.blobs.get(sha256)) ?? null;
}
