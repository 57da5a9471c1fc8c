// The Vite host (Vite 8): a Svelte 5 page, a Vue 3 page and a plain page that
// imports ab-registration/bundle, each built by the framework's own plugin.
// `vite preview` forwards the endpoint to the reference endpoint (same origin,
// as a vendor's own backend would be).
import {svelte} from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';
import {defineConfig} from 'vite';

export default defineConfig({
  plugins: [svelte(), vue({template: {compilerOptions: {isCustomElement: (tag) => tag === 'ab-registration'}}})],
  build: {rollupOptions: {input: {svelte: 'svelte.html', vue: 'vue.html', bundle: 'bundle.html'}}},
  preview: {proxy: {'/punchout/amazon-business': process.env.AB_ENDPOINT_ORIGIN ?? 'http://127.0.0.1:9'}},
});
