// The top bar: app name (home link), import by picker, paste, backup, language switch.
import { useRef, useState } from 'preact/hooks';
import { openFiles } from '../state/open-files';
import { backupDialogOpen } from '../state/backup';
import { lang, setLang } from '../state/settings';
import { PasteDialog } from './PasteDialog';
import { SearchBox } from './search/SearchBox';
import { t } from './i18n';

export const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.doc,.wps,.pdf,.zip,.zbk,.zbak,text/plain,text/markdown,text/html,application/pdf,application/msword,.png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp';

export function Header() {
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const onPick = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    void openFiles([...(el.files ?? [])], t().backupImported);
    el.value = '';
  };
  return (
    <header class="topbar">
      <a class="brand" href="#/" aria-label={`${t().appName} – ${t().navLibrary}`}>
        <img src={`${import.meta.env.BASE_URL}icon.svg`} alt="" />
        <strong>{t().appName}</strong>
        <span>{t().tagline}</span>
      </a>
      <SearchBox />
      <div class="actions">
        <a class="button" href="#/figures">{t().navFigures}</a>
        <a class="button" href="#/trends">{t().navTrends}</a>
        <a class="button" href="#/targets">{t().navTargets}</a>
        <button type="button" class="primary" onClick={() => input.current?.click()}>{t().importFiles}</button>
        <input ref={input} id="file-input" type="file" multiple accept={ACCEPT} hidden aria-label={t().importFiles} onChange={onPick} />
        <button type="button" onClick={() => setPasting(true)}>{t().pasteText}</button>
        <button type="button" onClick={() => { backupDialogOpen.value = true; }}>{t().backup}</button>
      </div>
      <button type="button" class="lang" lang={lang.value === 'zh' ? 'en' : 'zh-CN'} aria-label={t().langSwitchLabel}
        onClick={() => setLang(lang.value === 'zh' ? 'en' : 'zh')}>{t().langSwitch}</button>
      <PasteDialog open={pasting} onClose={() => setPasting(false)} />
    </header>
  );
}
