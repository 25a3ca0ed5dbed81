import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the tab and to screen readers on navigation. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  const app = t('common.appName');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
