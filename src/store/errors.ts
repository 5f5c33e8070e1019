// Maps whatever IndexedDB throws (a DOMException on a request, an AbortError on tx.done whose
// transaction failed for lack of space) to one typed StoreError the UI can show and act on.
import { StoreError } from './types';

const QUOTA_MESSAGE = '存储空间已满，无法保存 (storage is full: free some space or delete reports, then try again)';

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
}

function isQuota(err: unknown, depth = 0): boolean {
  if (depth > 3 || typeof err !== 'object' || err === null) return false;
  if (errorName(err) === 'QuotaExceededError') return true;
  // Chromium reports a full disk as an AbortError on the transaction, the real cause in tx.error or cause.
  const e = err as { cause?: unknown; error?: unknown; inner?: unknown };
  return isQuota(e.cause, depth + 1) || isQuota(e.error, depth + 1);
}

export function toStoreError(err: unknown, txError?: unknown): StoreError {
  if (err instanceof StoreError) return err;
  if (isQuota(err) || isQuota(txError)) return new StoreError('quota', QUOTA_MESSAGE, { cause: err });
  const detail = err instanceof Error || (typeof err === 'object' && err && 'message' in err)
    ? String((err as { message: unknown }).message) : String(err);
  return new StoreError('io', `本地存储出错 (storage error): ${detail}`, { cause: err });
}
