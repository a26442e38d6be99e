// A draft batch's screen (/village/:code/batch/:id) as a cadre uses it to import the
// township's spreadsheet: open the import, choose the file, read the problems, import the
// valid rows and see them in the batch's list. Texts come from the zh-CN feature files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { repoRoot } from '../helpers/start-server';
import { AppShellPage } from './app-shell-page';

type Tree = { [key: string]: string | Tree };

function featureText(feature: 'import' | 'lines', key: string, values: object = {}): string {
  const file = path.join(repoRoot, 'src/i18n/locales/zh-CN', `${feature}.json`);
  let node: string | Tree | undefined = JSON.parse(readFileSync(file, 'utf8')) as Tree;
  for (const part of `${feature}.${key}`.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`no zh-CN text for ${feature}.${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String((values as Record<string, unknown>)[name]) : whole,
  );
}

export const importText = (key: string, values?: object): string =>
  featureText('import', key, values);

export class BatchImportPage extends AppShellPage {
  /** The id of the batch most recently created on this device (read from IndexedDB). */
  async newestBatchId(): Promise<string> {
    return this.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('cunwu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('batches').objectStore('batches').getAll();
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const rows = request.result as { id: string; createdAt: number }[];
              rows.sort((a, b) => b.createdAt - a.createdAt);
              open.result.close();
              resolve(rows[0]?.id ?? '');
            };
          };
        }),
    );
  }

  async openBatch(villageCode: string, batchId: string): Promise<void> {
    await this.open(`/village/${villageCode}/batch/${batchId}`);
    await this.openImportButton.waitFor();
  }

  get openImportButton(): Locator {
    return this.page.getByRole('button', { name: importText('open') });
  }

  get fileInput(): Locator {
    return this.page.getByLabel(importText('choose.label'));
  }

  async openImport(): Promise<void> {
    await this.openImportButton.click();
    await this.fileInput.waitFor();
  }

  get previewHeading(): Locator {
    return this.page.getByRole('heading', { name: importText('preview.heading') });
  }

  get problemList(): Locator {
    return this.page.getByRole('region', { name: /发现的问题/ });
  }

  /** One row's entry in the problem list, e.g. "第 6 行 … 校验码不对". */
  problemOfRow(row: number): Locator {
    return this.problemList.getByRole('listitem').filter({
      has: this.page.getByText(importText('preview.rowLabel', { row }), { exact: true }),
    });
  }

  importValidButton(count: number): Locator {
    return this.page.getByRole('button', { name: importText('actions.importValid', { count }) });
  }

  importAllButton(count: number): Locator {
    return this.page.getByRole('button', { name: importText('actions.importAll', { count }) });
  }

  doneStatus(count: number): Locator {
    return this.page.getByRole('status').filter({ hasText: importText('done', { count }) });
  }

  /** The import panel, a region named by its heading. */
  get panel(): Locator {
    return this.page.getByRole('region', { name: importText('title') });
  }

  get fileError(): Locator {
    return this.panel.getByRole('alert');
  }

  /** The batch's list of lines, labelled with how many it holds. */
  lineTable(count: number): Locator {
    return this.page.getByRole('table', { name: featureText('lines', 'list.label', { count }) });
  }

  /** The batch's list says it has no lines yet. */
  get emptyLineList(): Locator {
    return this.page.getByText(featureText('lines', 'list.empty'), { exact: true });
  }
}
