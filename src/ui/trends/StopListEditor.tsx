// The user's stop list for top terms, edited as text and kept in the library's settings.
import { useEffect, useState } from 'preact/hooks';
import { resetStopWords, saveStopWords, stopWords, parseStopList } from '../../state/trends';
import { tt } from './strings';

export function StopListEditor({ onSaved }: { onSaved: () => void }) {
  const [text, setText] = useState(stopWords.value.join('\n'));
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(stopWords.value.join('\n')), [stopWords.value]);
  const save = async (words: string[] | null) => {
    await (words ? saveStopWords(words) : resetStopWords());
    setSaved(true);
    onSaved();
  };
  return (
    <details class="stop-list">
      <summary>{tt().stopList} ({stopWords.value.length})</summary>
      <p class="muted">{tt().stopHint}</p>
      <textarea rows={6} aria-label={tt().stopList} value={text} onInput={(e) => { setText(e.currentTarget.value); setSaved(false); }} />
      <div class="row">
        <button type="button" onClick={() => void save(parseStopList(text))}>{tt().saveStop}</button>
        <button type="button" onClick={() => void save(null)}>{tt().resetStop}</button>
        {saved && <span class="muted" role="status">{tt().stopSaved}</span>}
      </div>
    </details>
  );
}
