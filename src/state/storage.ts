// How much room the library uses, and whether the browser promised not to evict it. Persistence
// is asked once the library holds data (asking on an empty first visit only confuses people);
// 'denied' lets the library view say what an unpersisted library risks.
import { signal } from '@preact/signals';
import { requestPersistence, storageUsage } from '../store/repo';

export const usage = signal<{ usage: number; quota: number } | null>(null);
/** unknown: not asked yet (empty library); granted or denied by the browser. */
export const persistence = signal<'unknown' | 'granted' | 'denied'>('unknown');

let asked = false;

export async function refreshStorage(hasReports: boolean): Promise<void> {
  try {
    usage.value = await storageUsage();
  } catch {
    usage.value = null;
  }
  if (hasReports && !asked) {
    asked = true;
    persistence.value = (await requestPersistence()) ? 'granted' : 'denied';
  }
}
