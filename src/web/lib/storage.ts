/**
 * localStorage that never throws: private browsing and locked-down WebViews
 * refuse storage, and a preference is not worth a crash.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Preferences then last only for this page's lifetime.
  }
}

export const STORAGE_KEYS = {
  locale: 'sqwy.locale',
  elderMode: 'sqwy.elderMode',
} as const;
