/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { CoreVariant, OcrManifest, OcrManifestFile } from './src/lib/ocr-manifest';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOC = 'application/msword';
const PDF = 'application/pdf';

/** pdf.js's CMaps (Chinese fonts without embedded encodings) and standard font data, and where the app serves them (src/parse/extract/pdf.ts). */
const PDFJS = join(import.meta.dirname, 'node_modules/pdfjs-dist');
const PDFJS_ASSETS = ['cmaps', 'standard_fonts'];
/** Chinese CMaps only (GB, CNS/Big5, Hong Kong and their Unicode maps): the reports are Chinese. */
const CHINESE_CMAP = /^(Adobe-(GB1|CNS1)|GBK?|GBT|GBpc|B5|CNS|ETen|ETHK|HK|UniGB|UniCNS|LICENSE)/;

/** Copies pdf.js's assets from node_modules into the build (and serves them in dev): same origin, precached, never fetched elsewhere. */
function pdfjsAssets(): Plugin {
  const files = () => PDFJS_ASSETS.flatMap((dir) => readdirSync(join(PDFJS, dir))
    .filter((f) => dir !== 'cmaps' || CHINESE_CMAP.test(f)).map((f) => `${dir}/${f}`));
  return {
    name: 'zhengbao-pdfjs-assets',
    generateBundle() {
      for (const f of files()) this.emitFile({ type: 'asset', fileName: `pdfjs/${f}`, source: readFileSync(join(PDFJS, f)) });
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        const path = join(PDFJS, decodeURIComponent((req.url ?? '').split('?')[0]!));
        if (!path.startsWith(PDFJS + '/') || !existsSync(path)) return next();
        res.setHeader('content-type', 'application/octet-stream');
        res.end(readFileSync(path));
      });
    },
  };
}

const MODULES = join(import.meta.dirname, 'node_modules');
// The folder and manifest names of src/lib/ocr-manifest.ts (OCR_FOLDER, OCR_MANIFEST), repeated here:
// a config importing the app's modules at run time is one Vite's native config loader will refuse.
const OCR_FOLDER = 'ocr/';
const OCR_MANIFEST = 'manifest.json';
/** Which @tesseract.js-data build ships: the integer "best" models, ~1.7 MB gzipped per script. */
const OCR_LANG_VARIANT = '4.0.0_best_int';
const OCR_CORES: CoreVariant[] = ['relaxedsimd-lstm', 'simd-lstm', 'lstm'];

/** Every OCR file: its source in node_modules and its place under ocr/ (see src/lib/ocr-manifest.ts). */
function ocrSources(): (OcrManifestFile & { source: string })[] {
  const file = (name: string, source: string, kind: OcrManifestFile['kind'], variant?: CoreVariant) =>
    ({ name, source, kind, bytes: statSync(source).size, ...(variant ? { variant } : {}) });
  return [
    file('worker.min.js', join(MODULES, 'tesseract.js/dist/worker.min.js'), 'worker'),
    ...OCR_CORES.map((v) => file(`core/tesseract-core-${v}.wasm.js`, join(MODULES, `tesseract.js-core/tesseract-core-${v}.wasm.js`), 'core', v)),
    ...['chi_sim', 'chi_tra'].map((l) => file(`lang/${l}.traineddata.gz`, join(MODULES, `@tesseract.js-data/${l}/${OCR_LANG_VARIANT}/${l}.traineddata.gz`), 'lang')),
  ];
}

/**
 * Ships tesseract.js's worker, its WebAssembly cores and the chi_sim/chi_tra data under ocr/, with a
 * manifest of names and sizes: outside the precache and the first load, fetched from this origin
 * only when the user agrees to store them (src/state/ocr-data.ts), then served by the service worker.
 */
/** tesseract.js's version and the data variant: the app refuses a stored copy of another (src/state/ocr-cache.ts). */
function ocrVersion(): string {
  const version = JSON.parse(readFileSync(join(MODULES, 'tesseract.js/package.json'), 'utf8')).version as string;
  return `${version}/${OCR_LANG_VARIANT}`;
}

