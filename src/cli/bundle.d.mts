// Types of bundle.mjs (plain JavaScript, since it runs before any TypeScript loader).

/** The URL of `entry` bundled into one module in node_modules/.cache/zhengbao/, or null if esbuild is missing or fails. */
export function bundled(entry: URL): Promise<URL | null>;
