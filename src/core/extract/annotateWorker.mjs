// Worker-thread entry. Compiled (dist/, from `npm run build`), the annotator sits next to this
// file as JavaScript; in development it is TypeScript, which tsx has to register in the worker.
import { existsSync } from 'node:fs';

const compiled = new URL('./annotateWorkerMain.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./annotateWorkerMain.ts', import.meta.url);
}
