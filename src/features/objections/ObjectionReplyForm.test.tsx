// The cadre's reply form as it is used: a reply holding a phone number is refused with
// the place named in words and the text kept for fixing; an empty reply is not sent; a
// double tap publishes once; the text is sent trimmed.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import { ApiError } from '../../sync';
import { ObjectionReplyForm } from './ObjectionReplyForm';

beforeEach(resetAppState);

describe('ObjectionReplyForm', { timeout: 20_000 }, () => {
  it('names where the personal data is when the server refuses the reply', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, 'personal-data-found', {
        error: 'personal-data-found',
        findings: [{ kind: 'mobile', start: 4, end: 15 }],
      });
    });
    render(<ObjectionReplyForm objectionLabel="2025-11-20 提出的异议" onSubmit={onSubmit} />);
    const box = screen.getByLabelText('答复内容');
    await user.type(box, '请联系 13807971234 了解详情');
    await user.click(screen.getByRole('button', { name: '发布答复' }));

    expect(await screen.findByText('第 5 到第 15 个字是手机号')).toBeInTheDocument();
    expect(screen.getByText('答复里有个人信息，请删掉后再发布：')).toBeInTheDocument();
    expect(box).toHaveValue('请联系 13807971234 了解详情');
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('does not send an empty reply, and says why', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {});
    render(<ObjectionReplyForm objectionLabel="异议" onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('答复内容'), '  ');
    await user.click(screen.getByRole('button', { name: '发布答复' }));
    expect(screen.getByRole('status')).toHaveTextContent('请写下答复内容。');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('publishes once on a double tap, with the text trimmed', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const onSubmit = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<ObjectionReplyForm objectionLabel="异议" onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('答复内容'), '  经核实，面积无误。 ');
    await user.dblClick(screen.getByRole('button', { name: '发布答复' }));
    expect(screen.getByRole('button', { name: '正在发布…' })).toBeInTheDocument();
    finish();
    expect(await screen.findByRole('button', { name: '发布答复' })).toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('经核实，面积无误。');
  });

  it('says so when someone else replied first', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw new ApiError(409, 'wrong-state', { error: 'wrong-state' });
    });
    render(<ObjectionReplyForm objectionLabel="异议" onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('答复内容'), '已核实。');
    await user.click(screen.getByRole('button', { name: '发布答复' }));
    expect(await screen.findByText('这条异议已经有人答复过了，请刷新查看。')).toBeInTheDocument();
  });
});
