// The project's WXT config, building into bench/out/build instead of .output: tests and the demo rebuild
// .output (emptying it first) at any moment, and the benchmark must measure one whole, unchanging build.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import base from '../wxt.config';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default { ...base, root, outDir: 'bench/out/build' };
