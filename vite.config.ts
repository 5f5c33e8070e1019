/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// One config for the app build and the tests: unit tests run in Node, browser tests drive
// Debian's Chromium through playwright-core against the production build in dist/.
// The service worker is our own (src/app/sw.ts: precache + share-target POST), so the
// plugin injects the precache list into it rather than generating one.
export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/app',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,txt}'],
        // Store screenshots are for install sheets and the README, not for working offline.
        globIgnores: ['**/node_modules/**/*', 'screenshots/**'],
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
          },
        }],
        share_target: {
          action: './share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            files: [{ name: 'files', accept: ['text/plain', 'text/markdown', 'text/html', DOCX, 'application/zip', '.txt', '.md', '.html', '.htm', '.docx', '.zip'] }],
          },
        },
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
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
