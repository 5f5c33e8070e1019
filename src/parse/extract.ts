// Dispatches a file to the extractor of its format; every extractor yields Blocks.
import type { Format } from '../model/report';
import type { Block } from './blocks';
import { decode } from './decode';

export type ExtractResult =
  | { ok: true; blocks: Block[]; encoding: string; warnings: string[] }
  | { ok: false; error: string };

export function extract(format: Format, bytes: Uint8Array): ExtractResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  void format;
  const blocks = decoded.text.split(/\r?\n/).map((text) => ({ text }));
  return { ok: true, blocks, encoding: decoded.encoding, warnings: [] };
}
