import { type ConfigProviderProps, unstableSetRender } from 'antd-mobile';
import mobileZhCN from 'antd-mobile/es/locales/zh-CN';
import { createRoot, type Root } from 'react-dom/client';
import type { Language } from '../i18n/index.ts';

/** What antd-mobile needs before the phone pages first render; imported once by MobileRoutes. */

type MobileLocale = NonNullable<ConfigProviderProps['locale']>;

/** antd-mobile's own strings in each shipped language (see i18n/index.ts for antd's). */
export const mobileLocales: Record<Language, MobileLocale> = {
  'zh-CN': mobileZhCN,
};

const roots = new WeakMap<Element | DocumentFragment, Root>();

/**
 * antd-mobile 5 mounts its imperative pop-ups (Toast, Dialog.show) with the pre-19
 * `ReactDOM.render`, which React 19 removed; this hands it React 19's root API instead
 * (https://mobile.ant.design/guide/v5-for-19).
 */
unstableSetRender((node, container) => {
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  root.render(node);
  return async () => {
    // Let a closing animation finish its frame before the root goes away.
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});
