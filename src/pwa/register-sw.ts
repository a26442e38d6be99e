// The one import of vite-plugin-pwa's virtual module, which exists only inside a Vite
// build. Kept alone so jsdom tests can replace it: vi.mock('./register-sw', ...).
export { useRegisterSW } from 'virtual:pwa-register/react';
