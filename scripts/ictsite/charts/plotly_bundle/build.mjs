// Builds docs/assets/vendor/plotly-bar-<version>.min.js from entry.js with esbuild.
//   npm ci --prefix scripts/node && node scripts/ictsite/charts/plotly_bundle/build.mjs
// Reproducible: pinned plotly.js and esbuild (scripts/node/package-lock.json), no timestamps,
// and the header records the versions and the entry's SHA-256. --check rebuilds in memory and
// fails if the committed file differs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');
const nodeModules = join(repo, 'scripts/node/node_modules');
const require = createRequire(join(nodeModules, 'noop.js'));
const esbuild = require('esbuild');
const plotlyPkg = require('plotly.js/package.json');
const esbuildPkg = require('esbuild/package.json');

const entry = join(here, 'entry.js');
const out = join(repo, `docs/assets/vendor/plotly-bar-${plotlyPkg.version}.min.js`);
const entrySha = createHash('sha256').update(readFileSync(entry)).digest('hex');

const result = await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'Plotly',
  target: 'es2017',
  platform: 'browser',
  nodePaths: [nodeModules],
  // as plotly.js's own esbuild-config.js
  define: { global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false' },
  // registry.js requires maplibre's CSS for map traces, which this bundle does not register
  loader: { '.css': 'empty' },
  legalComments: 'eof',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
});

const header = `/*! plotly.js v${plotlyPkg.version} partial bundle (traces: bar; components: annotations, selections, shapes, legend, fx, modebar)
 * GENERATED FILE, do not edit. Rebuild: npm ci --prefix scripts/node && node ${relative(repo, join(here, 'build.mjs'))}
 * Source: npm plotly.js@${plotlyPkg.version} (MIT, Copyright 2012-2026 Plotly, Inc.), bundled by esbuild@${esbuildPkg.version}
 * Entry: ${relative(repo, entry)} sha256:${entrySha}
 * Third-party licence notices are kept at the end of this file. */
`;
const code = header + result.outputFiles[0].text;

if (process.argv.includes('--check')) {
  const committed = readFileSync(out, 'utf8');
  if (committed !== code) {
    console.error(`${relative(repo, out)} differs from a fresh build; rerun without --check`);
    process.exit(1);
  }
  console.log(`${relative(repo, out)} matches a fresh build`);
} else {
  writeFileSync(out, code);
  console.log(`wrote ${relative(repo, out)} (${code.length} bytes)`);
}
