// A cadre imports the township's sheet into a draft batch: the problems are listed by row
// and column before anything is saved, only the valid rows are imported in one go with
// their outbox entries, a file that is not a sheet saves nothing, and a mapping answer is
// remembered. Real Dexie on fake-indexeddb; the worker's functions run in-process.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import * as fixtures from '../../../test/fixtures/spreadsheets/spreadsheet-fixtures';
import { freshDatabase, resetAppState } from '../../app/test-render-app';
import type { AppDatabase } from '../../data';
import type { PayoutBatch } from '../../domain/payout';
import { analyseFile, previewSheet, type LoadedSheet } from './import-analysis';
import { ImportPanel } from './ImportPanel';
import type { ImportWorkerClient } from './import-worker-client';

function inProcessClient(): ImportWorkerClient {
  let sheet: LoadedSheet | null = null;
  return {
    analyse(fileName, bytes, remembered, context) {
      const analysed = analyseFile(fileName, new Uint8Array(bytes), { remembered, context });
      sheet = analysed.sheet;
      return Promise.resolve(analysed.result);
    },
    map(mapping, context) {
      if (!sheet) throw new Error('no sheet');
      return Promise.resolve(previewSheet(sheet, mapping, context));
    },
    close() {},
  };
}

let db: AppDatabase;
let batch: PayoutBatch;

beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
  batch = draftBatch();
  await db.batches.add(batch);
});

function renderPanel(onClose = vi.fn()) {
  render(
    <I18nextProvider i18n={i18next}>
      <ImportPanel batch={batch} onClose={onClose} createClient={inProcessClient} />
    </I18nextProvider>,
  );
  return userEvent.setup({ applyAccept: false });
}

function fileOf(fixture: fixtures.SpreadsheetFixture): File {
  return new File([fixture.bytes as BlobPart], fixture.name);
}

