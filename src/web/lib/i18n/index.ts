import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../contracts';
import { readStored, STORAGE_KEYS } from '../storage';
import en from './en';
import zhCN from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** zh-CN unless this device remembers another choice (SPEC §4: zh-CN first). */
export function storedLocale(): Locale | null {
  const stored = readStored(STORAGE_KEYS.locale);
  return isLocale(stored) ? stored : null;
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

function reflectOnDocument(locale: string) {
  // Absent only when unit tests import this module under Node.
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

i18n.on('languageChanged', reflectOnDocument);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLocale() ?? 'zh-CN',
  fallbackLng: 'zh-CN',
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

reflectOnDocument(currentLocale());

export default i18n;
