import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://127.0.0.1:3000';

const antdPackages =
  /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|@emotion|stylis|scroll-into-view-if-needed|compute-scroll-into-view|throttle-debounce)[\\/]/;

/**
 * Vendor chunks by audience. The sign-in page is the first screen on a phone, so it loads only
 * the part of antd it needs (`antd`); the console's tables, menus and trees come with the console
 * (`antd-console`), and antd-mobile only with the phone pages.
 */
const vendorGroups = [
  {
    name: 'react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
    priority: 50,
  },
  {
    name: 'antd-mobile',
    test: /[\\/]node_modules[\\/](antd-mobile[\w-]*|@react-spring|@use-gesture|ahooks|rc-[\w-]+|runes2|staged-components|@floating-ui|lodash|js-cookie)[\\/]/,
    priority: 40,
  },
  { name: 'antd', test: antdPackages, tags: ['$initial' as const], priority: 30 },
  { name: 'antd-console', test: antdPackages, priority: 20 },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd's initial part is about 520 kB before gzip; warn only if it grows well past that.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': server,
      '/healthz': server,
      '/readyz': server,
    },
  },
});
