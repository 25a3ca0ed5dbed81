import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import './boot-screens.css';

/** Shown while a shell's bundle downloads; deliberately free of either UI kit. */
export function BootScreen() {
  const { t } = useTranslation();
  return (
    <main className="boot">
      <h1 className="boot__title">{t('common.appName')}</h1>
      <p role="status">{t('common.loading')}</p>
    </main>
  );
}

/**
 * The last line of defence: a render error or a bundle that failed to
 * download (typically a deploy replaced it while the page was open).
 */
export function RouteErrorScreen() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main className="boot">
      <h1 className="boot__title">{t('common.errors.crashTitle')}</h1>
      <p>{t('common.errors.crashBody')}</p>
      <button type="button" className="boot__button" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </main>
  );
}
