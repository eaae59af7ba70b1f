import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const api = 'http://127.0.0.1:8787'

export default defineConfig({
  plugins: [react()],
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
