// A temporary URL for a local Blob (the photo's thumbnail), revoked when the blob changes
// or the screen closes so a cadre paging through notices does not leak memory. null where
// the browser (or a test DOM) cannot make one.
import { useEffect, useMemo } from 'react';

export function useObjectUrl(blob: Blob | null): string | null {
  const url = useMemo(
    () => (blob && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : null),
    [blob],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
