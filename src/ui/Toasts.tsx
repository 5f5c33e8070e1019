// Short messages at the bottom of the screen; an action (undo) is a real button. The "new version"
// prompt is a toast too; state/pwa holds it back while an import or a backup runs.
import { dismissToast, toasts } from '../state/notices';
import { acceptUpdate, postponeUpdate, showUpdatePrompt } from '../state/pwa';
import { t } from './i18n';

export function Toasts() {
  const d = t();
  return (
    <div class="toasts" role="status" aria-live="polite">
      {showUpdatePrompt.value && (
        <div class="toast" data-update="true">
          <span>{d.updateAvailable}</span>
          <button type="button" onClick={() => void acceptUpdate()}>{d.updateNow}</button>
          <button type="button" onClick={postponeUpdate}>{d.later}</button>
        </div>
      )}
      {toasts.value.map((toast) => (
        <div key={toast.id} class={`toast ${toast.kind}`}>
          <span>{toast.text}</span>
          {toast.action && (
            <button type="button" onClick={() => { toast.action!.run(); dismissToast(toast.id); }}>{toast.action.label}</button>
          )}
          <button type="button" aria-label={t().close} onClick={() => dismissToast(toast.id)}>✕</button>
        </div>
      ))}
    </div>
  );
}
