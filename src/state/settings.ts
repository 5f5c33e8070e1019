// Small per-device preferences (interface language, last backup time) kept in localStorage:
// they must be readable synchronously at start, before IndexedDB opens.
import { signal, effect } from '@preact/signals';

export type Lang = 'zh' | 'en';

const LANG_KEY = 'zhengbao.lang';
const BACKUP_KEY = 'zhengbao.lastBackupAt';
const OFFLINE_SAID_KEY = 'zhengbao.offlineReadySaid';
const SNOOZE_KEY = 'zhengbao.backupReminderSnoozedAt';

/** A stored string, or null where the storage is missing or refuses (private mode, a worker, tests). */
export function readStored(key: string, store: () => Storage = () => localStorage): string | null {
  try { return store().getItem(key); } catch { return null; }
}
export function writeStored(key: string, value: string, store: () => Storage = () => localStorage): void {
  try { store().setItem(key, value); } catch { /* private mode: the preference lasts this visit */ }
}

export const lang = signal<Lang>(readStored(LANG_KEY) === 'en' ? 'en' : 'zh');
export const lastBackupAt = signal<number | null>(Number(readStored(BACKUP_KEY)) || null);
/** When the user last said "later" to the backup reminder. */
export const backupSnoozedAt = signal<number>(Number(readStored(SNOOZE_KEY)) || 0);

effect(() => {
  writeStored(LANG_KEY, lang.value);
  if (typeof document !== 'undefined') document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
});

export function setLang(next: Lang): void {
  lang.value = next;
}

export function markBackedUp(at = Date.now()): void {
  lastBackupAt.value = at;
  writeStored(BACKUP_KEY, String(at));
}

export function snoozeBackupReminder(at = Date.now()): void {
  backupSnoozedAt.value = at;
  writeStored(SNOOZE_KEY, String(at));
}

/** "Ready to work offline" is said once per device, not on every visit. */
export function takeOfflineReadyNotice(): boolean {
  if (readStored(OFFLINE_SAID_KEY)) return false;
  writeStored(OFFLINE_SAID_KEY, '1');
  return true;
}
