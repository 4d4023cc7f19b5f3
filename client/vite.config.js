// Vite configuration of the browser bundle: client/editor/main.ts → editor.js (one ES module,
// no hash in the name: assets.ts editorScript() versions its address by content). Built by
// scripts/build-client.js into src/web/static/build/, served under /static/build/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  publicDir: false,
  logLevel: 'warn',
  clearScreen: false,
  build: {
    outDir: path.join(here, '..', 'src', 'web', 'static', 'build'),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    modulePreload: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { editor: path.join(here, 'editor', 'main.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name][extname]' },
    },
  },
});
