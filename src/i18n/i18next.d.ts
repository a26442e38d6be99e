// Typed translation keys: t('missing.key') fails the type check. zh-CN is the source
// of truth for the key set; en is held to the same set by locales.test.ts. The core
// file is bundled with the first screen; each feature file is loaded with its feature
// (feature-strings.ts) and is listed here so its keys are typed too.
import 'i18next';
import type zhCN from './locales/zh-CN.json';
import type importStrings from './locales/zh-CN/import.json';
import type kioskView from './locales/zh-CN/kioskView.json';
import type lines from './locales/zh-CN/lines.json';
import type notices from './locales/zh-CN/notices.json';
import type objections from './locales/zh-CN/objections.json';
import type print from './locales/zh-CN/print.json';
import type publicView from './locales/zh-CN/publicView.json';
import type publishing from './locales/zh-CN/publishing.json';
import type reviewer from './locales/zh-CN/reviewer.json';

type Resources = typeof zhCN &
  typeof importStrings &
  typeof kioskView &
  typeof lines &
  typeof notices &
  typeof objections &
  typeof print &
  typeof publicView &
  typeof publishing &
  typeof reviewer;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