describe('ImportPanel', { timeout: 30_000 }, () => {
  it('lists the problems by row and column, then imports only the valid rows in one go', async () => {
    const user = renderPanel();
    await user.upload(
      screen.getByLabelText('选择表格文件（.xlsx 或 .csv）'),
      fileOf(fixtures.quirkyXlsx()),
    );

    await screen.findByRole('heading', { name: '保存前检查' });
    expect(screen.getByText('表格共 9 行名单：3 行没有问题，6 行有问题。')).toBeInTheDocument();
    const problems = within(screen.getByRole('region', { name: /发现的问题/ }));
    const row6 = problems.getByText('第 6 行').closest('li');
    expect(row6).toHaveTextContent('D 列“身份证号码”：身份证号最后一位校验码不对');
    expect(problems.getByText('第 9 行').closest('li')).toHaveTextContent('被 Excel 当成了数字');
    expect(problems.getByText('第 5 行').closest('li')).toHaveTextContent('没有填姓名');
    expect(problems.getByText('第 8 行').closest('li')).toHaveTextContent('在表格第 3 行已经有了');
    expect(problems.getByText('第 12 行').closest('li')).toHaveTextContent('合计写的是 1.00 元');
    expect(await db.lines.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: '只导入没有问题的 3 行' }));
    await screen.findByText('已导入 3 行，保存在本机，联网后会自动同步。');

    const lines = await db.lines.where('batchId').equals(batch.id).toArray();
    expect(lines.map((l) => l.name).sort()).toEqual(
      [0, 1, 8].map((n) => fixtures.person(n).name).sort(),
    );
    expect(lines.every((l) => l.namePinyin !== '' && l.unit === batch.unit)).toBe(true);
    const outbox = await db.outbox.orderBy('mid').toArray();
    expect(outbox.map((e) => e.name)).toEqual(['line.put', 'line.put', 'line.put']);
    expect(outbox.map((e) => e.mid)).toEqual([1, 2, 3]);
  });

  it('"fix the file" saves nothing and says so', async () => {
    const user = renderPanel();
    await user.upload(
      screen.getByLabelText('选择表格文件（.xlsx 或 .csv）'),
      fileOf(fixtures.quirkyXlsx()),
    );
    await user.click(await screen.findByRole('button', { name: '先改表格，这次不导入' }));
    expect(screen.getByText(/没有保存任何内容。.*请按上面的提示改好表格/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /只导入/ })).not.toBeInTheDocument();
    expect(await db.lines.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it.each([
    [fixtures.pictureRenamedXlsx(), '这个文件不是表格'],
    [fixtures.emptyFile(), '这个文件是空的'],
    [fixtures.noKnownColumnsXlsx(), '找不到姓名、身份证号、金额这些列'],
    [fixtures.hugeFile(), '文件太大（超过 20 MB）'],
    [fixtures.hundredThousandRowsCsv(), '超过一次最多 20000 行'],
  ])('refuses %# in words and saves nothing', async (fixture, message) => {
    const user = renderPanel();
    await user.upload(screen.getByLabelText('选择表格文件（.xlsx 或 .csv）'), fileOf(fixture));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('没有保存任何内容。');
    expect(await db.lines.count()).toBe(0);
  });

  it('flags a person already in another batch of the same item and year', async () => {
    const other = draftBatch({ createdAt: 1_750_000_100_000 });
    await db.batches.add(other);
    const p = fixtures.person(0);
    await db.lines.add({
      id: '0190a000-0000-7000-8000-000000000001',
      version: 0,
      createdAt: 0,
      updatedAt: 0,
      batchId: other.id,
      villageCode: other.villageCode,
      group: p.group,
      name: p.name,
      namePinyin: '',
      idNumber: p.idNumber,
      account: '',
      quantityCenti: p.quantityCenti,
      unit: '亩',
      rateFen: 11250,
      amountFen: p.amountFen,
      paidOn: null,
      remark: '',
      adjusted: false,
      adjustReason: '',
    });
    const user = renderPanel();
    await user.upload(
      screen.getByLabelText('选择表格文件（.xlsx 或 .csv）'),
      fileOf(fixtures.utf8Csv()),
    );
    const row2 = (await screen.findByText('第 2 行')).closest('li');
    expect(row2).toHaveTextContent('另一个批次（2025年耕地地力保护补贴，草稿）');
    expect(screen.getByRole('button', { name: '只导入没有问题的 4 行' })).toBeInTheDocument();
  });

  it('asks what unknown columns hold and remembers the answer for the next import', async () => {
    const user = renderPanel();
    await user.upload(
      screen.getByLabelText('选择表格文件（.xlsx 或 .csv）'),
      fileOf(fixtures.unknownColumnXlsx()),
    );
    await screen.findByRole('heading', { name: '这些列是什么内容？' });
    await user.click(screen.getByRole('button', { name: '按这样读取表格' }));
    expect(screen.getByRole('alert')).toHaveTextContent('还需要指定：金额（元）');

    await user.selectOptions(screen.getByLabelText('C 列“应领款”'), '金额（元）');
    await user.selectOptions(screen.getByLabelText('D 列“地块编码”'), '不导入这一列');
    await user.click(screen.getByRole('button', { name: '按这样读取表格' }));
    await screen.findByText('没有发现问题。');

    // The same template again: straight to the preview.
    await user.upload(
      screen.getByLabelText('选择表格文件（.xlsx 或 .csv）'),
      fileOf(fixtures.unknownColumnXlsx()),
    );
    await screen.findByRole('button', { name: '导入全部 3 行' });
    expect(screen.queryByRole('heading', { name: '这些列是什么内容？' })).not.toBeInTheDocument();
  });

  it('refuses to import into a batch submitted meanwhile, saving nothing', async () => {
    const user = renderPanel();
    await user.upload(
      screen.getByLabelText('选择表格文件（.xlsx 或 .csv）'),
      fileOf(fixtures.utf8Csv()),
    );
    const button = await screen.findByRole('button', { name: '导入全部 5 行' });
    await db.batches.update(batch.id, { state: 'submitted' });
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这个批次已经提交审核，不能再导入。',
    );
    expect(await db.lines.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
