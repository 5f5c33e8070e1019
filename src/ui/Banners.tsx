// Problems that stay until acted on: a full disk (what to do about it), another failure, the
// reminder to back up.
import { dismissProblem, problem } from '../state/notices';
import { backupDialogOpen, backupDue, dismissBackupReminder } from '../state/backup';
import { t } from './i18n';

export function Banners() {
  const d = t();
  const p = problem.value;
  return (
    <>
      {p && (
        <div class="banner error" role="alert" data-problem={p.kind}>
          <div class="grow">
            <strong>{p.kind === 'quota' ? d.quotaTitle : p.context ? d.problemTitle[p.context] : d.errorTitle}</strong>
            {p.kind === 'quota' && <p>{d.quotaBody}</p>}
            <p class="muted" style="white-space:pre-line">{p.detail}</p>
          </div>
          {p.kind === 'quota' && <button type="button" onClick={() => { backupDialogOpen.value = true; }}>{d.backupExport}</button>}
          <button type="button" onClick={dismissProblem}>{d.dismiss}</button>
        </div>
      )}
      {backupDue.value && !p && (
        <div class="banner" role="note">
          <p class="grow" style="margin:0">{d.backupReminder}</p>
          <button type="button" class="primary" onClick={() => { backupDialogOpen.value = true; }}>{d.backupExport}</button>
          <button type="button" onClick={dismissBackupReminder}>{d.later}</button>
        </div>
      )}
    </>
  );
}
