import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * The 代办 an officer can do for a resident (SPEC §3.2 Assisted service), from her page or her whole file:
 * each opens its capability's 代办 screen for her.
 */
export function AssistedActions({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const items = [
    { key: `/staff/jobs-assisted/${residentId}`, label: t('assisted.menu.jobs') },
    { key: `/staff/piecework/assisted/${residentId}`, label: t('assisted.menu.piecework') },
    { key: `/staff/benefits/assisted/${residentId}`, label: t('assisted.applyPolicy') },
    { key: `/staff/stations/assisted/${residentId}`, label: t('assisted.menu.stations') },
  ];
  return (
    <Dropdown menu={{ items, onClick: ({ key }) => void navigate(key) }} trigger={['click']}>
      <Button>
        {t('assisted.menu.title')} <span aria-hidden="true">▾</span>
      </Button>
    </Dropdown>
  );
}
