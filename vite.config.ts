import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app lives in src/web so the repository root stays the server's;
// the server serves dist/web with an SPA fallback for every non-/api path.
export default defineConfig({
  root: fromRoot('./src/web'),
  // Each text file also gets .br and .gz beside it, compressed once at the highest
  // levels here, so the server sends them as they are (@fastify/static preCompressed)
  // instead of compressing on every request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    // Each page is its own chunk (lib/lazy-page.ts); the manifest lets the bundle
    // budget (tests/e2e/bundle-budget.test.ts) follow what a first load downloads.
    manifest: true,
    // ECharts' renderer (zrender) is a chunk of its own beside the charts, so neither passes
    // the bundle budget's 500 kB; both load only when the dashboard draws its first chart.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ }] } },
    },
  },
  server: {
    // API_ORIGIN lets a second checkout's dev server talk to its own API process.
    proxy: { '/api': process.env.API_ORIGIN ?? 'http://127.0.0.1:3000' },
  },
});
