// One JavaScript file for a Node entry of ours (a CLI command, or the worker thread of `dataset` and
// `pack`), so a process or thread starts by loading one module instead of running tsx, whose loader
// thread transpiles and resolves ~75 TypeScript files per start. Plain JavaScript because it runs
// before any TypeScript loader; esbuild (what tsx and vite run on) bundles in ~0.1 s.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
/** Inside node_modules, so the bundle's package imports resolve from the project as the sources' do. */
const CACHE = new URL('node_modules/.cache/zhengbao/', ROOT);
const SOURCES = fileURLToPath(new URL('src/', ROOT));

/**
 * Each source module keeps its own import.meta.url (and dirname, filename): paths that code builds
 * relative to itself (a worker entry, pdf.js's assets) stay right wherever the bundle lies. The
 * replacement is textual, so a source must not spell those names inside a string.
 */
const ownUrls = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.(ts|tsx|mjs)$/ }, (args) => {
      if (!args.path.startsWith(SOURCES)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.')) return undefined;
      const meta = { url: pathToFileURL(args.path).href, dirname: dirname(args.path), filename: args.path };
      const contents = text.replace(/import\.meta\.(url|dirname|filename)\b/g, (_, k) => JSON.stringify(meta[k]));
      return { contents, loader: args.path.endsWith('.mjs') ? 'js' : args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * The app's own libraries (package.json dependencies, which vite bundles for the browser too) go in
 * the bundle: Node reads a CommonJS package imported from ESM (cfb) with its export lexer in every
 * thread that loads it (~0.1 s each). pdf.js stays outside: large, loaded only for a PDF, and it finds
 * its assets next to itself; so do the tools (esbuild, tsx), which locate their own binaries.
 */
const inside = new Set(Object.keys(JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).dependencies ?? {}));
inside.delete('pdfjs-dist');
const packagesOutside = {
  name: 'packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const pkg = /^(@[^/]+\/)?[^/]+/.exec(args.path)[0];
      return inside.has(pkg) || pkg.startsWith('node:') ? undefined : { path: args.path, external: true };
    });
  },
};

/** What a bundle was made from: each input's size and time of change, so an unchanged build is reused. */
const stamp = (path) => { const st = statSync(path); return `${st.size}:${st.mtimeMs}`; };
const manifestOf = (entry) => new URL(`${createHash('sha256').update(entry.href).digest('hex').slice(0, 16)}.json`, CACHE);

/** The bundle an earlier run made of `entry`, if none of its inputs (sources, libraries, this file) changed since. */
function reusable(entry) {
  try {
    const { file, inputs } = JSON.parse(readFileSync(manifestOf(entry), 'utf8'));
    return existsSync(new URL(file)) && Object.entries(inputs).every(([path, was]) => stamp(path) === was) ? new URL(file) : null;
  } catch {
    return null;
  }
}

/** Writes through a scratch name and a rename, so a concurrent run never loads half a file. */
function put(url, data) {
  mkdirSync(CACHE, { recursive: true });
  const part = fileURLToPath(url) + `.${process.pid}.part`;
  writeFileSync(part, data);
  renameSync(part, url);
}

async function build(entry) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20',
    write: false, logLevel: 'silent', metafile: true, absWorkingDir: fileURLToPath(ROOT), plugins: [ownUrls, packagesOutside],
    // A bundled CommonJS package may call require() for a Node built-in.
    banner: { js: `import { createRequire as __zbRequire } from 'node:module'; const require = __zbRequire(${JSON.stringify(new URL('package.json', ROOT).href)});` },
  });
  const code = result.outputFiles[0].contents;
  const name = basename(fileURLToPath(entry)).replace(/\.\w+$/, '');
  const file = new URL(`${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`, CACHE);
  if (!existsSync(file)) put(file, code);
  const used = [...Object.keys(result.metafile.inputs).map((p) => fileURLToPath(new URL(p, ROOT))), fileURLToPath(import.meta.url), fileURLToPath(new URL('package.json', ROOT))];
  put(manifestOf(entry), JSON.stringify({ file: file.href, inputs: Object.fromEntries(used.map((p) => [p, stamp(p)])) }));
  return file;
}

/** The URL of `entry` bundled (named by its content, so concurrent runs share it), or null if esbuild is missing or fails. */
export async function bundled(entry) {
  try {
    return reusable(entry) ?? (await build(entry));
  } catch {
    return null;
  }
}
