// A file attached to a notice or batch, referenced by the SHA-256 of its bytes so an
// upload can be retried any number of times (PUT /api/blobs/:sha256 is idempotent).
import { z } from 'zod';

export const MAX_PHOTO_BYTES = 300 * 1024;
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export const attachmentRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(200),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  size: z.number().int().positive().max(MAX_PDF_BYTES),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;
