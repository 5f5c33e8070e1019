// Toasts (short-lived messages, some with an action such as undo) and the one-line problem
// banners (a full disk, a failed operation) that stay until the user acts or dismisses them.
import { signal } from '@preact/signals';
import type { FileFailure } from '../model/errors';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** What the user was doing when it failed, so the banner can say so. */
export type ProblemContext = 'import' | 'backup' | 'export' | 'samples' | 'library' | 'report';

export interface Problem {
  kind: 'quota' | 'error';
  context: ProblemContext | null;
  /** Extra detail under the banner's title (the underlying message). */
  detail: string;
  /** Files that failed, each worded by the banner in the interface language (detail holds their sentences). */
  files?: FileFailure[];
}

export const toasts = signal<Toast[]>([]);
export const problem = signal<Problem | null>(null);

let nextId = 1;

export function showToast(text: string, options: { kind?: Toast['kind']; action?: Toast['action']; ms?: number } = {}): number {
  const toast: Toast = { id: nextId++, text, kind: options.kind ?? 'info', action: options.action };
  toasts.value = [...toasts.value.slice(-3), toast];
  const ms = options.ms ?? (options.action ? 8000 : 4000);
  if (ms > 0) setTimeout(() => dismissToast(toast.id), ms);
  return toast.id;
}

export function dismissToast(id: number): void {
  toasts.value = toasts.value.filter((t) => t.id !== id);
}

/** Any failure from the store or worker lands here: a full disk is its own state, the rest an error. */
export function reportFailure(err: unknown, context: ProblemContext | null = null, files?: FileFailure[]): void {
  const info = err as { kind?: string; message?: unknown } | null;
  const message = typeof info?.message === 'string' ? info.message : String(err);
  const kind = info?.kind;
  problem.value = { kind: kind === 'quota' ? 'quota' : 'error', context, detail: message, files };
}

export function dismissProblem(): void {
  problem.value = null;
}
