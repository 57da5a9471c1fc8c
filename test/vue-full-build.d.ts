// Vue's full build (runtime and template compiler) has the runtime's API.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
