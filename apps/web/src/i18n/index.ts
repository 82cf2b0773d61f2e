import type { ConfigProviderProps } from 'antd';
// The ES build: `antd/locale/*` is CommonJS and would drag antd's whole CommonJS build along.
import antdZhCN from 'antd/es/locale/zh_CN';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Resources, zhCN } from './zh-CN/index.ts';

// Typed keys: a misspelt or missing key is a compile error, not a blank label at run time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

/**
 * The languages the UI ships. Adding English means adding an `en-US` folder typed `Resources`
 * and one entry here, one in `antdLocales` below and one in `mobile/setup.ts` for the component
 * libraries' own strings (pagination, empty states, modal buttons).
 */
export const languages = {
  'zh-CN': zhCN,
} satisfies Record<string, Resources>;
export type Language = keyof typeof languages;
export const defaultLanguage: Language = 'zh-CN';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/** antd's own strings; antd-mobile's live in `mobile/setup.ts` so the console never loads it. */
export const antdLocales: Record<Language, AntdLocale> = {
  'zh-CN': antdZhCN,
};

void i18n.use(initReactI18next).init({
  resources: languages,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: Object.keys(languages),
  ns: Object.keys(zhCN),
  defaultNS: 'common',
  // React escapes text itself; escaping again would show entities on screen.
  interpolation: { escapeValue: false },
  initAsync: false,
});

// index.html carries the Chinese title and lang for the first paint; these follow the language.
function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('appTitle');
}
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? defaultLanguage;
  return lng in languages ? (lng as Language) : defaultLanguage;
}

export { i18n };
