// Worker-thread entry: the project runs its TypeScript through tsx, which a worker has to
// register for itself before it can load the annotator.
import { tsImport } from 'tsx/esm/api';

await tsImport('./annotateWorkerMain.ts', import.meta.url);
