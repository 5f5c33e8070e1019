// Problems that stay until acted on: another tab runs a newer version (reload) or holds up this
// tab's upgrade (what it waits for), an import a closed tab left unfinished (which files to import
// again), a full disk (what to do about it), another failure, the reminder to back up.
import { dismissProblem, problem } from '../state/notices';
import { backupDialogOpen, backupDue, dismissBackupReminder } from '../state/backup';
import { dbState } from '../state/db';
import { dismissInterrupted, interruptedFiles } from '../state/recovery';
import { t } from './i18n';
import { lang } from '../state/settings';
import { errorText } from './error-text';
import type { FileFailure } from '../model/errors';

const LISTED = 8;

function DbBanner() {
  const d = t();
  if (dbState.value === 'newer-version') {
    return (
      <div class="banner error" role="alert" data-db="newer-version">
        <div class="grow"><strong>{d.newerTitle}</strong><p>{d.newerBody}</p></div>
        <button type="button" class="primary" onClick={() => location.reload()}>{d.reloadPage}</button>
      </div>
    );
  }
  if (dbState.value === 'blocked') {
    return (
      <div class="banner" role="status" data-db="blocked">
        <div class="grow"><strong>{d.blockedTitle}</strong><p>{d.blockedBody}</p></div>
      </div>
    );
  }
  return null;
}

function InterruptedBanner() {
  const d = t();
  const files = interruptedFiles.value;
  if (files.length === 0) return null;
  const rest = files.slice(LISTED);
  return (
    <div class="banner" role="alert" data-interrupted={files.length}>
      <div class="grow">
        <strong>{d.interruptedTitle(files.length)}</strong>
        <p>{d.interruptedBody}</p>
        <p class="interrupted-files">{files.slice(0, LISTED).join('、')}</p>
        {rest.length > 0 && (
          <details class="interrupted-files"><summary>{d.interruptedMore(rest.length)}</summary>{rest.join('、')}</details>
        )}
      </div>
      <button type="button" class="primary" onClick={() => document.getElementById('file-input')?.click()}>{d.importAgain}</button>
      <button type="button" onClick={() => void dismissInterrupted()}>{d.dismiss}</button>
    </div>
  );
}

/** Failed files of a task, one line each, in the interface language. */
function filesText(files: FileFailure[]): string {
  return files.map((f) => `${f.fileName}: ${errorText(f.reason, lang.value)}`).join('\n');
}

export function Banners() {
  const d = t();
  const p = problem.value;
  return (
    <>
      <DbBanner />
      <InterruptedBanner />
      {p && (
        <div class="banner error" role="alert" data-problem={p.kind}>
          <div class="grow">
            <strong>{p.kind === 'quota' ? d.quotaTitle : p.context ? d.problemTitle[p.context] : d.errorTitle}</strong>
            {p.kind === 'quota' && <p>{d.quotaBody}</p>}
            <p class="muted" style="white-space:pre-line">{p.files ? filesText(p.files) : p.detail}</p>
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
