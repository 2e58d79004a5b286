// Bundles the diagram client for the SWT Browser (and the browser tests) into ../web-gen/ (build output, not committed).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'web-gen');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2019'],
  outfile: join(out, 'diagram.js'),
  sourcemap: false,
  minify: true,
  legalComments: 'external',
  logLevel: 'warning',
  loader: { '.css': 'css', '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' }
});
copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
console.log('diagram client written to ' + out);
