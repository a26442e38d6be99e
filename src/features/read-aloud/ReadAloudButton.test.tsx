// The 朗读/停止 button as a resident uses it: nothing is said until it is tapped, the text is
// read sentence by sentence in zh-CN without any ID or account digits, a second tap stops,
// leaving the screen stops, and a device without speech says so on the button.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import { ReadAloudButton } from './ReadAloudButton';

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function installSpeech() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
    getVoices: () => [],
  };
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
  return { spoken, synth };
}

function removeSpeech() {
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
}

const PARTS = [
  '2025年耕地地力保护补贴发放结果',
  '公示中 · 剩余 3 个工作日',
  '曾*华 第三组 1,075.00 元。身份证 360735195603141234。',
];

beforeEach(resetAppState);
afterEach(removeSpeech);

describe('ReadAloudButton', () => {
  it('says nothing until tapped, then reads each sentence in order in zh-CN', async () => {
    const { spoken } = installSpeech();
    const user = userEvent.setup();
    render(<ReadAloudButton label="补贴" parts={() => PARTS} />);
    expect(spoken).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '朗读：补贴' }));
    expect(spoken.map((u) => u.text)).toEqual(['2025年耕地地力保护补贴发放结果']);
    act(() => spoken[0]?.onend?.());
    act(() => spoken[1]?.onend?.());
    act(() => spoken[2]?.onend?.());
    const texts = spoken.map((u) => u.text);
    // The middle dot is a pause, not a word.
    expect(texts[1]).toBe('公示中 剩余 3 个工作日');
    expect(texts[2]).toBe('曾某华 第三组 1075元。');
    expect(texts.join('')).not.toMatch(/\d{5,}/);
    for (const u of spoken) expect(u.lang).toBe('zh-CN');
    // Read to the end: the button offers 朗读 again.
    act(() => spoken.at(-1)?.onend?.());
    expect(screen.getByRole('button', { name: '朗读：补贴' })).toBeInTheDocument();
  });

  it('stops on a second tap', async () => {
    const { spoken, synth } = installSpeech();
    const user = userEvent.setup();
    render(<ReadAloudButton label="补贴" parts={() => PARTS} />);
    await user.click(screen.getByRole('button', { name: '朗读：补贴' }));
    await user.click(screen.getByRole('button', { name: '停止朗读：补贴' }));
    expect(synth.cancel).toHaveBeenCalled();
    act(() => spoken[0]?.onend?.());
    expect(spoken).toHaveLength(1);
    expect(screen.getByRole('button', { name: '朗读：补贴' })).toHaveTextContent('朗读');
  });

  it('stops when the screen is left', async () => {
    const { synth } = installSpeech();
    const user = userEvent.setup();
    const { unmount } = render(<ReadAloudButton label="补贴" parts={() => PARTS} />);
    await user.click(screen.getByRole('button', { name: '朗读：补贴' }));
    synth.cancel.mockClear();
    unmount();
    expect(synth.cancel).toHaveBeenCalled();
  });

  it('says on the button when the device cannot speak', () => {
    removeSpeech();
    render(<ReadAloudButton label="补贴" parts={() => PARTS} />);
    expect(screen.getByRole('button', { name: '本机不支持朗读' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
