// The kiosk's idle reset: a warning after the quiet time, lasting the warning time, with
// 继续浏览 starting over; without a touch the screen resets once the warning runs out.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleReset } from './useIdleReset';

function Probe({ onReset }: { onReset: () => void }) {
  const idle = useIdleReset(10_000, 20_000, onReset);
  return idle.isWarning ? (
    <button type="button" onClick={idle.keepBrowsing}>
      {`warning ${idle.secondsLeft}`}
    </button>
  ) : (
    <p>browsing</p>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useIdleReset', () => {
  it('warns after the quiet time with the seconds left, and 继续浏览 starts over', () => {
    const onReset = vi.fn();
    render(<Probe onReset={onReset} />);
    act(() => void vi.advanceTimersByTime(9_000));
    expect(screen.getByText('browsing')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(2_000));
    expect(screen.getByRole('button')).toHaveTextContent('warning 19');
    act(() => screen.getByRole('button').click());
    expect(screen.getByText('browsing')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(9_000));
    expect(screen.getByText('browsing')).toBeInTheDocument();
    expect(onReset).not.toHaveBeenCalled();
  });

  it('resets once the warning of at least 20 s has run out without a touch', () => {
    const onReset = vi.fn();
    render(<Probe onReset={onReset} />);
    act(() => void vi.advanceTimersByTime(29_000));
    expect(onReset).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(2_000));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('browsing')).toBeInTheDocument();
  });

  it('counts any touch on the screen as activity', () => {
    const onReset = vi.fn();
    render(<Probe onReset={onReset} />);
    act(() => void vi.advanceTimersByTime(8_000));
    act(() => void window.dispatchEvent(new Event('pointerdown')));
    act(() => void vi.advanceTimersByTime(8_000));
    expect(screen.getByText('browsing')).toBeInTheDocument();
  });
});
