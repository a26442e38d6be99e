// The header's display settings as a reader uses them: language, 长辈模式, text size.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetAppState } from './test-render-app';

beforeEach(resetAppState);

describe('language switch', () => {
  it('switches the visible text and <html lang> to English, and remembers it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '首页' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');

    await user.selectOptions(screen.getByLabelText('语言'), 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByLabelText('Language')).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('cunwu.language')).toBe('en');

    await user.selectOptions(screen.getByLabelText('Language'), 'zh-CN');
    expect(await screen.findByRole('heading', { level: 1, name: '首页' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('names each language in itself', async () => {
    renderApp('/');
    const select = await screen.findByLabelText('语言');
    expect(screen.getByRole('option', { name: '中文' })).toHaveValue('zh-CN');
    expect(screen.getByRole('option', { name: 'English' })).toHaveValue('en');
    expect(select).toHaveValue('zh-CN');
  });
});

describe('长辈模式 switch', () => {
  it('toggles aria-checked and <html data-elder>, and is remembered after a remount', async () => {
    const user = userEvent.setup();
    const first = renderApp('/');
    const toggle = await screen.findByRole('switch', { name: '长辈模式' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(document.documentElement.dataset.elder).toBe('false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(document.documentElement.dataset.elder).toBe('true');

    first.unmount();
    delete document.documentElement.dataset.elder;
    renderApp('/');
    expect(await screen.findByRole('switch', { name: '长辈模式' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(document.documentElement.dataset.elder).toBe('true');

    await user.click(screen.getByRole('switch', { name: '长辈模式' }));
    expect(document.documentElement.dataset.elder).toBe('false');
  });

  it('opens the kiosk in 长辈模式', async () => {
    renderApp('/kiosk');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.dataset.elder).toBe('true'));
    expect(screen.getByRole('switch', { name: '长辈模式' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(document.documentElement.dataset.kiosk).toBe('true');
  });
});

describe('text size', () => {
  it('offers 标准, 大 and 特大 as radios and applies the choice to <html>, remembered after a remount', async () => {
    const user = userEvent.setup();
    const first = renderApp('/');
    const group = await screen.findByRole('radiogroup', { name: '字号' });
    const radios = ['标准', '大', '特大'].map((name) => screen.getByRole('radio', { name }));
    expect(group).toContainElement(radios[0] ?? null);
    expect(radios[0]).toBeChecked();
    expect(document.documentElement.dataset.textSize).toBe('standard');

    await user.click(radios[2] as HTMLElement);
    expect(radios[2]).toBeChecked();
    expect(radios[0]).not.toBeChecked();
    expect(document.documentElement.dataset.textSize).toBe('xlarge');

    first.unmount();
    renderApp('/');
    expect(await screen.findByRole('radio', { name: '特大' })).toBeChecked();
    expect(document.documentElement.dataset.textSize).toBe('xlarge');
  });
});
