// Service-worker update state. The app layer registers the worker and feeds these signals;
// the prompt is held back while an import or backup runs, so nobody reloads mid-import.
import { computed, signal } from '@preact/signals';
import { importRunning } from './import';
import { backupTask } from './backup';

export const needRefresh = signal(false);
export const updateDismissed = signal(false);

let applyUpdate: (() => Promise<void>) | null = null;

export const showUpdatePrompt = computed(() =>
  needRefresh.value && !updateDismissed.value && !importRunning.value && backupTask.value === null);

export function setUpdater(fn: () => Promise<void>): void {
  applyUpdate = fn;
}

export async function acceptUpdate(): Promise<void> {
  if (importRunning.value || backupTask.value) return;
  await applyUpdate?.();
}

export function postponeUpdate(): void {
  updateDismissed.value = true;
}
