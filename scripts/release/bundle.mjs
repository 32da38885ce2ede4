// esbuild bundles of the release: the Node server (with the web client and migrations inside, see
// embedded-server-files.mjs) and the CLI, each as an ES module for a Node that people bring, or as CommonJS for a
// single executable (Node's SEA runs one CommonJS script).
import { join } from 'node:path';
import { build } from 'esbuild';
import { embeddedServerFilesSource } from './embedded-server-files.mjs';

/** `import.meta.url`-free `require` for the CommonJS code that dependencies carry, in an ES module bundle. */
const ESM_BANNER =
  "import { createRequire as __hushlinkCreateRequire } from 'node:module';\nconst require = __hushlinkCreateRequire(import.meta.url);";

function common(format, outfile, target) {
  return {
    bundle: true,
    platform: 'node',
    target,
    format,
    outfile,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    // The same bytes for the same sources: no absolute paths or dates in the output.
    sourcemap: false,
    banner: format === 'esm' ? { js: `#!/usr/bin/env node\n${ESM_BANNER}` } : { js: '#!/usr/bin/env node' },
  };
}

/** Bundles apps/api/src/node-server.ts, the checkout's server-files module replaced by the embedded one. */
export async function bundleServer({ root, format, outfile }) {
  const serverFilesPath = join(root, 'apps/api/src/node/server-files.ts');
  const embedded = embeddedServerFilesSource({
    webRoot: join(root, 'apps/web/dist'),
    migrationsRoot: join(root, 'migrations'),
    sqliteMigrationsPath: join(root, 'apps/api/src/db/sqlite-migrations.ts'),
  });
  await build({
    ...common(format, outfile, 'node22.5'),
    entryPoints: [join(root, 'apps/api/src/node-server.ts')],
    absWorkingDir: root,
    plugins: [
      {
        name: 'embedded-server-files',
        setup(pluginBuild) {
          pluginBuild.onLoad({ filter: /server-files\.ts$/ }, (args) =>
            args.path === serverFilesPath
              ? { contents: embedded, loader: 'js', resolveDir: join(root, 'apps/api/src/node') }
              : undefined,
          );
        },
      },
    ],
  });
}

/** Bundles the CLI (apps/cli/src/main.ts and everything it uses: @hushlink/*, zod, libsodium) for Node 20+. */
export async function bundleCli({ root, format, outfile }) {
  await build({
    ...common(format, outfile, 'node20'),
    stdin: {
      contents:
        "import { runCli } from './src/main.ts';\nrunCli(process.argv.slice(2)).then((code) => process.exit(code));\n",
      resolveDir: join(root, 'apps/cli'),
      sourcefile: 'hushlink-entry.ts',
      loader: 'ts',
    },
    absWorkingDir: root,
  });
}
