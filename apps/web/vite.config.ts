import { defineConfig } from 'vite';
import { pageIntegrity } from './build/page-integrity.ts';

/** Chunk names people can read in dist/ and in the network panel, instead of the folder a chunk came from. */
function chunkFileName(chunk: { name: string; facadeModuleId: string | null }): string {
  const module = chunk.facadeModuleId ?? '';
  if (module.includes('/packages/envelope/')) return 'assets/envelope-[hash].js';
  if (module.includes('/libsodium-wrappers-sumo/')) return 'assets/libsodium-sumo-[hash].js';
  return 'assets/[name]-[hash].js';
}

// The build is served by the Worker as static assets (wrangler.toml `[assets]`), with `_headers` for the CSP;
// every script is pinned by its SHA-256 in the page (build/page-integrity.ts).
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser we support has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // Nothing is inlined as a data: URL; every asset is a file under /assets with an immutable cache.
    assetsInlineLimit: 0,
    // libsodium's sumo build (Argon2id, loaded only for passphrases) is one indivisible ~530 kB chunk.
    chunkSizeWarningLimit: 600,
    rolldownOptions: { output: { chunkFileNames: chunkFileName } },
  },
  // The file worker (src/files/file-worker.ts) is a module worker: it loads the envelope and libsodium chunks with
  // dynamic imports, as the page does.
  worker: { format: 'es', rolldownOptions: { output: { chunkFileNames: chunkFileName } } },
  plugins: [pageIntegrity()],
});
