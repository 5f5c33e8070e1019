// Backup export/import through the worker, with progress, and the reminder to back up: shown
// when the library holds reports and has not been backed up for a week (Safari may evict data).
import { computed, signal } from '@preact/signals';
import { exportBackup, importBackup, type TaskProgress } from '../worker/client';
import { backupSnoozedAt, lastBackupAt, markBackedUp, snoozeBackupReminder } from './settings';
import { loadLibrary, summaries } from './library';
import { importRunning } from './import';
import { reportFailure, showToast } from './notices';
import { saveBlob } from './report';
import { announce } from './tabs';

const REMIND_AFTER_MS = 7 * 24 * 3600 * 1000;
const NEW_LIBRARY_GRACE_MS = 3 * 24 * 3600 * 1000;

export const backupTask = signal<{ kind: 'export' | 'import'; progress: TaskProgress } | null>(null);
export const backupDialogOpen = signal(false);
/** The last export/import outcome, shown inside the dialog (a toast behind a modal is easy to miss). */
export const backupMessage = signal<string | null>(null);

export const backupDue = computed(() => {
  if (summaries.value.length === 0 || importRunning.value) return false;
  const last = Math.max(lastBackupAt.value ?? 0, backupSnoozedAt.value);
  // Never backed up: wait until the library has been lived with for a few days, not at first import.
  if (last === 0) return summaries.value.some((s) => Date.now() - s.importedAt > NEW_LIBRARY_GRACE_MS);
  return Date.now() - last > REMIND_AFTER_MS;
});

export function dismissBackupReminder(): void {
  snoozeBackupReminder();
}

export async function runExport(doneLabel: string): Promise<void> {
  if (backupTask.value) return;
  backupMessage.value = null;
  backupTask.value = { kind: 'export', progress: { done: 0, total: summaries.value.length } };
  try {
    const file = await exportBackup((progress) => { backupTask.value = { kind: 'export', progress }; });
    saveBlob(file.blob, file.fileName);
    markBackedUp();
    backupMessage.value = doneLabel;
    showToast(doneLabel);
  } catch (err) {
    backupMessage.value = failureText(err);
    reportFailure(err, 'backup');
  } finally {
    backupTask.value = null;
  }
}

function failureText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function runImport(blob: Blob, doneLabel: (r: { added: number; skipped: number; failed: number }) => string): Promise<void> {
  if (backupTask.value) return;
  backupMessage.value = null;
  backupTask.value = { kind: 'import', progress: { done: 0, total: 0 } };
  try {
    const counts = await importBackup(blob, (progress) => { backupTask.value = { kind: 'import', progress }; });
    await loadLibrary();
    if (counts.added > 0) announce('restore', null);
    backupMessage.value = doneLabel(counts);
    showToast(doneLabel(counts), { ms: 8000 });
    if (counts.errors.length > 0) {
      const first = counts.errors.slice(0, 5);
      reportFailure(new Error(first.map((f) => `${f.fileName}: ${f.reason.error}`).join('\n')), 'backup', first);
    }
  } catch (err) {
    // The message names the file: several may be dropped at once, and the banner outlives the dialog.
    const name = blob instanceof File && blob.name ? blob.name : null;
    const message = name ? `${name}: ${failureText(err)}` : failureText(err);
    backupMessage.value = message;
    reportFailure({ kind: (err as { kind?: unknown } | null)?.kind, message }, 'backup');
  } finally {
    backupTask.value = null;
  }
}
