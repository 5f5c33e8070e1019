// Registers the service worker in prompt mode: a waiting update raises state/pwa's needRefresh
// (the toast asks; never during an import), accepting it activates the new worker and reloads
// once it controls the page. "Ready to work offline" is said once per device.
/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { needRefresh, setUpdater } from '../state/pwa';
import { showToast } from '../state/notices';
import { takeOfflineReadyNotice } from '../state/settings';
import { t } from '../ui/i18n';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() { needRefresh.value = true; },
    onOfflineReady() { if (takeOfflineReadyNotice()) showToast(t().offlineReady, { ms: 6000 }); },
    onRegisterError(err: unknown) { console.warn('service worker registration failed', err); },
    // A tab left open for days still hears of a new version: look once an hour while online.
    onRegisteredSW(_url: string, registration: ServiceWorkerRegistration | undefined) {
      if (!registration) return;
      setInterval(() => { if (navigator.onLine) void registration.update().catch(() => undefined); }, UPDATE_CHECK_MS);
    },
  });
  setUpdater(() => updateSW(true));
}
