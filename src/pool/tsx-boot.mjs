// Starts a TypeScript worker when Liaison runs from source (`npm start` is tsx): a worker thread does
// not inherit tsx's loader, so it is registered here first. From dist/ the pool starts worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
