// Typed translation keys: t('missing.key') fails the type check. zh-CN is the source
// of truth for the key set; en.json is held to the same set by locales.test.ts.
import 'i18next';
import type zhCN from './locales/zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
