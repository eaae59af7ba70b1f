import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

const api = 'http://127.0.0.1:8787'

export default defineConfig({
  plugins: [
    react(),
    // The staff app's service worker (src/pwa/sw.ts → /sw.js). The manifest is a static file
    // (public/manifest.webmanifest) linked by staff pages only, so that the public map stays a
    // plain page; registration is ours too (src/pwa/register.ts), never injected into index.html.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // The app shell: every built script, style and page, the icons and the neighbours' land.
        globPatterns: ['**/*.{js,mjs,css,html,png,geojson,webmanifest}'],
        // MapLibre's chunk is ~1 MB; the whole shell stays under ~4 MB.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  server: {
    proxy: { '/api': api, '/tiles': api },
    // The annex CSV lives in the repository's data/ folder.
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // MapLibre (~1 MB) and deck.gl (~0.8 MB) are large by nature; they get their own long-cached chunks.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper is needed by the entry; left alone it lands in a vendor chunk.
            { name: 'vite-runtime', test: /preload-helper/, priority: 10 },
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'deckgl', test: /node_modules[\\/]@(deck|luma|math|loaders|probe)\.gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
    sourcemap: false,
    // dist/.vite/manifest.json: the route → chunk graph the bundle test checks.
    manifest: true,
  },
})
