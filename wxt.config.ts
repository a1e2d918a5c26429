import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Manifest and build settings for both browsers. Per-browser differences live here, not in code.
//
// Permissions (each explained in README.md, "Permissions"):
// - storage:   the settings (storage.local) and each tab's verdict (storage.session, survives the MV3
//              service worker sleeping; memory only, gone when the browser closes).
// - scripting: inject the scanner into a frame once its gate says go (not on official or trusted sites), and
//              the in-page warning UI only when that frame needs it, so neither is in the content script that
//              every frame of every page runs while it loads.
// - alarms:    the end of a meeting window re-checks open tabs; a timer would die with the sleeping MV3 worker.
// - host access to http/https pages (host_permissions in MV3, folded into permissions by WXT for MV2): the
//              content script's matches already ask for exactly this; executeScript needs it as a host permission.
// Nothing else: no tabs (tabs.onUpdated's status is enough to clear a badge), no webNavigation, no activeTab.
const GECKO_ID = 'fanzha-guard@fanzha.example';

// Content scripts run on every page and must stay small (≤ 20 KB gzipped: the two in the manifest and the
// scanner, which the background injects into every frame the gate lets through). In those builds only:
// - `wxt/browser` is the browsers' own promise-based namespace (src/platform/content-browser.ts) instead of
//   webextension-polyfill (~3 KB gzipped); WXT's content-script runtime imports that name itself.
// - WXT's ContentScriptContext is replaced by src/platform/content-context.ts (~0.9 KB gzipped less), which
//   has every member the content script uses.
// Every other build (background, popup, options, the injected warning UI) keeps WXT's and the polyfill.
/** The unlisted script that is a content script in all but name (src/entrypoints/scanner/). */
const SCANNER = 'scanner';
const fromHere = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const CONTENT_SCRIPT_ALIASES = [
  { find: /^wxt\/browser$/, replacement: fromHere('./src/platform/content-browser.ts') },
  { find: /^wxt\/utils\/content-script-context$/, replacement: fromHere('./src/platform/content-context.ts') },
];

export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.name === SCANNER)) return;
      config.resolve ??= {};
      const { alias } = config.resolve;
      const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      // Entries are tried in order: ours come first.
      config.resolve.alias = [...CONTENT_SCRIPT_ALIASES, ...rest];
      // Content scripts load on every page and live under a 20 KB gzip budget (npm run size:content): terser's
      // three compress passes save about 1 KB gzipped over the default minifier (a third pass: 155 B). Other entrypoints keep esbuild.
      // Vite turns on terser's Safari 10 workarounds (no name reused in a loop, an await quirk); we ship to Chrome
      // and Firefox only, and without them scanner.js is about 60 B gzipped smaller. hoist_funs (function declarations
      // moved to the top of their function, where JavaScript hoists them anyway: no change in what runs) saves
      // scanner.js another 62 B; terser leaves it off by default because it often costs gzip, here it pays.
      config.build ??= {};
      config.build.minify = 'terser';
      config.build.terserOptions = { compress: { passes: 3, hoist_funs: true }, safari10: false };
    },
  },
  // The Firefox sources zip is for add-on review: source and config only, never generated output
  // (the same folders .gitignore leaves out).
  zip: {
    excludeSources: ['bench/out/**', 'test-results/**', 'playwright-report/**', 'demo-output/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'alarms'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The toolbar button carries the per-tab badge even before (or without) a popup.
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // We need storage.session in MV2 and scripting.executeScript (Firefox 115+); the data-collection
              // declaration below is understood from Firefox 140 (ESR 140), so that is the floor.
              strict_min_version: '140.0',
              // We collect and transmit nothing. Firefox asks every new extension to say so (MV2 and MV3).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
