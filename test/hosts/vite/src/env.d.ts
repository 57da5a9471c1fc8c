declare module '*.vue' {
  import type {DefineComponent} from 'vue';
  const component: DefineComponent<{email: string; csrfToken: string}>;
  export default component;
}