function ocrAssets(): Plugin {
  const manifest = (): OcrManifest => ({ version: ocrVersion(), files: ocrSources().map(({ source: _, ...f }) => f) });
  return {
    name: 'zhengbao-ocr-assets',
    generateBundle() {
      for (const f of ocrSources()) this.emitFile({ type: 'asset', fileName: OCR_FOLDER + f.name, source: readFileSync(f.source) });
      this.emitFile({ type: 'asset', fileName: OCR_FOLDER + OCR_MANIFEST, source: JSON.stringify(manifest()) });
    },
    configureServer(server) {
      server.middlewares.use(`/${OCR_FOLDER}`, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\//, '');
        if (name === OCR_MANIFEST) { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify(manifest())); return; }
        const found = ocrSources().find((f) => f.name === name);
        if (!found) return next();
        res.setHeader('content-type', 'application/octet-stream');
        res.end(readFileSync(found.source));
      });
    },
  };
}

// One config for the app build and the tests: unit tests run in Node, browser tests drive
// Debian's Chromium through playwright-core against the production build in dist/.
// The service worker is our own (src/app/sw.ts: precache + share-target POST), so the
// plugin injects the precache list into it rather than generating one.
export default defineConfig({
  plugins: [
    preact(),
    pdfjsAssets(),
    ocrAssets(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/app',
      filename: 'sw.ts',
      injectManifest: {
        // bcmap/pfb/ttf: pdf.js's CMaps and standard fonts, so a PDF imports offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,txt,bcmap,pfb,ttf}'],
        // Store screenshots are for install sheets and the README, not for working offline.
        // The page's own pdf.js copy serves only the in-thread fallback (workers unavailable); the
        // import worker's copy is the one precached, so offline PDFs need no second 1.7 MB.
        // OCR's engine and language data (ocr/, ~9 MB) are stored only when the user agrees, in a cache of their own.
        globIgnores: ['**/node_modules/**/*', 'screenshots/**', 'assets/fallback-*', `${OCR_FOLDER}**`],
        // The opencc cn2t dictionary chunk is well over the 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      manifest: {
        id: './',
        name: '政报通 · 地方工作报告阅读器',
        short_name: '政报通',
        description: '在本机离线阅读、整理地方政协、人大、政府工作报告；文件不离开设备。',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#f7f5f0',
        categories: ['productivity', 'education', 'books'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          { src: 'screenshots/library.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: '报告库' },
          { src: 'screenshots/library-narrow.png', sizes: '360x740', type: 'image/png', form_factor: 'narrow', label: '手机上的报告库' },
        ],
        file_handlers: [{
          action: './',
          accept: {
            'text/plain': ['.txt'], 'text/markdown': ['.md'], 'text/html': ['.html', '.htm'], [DOCX]: ['.docx'],
            [DOC]: ['.doc', '.wps'], [PDF]: ['.pdf'],
            // Photos and scans of pages, read by OCR once its data is stored.
            'image/png': ['.png'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/webp': ['.webp'],
          },
        }],
        share_target: {
          action: './share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            files: [{ name: 'files', accept: ['text/plain', 'text/markdown', 'text/html', DOCX, DOC, PDF, 'application/zip', 'image/png', 'image/jpeg', 'image/webp', '.txt', '.md', '.html', '.htm', '.docx', '.doc', '.wps', '.pdf', '.zip', '.png', '.jpg', '.jpeg', '.webp'] }],
          },
        },
      },
    }),
  ],
  worker: { format: 'es' },
  define: { 'import.meta.env.ZB_OCR_VERSION': JSON.stringify(ocrVersion()) },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { chunkFileNames: (c) => (/^pdf/.test(c.name) ? 'assets/fallback-[name]-[hash].js' : 'assets/[name]-[hash].js') } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      // The 5 s default is a hang guard that a loaded machine (CI runs both projects at once) trips
      // on tests that start a CLI through tsx; speed is measured by `npm run bench`, not here.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
