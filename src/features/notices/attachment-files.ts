// Turns a file the cadre picked into an attachment: photos are re-encoded on the phone
// as JPEG until they fit in 300 KB (a board photo from a cheap phone is 3-8 MB, which
// would eat the village's data plan and the township server's disk), PDFs are kept as
// they are up to 10 MB. The bytes are named by their SHA-256 so an upload can be retried
// any number of times. Codes, not text: the editor maps each refusal to a sentence.
import { MAX_PDF_BYTES, MAX_PHOTO_BYTES, type AttachmentRef } from '../../domain/attachment';

export type AttachmentRefusal = 'unsupported-type' | 'pdf-too-large' | 'photo-too-large';

export type PreparedAttachment =
  { ok: true; ref: AttachmentRef; data: Blob } | { ok: false; code: AttachmentRefusal };

/** Encodes the picture at `scale` of its size with JPEG `quality`; null when it cannot. */
export type JpegEncoder = (scale: number, quality: number) => Promise<Blob | null>;

/** Quality first (invisible on a notice photo), then size, down to a still legible photo. */
const ATTEMPTS: readonly [scale: number, quality: number][] = [
  [1, 0.85],
  [1, 0.7],
  [0.75, 0.7],
  [0.75, 0.55],
  [0.5, 0.6],
  [0.5, 0.45],
  [0.35, 0.5],
  [0.25, 0.5],
];

/** The first encoding that fits in `limitBytes`, or null when none does. */
export async function encodeWithinLimit(
  encode: JpegEncoder,
  limitBytes: number = MAX_PHOTO_BYTES,
): Promise<Blob | null> {
  for (const [scale, quality] of ATTEMPTS) {
    const blob = await encode(scale, quality);
    if (blob && blob.size <= limitBytes) return blob;
  }
  return null;
}

/** Longest side of a stored photo: enough to read a posted notice, far below a camera's. */
const MAX_PHOTO_SIDE = 2000;

async function canvasEncoder(file: Blob): Promise<JpegEncoder> {
  const bitmap = await createImageBitmap(file);
  const fit = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
  return async (scale, quality) => {
    const width = Math.max(1, Math.round(bitmap.width * fit * scale));
    const height = Math.max(1, Math.round(bitmap.height * fit * scale));
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) return null;
      context.drawImage(bitmap, 0, 0, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, width, height);
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  };
}

/** Blob.arrayBuffer is missing in older Android WebViews (and in test DOMs). */
function bytesOf(data: Blob): Promise<ArrayBuffer> {
  if (typeof data.arrayBuffer === 'function') return data.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(data);
  });
}

export async function sha256Hex(data: Blob): Promise<string> {
  // A view, not the buffer itself: a buffer read through another realm's FileReader is
  // refused by some digest implementations.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(await bytesOf(data)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function jpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'photo';
  return `${base}.jpg`.slice(-200);
}

/** Compress (photos) or check (PDFs) a picked file and name it by its hash. */
export async function prepareAttachment(
  file: File,
  makeEncoder: (file: Blob) => Promise<JpegEncoder> = canvasEncoder,
): Promise<PreparedAttachment> {
  if (file.type === 'application/pdf') {
    if (file.size > MAX_PDF_BYTES) return { ok: false, code: 'pdf-too-large' };
    const sha256 = await sha256Hex(file);
    const name = file.name.slice(-200) || 'document.pdf';
    return {
      ok: true,
      data: file,
      ref: { sha256, name, mime: 'application/pdf', size: file.size },
    };
  }
  if (!file.type.startsWith('image/')) return { ok: false, code: 'unsupported-type' };
  const data = await encodeWithinLimit(await makeEncoder(file));
  if (!data) return { ok: false, code: 'photo-too-large' };
  const sha256 = await sha256Hex(data);
  return {
    ok: true,
    data,
    ref: { sha256, name: jpegName(file.name), mime: 'image/jpeg', size: data.size },
  };
}
