// Small per-device preferences (interface language, last backup time) kept in localStorage:
// they must be readable synchronously at start, before IndexedDB opens.
import { signal, effect } from '@preact/signals';

export type Lang = 'zh' | 'en';

const LANG_KEY = 'zhengbao.lang';
const BACKUP_KEY = 'zhengbao.lastBackupAt';
const OFFLINE_SAID_KEY = 'zhengbao.offlineReadySaid';
const SNOOZE_KEY = 'zhengbao.backupReminderSnoozedAt';

function read(key: string): string | null {
  try { return localStorage.getItem(key); } catch { return null; }
}
function write(key: string, value: string): void {
  try { localStorage.setItem(key, value); } catch { /* private mode: preference lasts this visit */ }
}

export const lang = signal<Lang>(read(LANG_KEY) === 'en' ? 'en' : 'zh');
export const lastBackupAt = signal<number | null>(Number(read(BACKUP_KEY)) || null);
/** When the user last said "later" to the backup reminder. */
export const backupSnoozedAt = signal<number>(Number(read(SNOOZE_KEY)) || 0);

effect(() => {
  write(LANG_KEY, lang.value);
  if (typeof document !== 'undefined') document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
});

export function setLang(next: Lang): void {
  lang.value = next;
}

export function markBackedUp(at = Date.now()): void {
  lastBackupAt.value = at;
  write(BACKUP_KEY, String(at));
}

export function snoozeBackupReminder(at = Date.now()): void {
  backupSnoozedAt.value = at;
  write(SNOOZE_KEY, String(at));
}

/** "Ready to work offline" is said once per device, not on every visit. */
export function takeOfflineReadyNotice(): boolean {
  if (read(OFFLINE_SAID_KEY)) return false;
  write(OFFLINE_SAID_KEY, '1');
  return true;
}
