// Client test setup: real Dexie on fake-indexeddb, jest-dom matchers, cleanup between tests,
// and every feature's strings added as soon as i18next is initialised (a component test
// renders a feature without the route that would load them).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach } from 'vitest';

const featureFiles = import.meta.glob<{ default: object }>('../../src/i18n/locales/*/*.json', {
  eager: true,
});

function addAllFeatureStrings(): void {
  for (const [path, module] of Object.entries(featureFiles)) {
    const language = /locales\/([^/]+)\/[^/]+\.json$/.exec(path)?.[1];
    if (language) i18next.addResourceBundle(language, 'translation', module.default, true, true);
  }
}

i18next.on('initialized', addAllFeatureStrings);

afterEach(() => {
  cleanup();
});
