// Runs one export at a time and reports it in words (正在生成 / 已导出 / 导出失败) for a
// live region: building a big workbook on a cheap phone takes seconds, and a second tap
// meanwhile would download the file twice.
import { useRef, useState } from 'react';

export type ExportState =
  { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

export function useExportRunner(): {
  state: ExportState;
  run: (task: () => Promise<string>) => Promise<void>;
} {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const isRunning = useRef(false);
  async function run(task: () => Promise<string>): Promise<void> {
    if (isRunning.current) return;
    isRunning.current = true;
    setState({ kind: 'running' });
    try {
      setState({ kind: 'done', fileName: await task() });
    } catch {
      setState({ kind: 'failed' });
    } finally {
      isRunning.current = false;
    }
  }
  return { state, run };
}
