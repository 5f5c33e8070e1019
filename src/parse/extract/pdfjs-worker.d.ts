// pdf.js ships no types for its worker module; pdf.ts only takes the message handler from it.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
