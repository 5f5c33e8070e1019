// The OCR engine and language data on this device: read the build's manifest, pick the WebAssembly
// core this browser runs, fetch the files from the app's own origin into a named Cache Storage
// cache (the service worker answers ocr/ from it), say what is stored, remove it. No app state here.
import { OCR_CACHE, OCR_FOLDER, OCR_MANIFEST, type CoreVariant, type OcrManifest, type OcrManifestFile } from '../lib/ocr-manifest';

/** tesseract.js picks its core with these same probes, so the core stored is the one it loads. */
async function coreVariant(): Promise<CoreVariant> {
  const { relaxedSimd, simd } = await import('wasm-feature-detect');
  return (await relaxedSimd()) ? 'relaxedsimd-lstm' : (await simd()) ? 'simd-lstm' : 'lstm';
}

/** Absolute URL of a file under ocr/ in this app (the base the build was made for). */
export function ocrUrl(name = ''): string {
  return new URL(`${import.meta.env.BASE_URL}${OCR_FOLDER}${name}`, globalThis.location.href).href;
}

/** The files this browser needs: the worker script, the one core it runs, both scripts' data. */
export async function neededFiles(manifest: OcrManifest): Promise<OcrManifestFile[]> {
  const variant = await coreVariant();
  return manifest.files.filter((f) => f.kind !== 'core' || f.variant === variant);
}

export async function fetchManifest(): Promise<OcrManifest> {
  const res = await fetch(ocrUrl(OCR_MANIFEST), { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${ocrUrl(OCR_MANIFEST)}: HTTP ${res.status}`);
  return (await res.json()) as OcrManifest;
}

export interface StoredOcr { version: string; bytes: number }

/** What is stored, or null when anything this browser needs is missing (a half-finished fetch counts as none). */
export async function storedOcr(): Promise<StoredOcr | null> {
  if (typeof caches === 'undefined' || !(await caches.has(OCR_CACHE))) return null;
  const cache = await caches.open(OCR_CACHE);
  const res = await cache.match(ocrUrl(OCR_MANIFEST));
  if (!res) return null;
  const manifest = (await res.json()) as OcrManifest;
  // Stored by a build with another tesseract.js or data: its worker and core would not match this
  // app's library. Dropped, so the next scan asks again and the space is given back.
  if (manifest.version !== import.meta.env.ZB_OCR_VERSION) { await caches.delete(OCR_CACHE); return null; }
  const files = await neededFiles(manifest);
  const present = await Promise.all(files.map((f) => cache.match(ocrUrl(f.name)).then((r) => !!r)));
  if (present.includes(false)) return null;
  return { version: manifest.version, bytes: files.reduce((n, f) => n + f.bytes, 0) };
}

/**
 * Fetches every needed file, then writes the manifest last: its presence marks a complete copy.
 * `onBytes` gets the bytes received so far; an abort or failure leaves nothing behind.
 */
export async function downloadOcr(manifest: OcrManifest, onBytes: (done: number) => void, signal?: AbortSignal): Promise<void> {
  await caches.delete(OCR_CACHE);
  const cache = await caches.open(OCR_CACHE);
  let done = 0;
  try {
    for (const f of await neededFiles(manifest)) {
      const res = await fetch(ocrUrl(f.name), { signal, cache: 'no-cache' });
      if (!res.ok || !res.body) throw new Error(`${f.name}: HTTP ${res.status}`);
      const chunks: Uint8Array[] = [];
      const reader = res.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        chunks.push(r.value);
        done += r.value.byteLength;
        onBytes(done);
      }
      const type = res.headers.get('content-type') ?? 'application/octet-stream';
      await cache.put(ocrUrl(f.name), new Response(new Blob(chunks as BlobPart[]), { headers: { 'content-type': type } }));
    }
    await cache.put(ocrUrl(OCR_MANIFEST), new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
  } catch (err) {
    await caches.delete(OCR_CACHE);
    throw err;
  }
}

export async function removeOcr(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(OCR_CACHE);
}

/** Where the import worker's parser finds the engine: URLs under this app, answered by the service worker. */
export function ocrDataUrls(): { workerPath: string; corePath: string; langPath: string } {
  return { workerPath: ocrUrl('worker.min.js'), corePath: ocrUrl('core'), langPath: ocrUrl('lang') };
}
