// Names for files the app hands to the browser as downloads. Report titles, file names from zip
// entries and dropped folders, and search terms come from outside: a download name keeps none of
// their path separators, control or bidi-format characters, or characters Windows refuses.

const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const RESERVED = /[\\/:*?"<>|]+/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const MAX = 120;

/** The last segment of a path as written by a zip or a dropped folder ("a/b\\c.txt" -> "c.txt"). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter((s) => s.trim()).pop() ?? '';
}

/** A file name every system accepts and that names one file in the downloads folder, nothing more. */
export function safeDownloadName(name: string, fallback = 'download'): string {
  let s = name.replace(/\s+/g, ' ').replace(CONTROL, '').replace(RESERVED, '_')
    // No hidden file, no "..", no name Windows trims to something else.
    .replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (WINDOWS_DEVICE.test(s)) s = `_${s}`;
  if (s.length > MAX) {
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    s = s.slice(0, MAX - ext.length) + ext;
  }
  return s || fallback;
}
