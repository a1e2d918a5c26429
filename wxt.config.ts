import { defineConfig } from 'wxt';

// Manifest and build settings for both browsers. Per-browser differences live here, not in code.
export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
  },
});
