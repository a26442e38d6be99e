// The batch screen's entry to the import: a button in words, and the panel (with its
// strings) loaded only when it is tapped.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { freshDatabase, resetAppState } from '../../app/test-render-app';
import { ImportButton } from './ImportButton';

beforeEach(async () => {
  await resetAppState();
  freshDatabase();
});

describe('ImportButton', () => {
  it('opens the import panel on a tap and closes it again', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18next}>
        <ImportButton batch={draftBatch()} />
      </I18nextProvider>,
    );
    expect(screen.queryByLabelText('选择表格文件（.xlsx 或 .csv）')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '从表格导入名单' }));
    // The panel is its own chunk: its first load is slow on a busy machine.
    expect(
      await screen.findByRole('region', { name: '从表格导入名单' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('选择表格文件（.xlsx 或 .csv）')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '关闭导入' }));
    expect(await screen.findByRole('button', { name: '从表格导入名单' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '从表格导入名单' })).not.toBeInTheDocument();
  }, 30_000);
});
