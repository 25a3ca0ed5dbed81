/**
 * Language and elder mode live on the device first (so they apply on the
 * sign-in screen and survive sign-out) and are mirrored to the account once
 * signed in (so they follow the person to another phone).
 */
import { useSyncExternalStore } from 'react';
import type { Locale } from './contracts';
import i18n from './i18n';
import { readStored, STORAGE_KEYS, writeStored } from './storage';

export function storedElderMode(): boolean | null {
  const stored = readStored(STORAGE_KEYS.elderMode);
  return stored === null ? null : stored === 'true';
}

let elderMode = storedElderMode() ?? false;
const listeners = new Set<() => void>();

export function setElderMode(on: boolean): void {
  writeStored(STORAGE_KEYS.elderMode, String(on));
  if (elderMode === on) return;
  elderMode = on;
  for (const listener of listeners) listener();
}

export function useElderMode(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => elderMode,
  );
}

export function setLocale(locale: Locale): void {
  writeStored(STORAGE_KEYS.locale, locale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
