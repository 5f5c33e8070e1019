// Types for opencc-js's per-dictionary modules ("s t|s t|…" strings), which the package ships
// without declarations; importing them one by one keeps the 1 MB phrase tables out of our chunks.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
