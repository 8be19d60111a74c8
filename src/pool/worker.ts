// A worker thread of the pool: builds its own knowledge search (so it follows hot reloads of the
// index) and skills from the setup the pool passes, through the same factory as every entry point.
import { workerData } from 'node:worker_threads';
import { createLogger } from '../log.js';
import { createInProcessWork } from '../services.js';
import type { WorkerSetup } from './protocol.js';
import { serveWork } from './serve.js';

const setup = workerData as WorkerSetup;
serveWork(createInProcessWork(setup, createLogger(setup.logLevel).child({ thread: 'worker' })));
