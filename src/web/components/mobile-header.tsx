import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChevronLeftIcon } from './icons';

/** The phone app's title bar; its title is the page's one <h1>. */
export function MobileHeader({ title, backTo }: { title: string; backTo?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <header className="m-header">
      {backTo !== undefined && (
        <button
          type="button"
          className="m-header__back"
          aria-label={t('common.back')}
          onClick={() => void navigate(backTo)}
        >
          <ChevronLeftIcon size={24} />
        </button>
      )}
      <h1 className="m-header__title">{title}</h1>
    </header>
  );
}
