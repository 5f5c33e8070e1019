// A file name given as bytes (a zip entry without its UTF-8 flag, a folder unpacked by a tool that
// kept the archive's bytes): UTF-8 when the bytes are valid UTF-8, else GB18030, which Chinese tools
// write without saying so. Shared by the import's zip reader and the command line's folder walk.

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** The name as text, and whether it was UTF-8; null when the bytes are neither. */
export function nameText(bytes: Uint8Array): { text: string; utf8: boolean } | null {
  try { return { text: utf8.decode(bytes), utf8: true }; } catch { /* not UTF-8 */ }
  try { return { text: gb18030.decode(bytes), utf8: false }; } catch { return null; }
}
