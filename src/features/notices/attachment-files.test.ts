// Attachments picked on the phone: photos re-encoded until they fit in 300 KB, PDFs kept
// up to 10 MB, everything else refused, each named by the SHA-256 of its stored bytes.
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../domain/attachment';
import {
  encodeWithinLimit,
  prepareAttachment,
  sha256Hex,
  type JpegEncoder,
} from './attachment-files';

/** A stand-in for the canvas: output size shrinks with scale² × quality, as JPEG roughly does. */
function fakeEncoder(fullBytes: number, tried: [number, number][] = []): JpegEncoder {
  return (scale, quality) => {
    tried.push([scale, quality]);
    const size = Math.round(fullBytes * scale * scale * quality);
    return Promise.resolve(new Blob([new Uint8Array(size)], { type: 'image/jpeg' }));
  };
}

describe('encodeWithinLimit', () => {
  it('lowers quality first, then size, and stops at the first encoding that fits', async () => {
    const tried: [number, number][] = [];
    const blob = await encodeWithinLimit(fakeEncoder(600 * 1024, tried));
    expect(blob?.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(tried).toEqual([
      [1, 0.85],
      [1, 0.7],
      [0.75, 0.7],
    ]);
  });

  it('gives up on a picture that never fits', async () => {
    const huge: JpegEncoder = () => Promise.resolve({ size: 50 * 1024 * 1024 } as Blob);
    expect(await encodeWithinLimit(huge)).toBeNull();
  });
});

describe('prepareAttachment', () => {
  it('compresses a large photo to a JPEG within 300 KB named by its hash', async () => {
    const photo = new File([new Uint8Array(10)], 'IMG_2041.HEIC.png', { type: 'image/png' });
    const prepared = await prepareAttachment(photo, () => Promise.resolve(fakeEncoder(4_000_000)));
    if (!prepared.ok) throw new Error(prepared.code);
    expect(prepared.ref).toMatchObject({ name: 'IMG_2041.HEIC.jpg', mime: 'image/jpeg' });
    expect(prepared.ref.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(prepared.ref.sha256).toBe(await sha256Hex(prepared.data));
  });

  it.each([
    [
      'a PDF over 10 MB',
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'a.pdf', { type: 'application/pdf' }),
      'pdf-too-large',
    ],
    ['a Word file', new File(['x'], 'a.docx', { type: 'application/msword' }), 'unsupported-type'],
  ])('refuses %s', async (_name, file, code) => {
    expect(await prepareAttachment(file)).toEqual({ ok: false, code });
  });

  it('keeps a PDF as it is', async () => {
    const file = new File(['%PDF-1.4'], '收支表.pdf', { type: 'application/pdf' });
    const prepared = await prepareAttachment(file);
    expect(prepared).toMatchObject({
      ok: true,
      ref: { name: '收支表.pdf', mime: 'application/pdf', size: 8, sha256: await sha256Hex(file) },
    });
  });
});
