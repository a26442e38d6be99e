// Line-by-line comparison of two notice bodies for the reviewer: which paragraphs, list
// items or table rows were added or removed. Longest common subsequence over lines; a
// notice body is at most a few hundred lines, so the quadratic table stays small.

export type LineDiffEntry = { change: 'same' | 'added' | 'removed'; text: string };

export function diffLines(before: string, after: string): LineDiffEntry[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] ?? [];
      row[j] =
        a[i] === b[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: LineDiffEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ change: 'same', text: a[i] ?? '' });
      i++;
      j++;
    } else if (
      i < a.length &&
      (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
    ) {
      // On a tie the old line goes first: "删除 … 新增 …" reads as a replacement.
      out.push({ change: 'removed', text: a[i] ?? '' });
      i++;
    } else {
      out.push({ change: 'added', text: b[j] ?? '' });
      j++;
    }
  }
  return out;
}
