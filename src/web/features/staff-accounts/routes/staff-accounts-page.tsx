import { App, Button, Card, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { ListFilters, SearchFilter, SelectFilter } from '../../../components/list-filters';
import { PagedTable } from '../../../components/paged-table';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { isAdminRole, STAFF_ROLES, type StaffAccount, type StaffAccountRole } from '../../../lib/contracts';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { oneOf, useListParams } from '../../../lib/use-list-params';
import { useStaffAccounts } from '../api/list-staff-accounts';
import { useDeactivateStaffAccount } from '../api/deactivate-staff-account';
import { useResetStaffTotp } from '../api/reset-staff-totp';
import { useUnlockStaffAccount } from '../api/unlock-staff-account';
import { accountLabel } from '../components/account-label';
import { CreateStaffAccountModal } from '../components/create-staff-account-modal';
import { GrantModal } from '../components/grant-modal';
import { ResetPasswordModal } from '../components/reset-password-modal';

const FILTER_KEYS = ['q', 'role'] as const;
const ROLE_FILTERS: readonly StaffAccountRole[] = ['unassigned', ...STAFF_ROLES];

type Dialog = 'grant' | 'password' | 'deactivate' | 'totp-reset';

/** Where an account works, on one line: its areas, station or institution. */
function scopeOf(account: StaffAccount): string {
  const parts = [...account.areas.map((area) => area.name), account.stationName, account.institutionName];
  return parts.filter(Boolean).join('、') || '—';
}

/**
 * The staff accounts, for the two administrators, each with only their own
 * actions (三员分立, ADR 0013): the system administrator creates accounts,
 * resets passwords and deactivates; the security administrator grants,
 * unlocks and resets authenticators. Administrator accounts are kept at
 * installation, so their rows carry no actions.
 */
export function StaffAccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe().data;
  const list = useListParams(FILTER_KEYS);
  const filters = {
    q: list.values.q,
    role: oneOf(ROLE_FILTERS, list.values.role),
    page: list.page,
    pageSize: list.pageSize,
  };
  const accounts = useStaffAccounts(filters);
  const [creating, setCreating] = useState(false);
  // What was asked stays while its dialog closes, so the title does not change mid-animation.
  const [acting, setActing] = useState<{ kind: Dialog; account: StaffAccount }>();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const target = acting?.account;
  const deactivate = useDeactivateStaffAccount();
  const resetTotp = useResetStaffTotp();
  const unlock = useUnlockStaffAccount();
  const sysadmin = me?.role === 'sysadmin';
  const secadmin = me?.role === 'secadmin';

  const open = (kind: Dialog, account: StaffAccount) => {
    setActing({ kind, account });
    setDialog(kind);
  };
  const close = () => setDialog(null);

  const onUnlock = (account: StaffAccount) =>
    unlock.mutate(account.id, {
      onSuccess: () => void message.success(t('staff.accounts.unlocked')),
      onError: (error) => void message.error(errorMessage(error)),
    });

  const actionsFor = (account: StaffAccount) => {
    if (isAdminRole(account.role) || account.id === me?.id) return null;
    const link = (label: string, onClick: () => void, danger = false) => (
      <Button type="link" size="small" danger={danger} onClick={onClick} style={{ paddingInline: 0 }}>
        {label}
      </Button>
    );
    return (
      <Space size="middle">
        {sysadmin && link(t('staff.accounts.resetPassword'), () => open('password', account))}
        {sysadmin && account.active && link(t('staff.accounts.deactivate'), () => open('deactivate', account), true)}
        {secadmin && link(t('staff.accounts.grant'), () => open('grant', account))}
        {secadmin && account.locked && link(t('staff.accounts.unlock'), () => onUnlock(account))}
        {secadmin &&
          account.totpEnabled &&
          link(t('staff.accounts.resetTotp'), () => open('totp-reset', account), true)}
      </Space>
    );
  };

  const columns: TableColumnsType<StaffAccount> = [
    {
      title: t('fields.username'),
      dataIndex: 'username',
      fixed: 'left',
      render: (username: string) => <span className="s-mono">{username}</span>,
    },
    { title: t('fields.name'), dataIndex: 'displayName' },
    {
      title: t('fields.role'),
      dataIndex: 'role',
      render: (role: StaffAccountRole) => (
        <Tag color={role === 'unassigned' ? 'orange' : 'blue'}>{t(`roles.${role}`)}</Tag>
      ),
    },
    { title: t('fields.scope'), key: 'scope', render: (_, row) => scopeOf(row) },
    {
      title: t('fields.status'),
      key: 'status',
      render: (_, row) => (
        <Space size={4} wrap>
          {row.active ? (
            <Tag color="green">{t('staff.accounts.statusActive')}</Tag>
          ) : row.role === 'unassigned' ? (
            <Tag color="orange">{t('staff.accounts.statusPending')}</Tag>
          ) : (
            <Tag>{t('staff.accounts.statusInactive')}</Tag>
          )}
          {row.locked && <Tag color="red">{t('staff.accounts.locked')}</Tag>}
          {row.totpEnabled && <Tag color="blue">{t('staff.accounts.totpOn')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('fields.createdAt'),
      dataIndex: 'createdAt',
      render: (at: string) => formatDateTime(at, currentLocale()),
    },
    { title: t('common.actions'), key: 'actions', fixed: 'right', render: (_, row) => actionsFor(row) },
  ];

  const resettingTotp = acting?.kind === 'totp-reset';
  const confirming = resettingTotp ? resetTotp : deactivate;

  return (
    <>
      <StaffPageHeader
        title={t('staff.accounts.title')}
        extra={
          sysadmin && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('staff.accounts.create')}
            </Button>
          )
        }
      />
      <Card>
        <ListFilters label={t('staff.accounts.filters')}>
          <SearchFilter
            id="accounts-q"
            label={t('staff.accounts.searchLabel')}
            placeholder={t('staff.accounts.searchPlaceholder')}
            value={list.values.q}
            onSearch={(q) => list.update({ q })}
          />
          <SelectFilter<StaffAccountRole>
            id="accounts-role"
            label={t('fields.role')}
            placeholder={t('staff.accounts.allRoles')}
            value={filters.role}
            options={ROLE_FILTERS.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            onChange={(role) => list.update({ role })}
          />
        </ListFilters>
        <PagedTable<StaffAccount> query={accounts} columns={columns} paging={list} />
      </Card>

      {sysadmin && (
        <>
          <CreateStaffAccountModal
            open={creating}
            onClose={() => setCreating(false)}
            // The list runs oldest first; show the new account where it can be seen.
            onSaved={(account) => list.update({ q: account.username, role: undefined })}
          />
          <ResetPasswordModal open={dialog === 'password'} account={target} onClose={close} />
        </>
      )}
      {secadmin && <GrantModal open={dialog === 'grant'} account={target} onClose={close} />}
      <ConfirmModal
        open={dialog === 'deactivate' || dialog === 'totp-reset'}
        title={
          target
            ? t(resettingTotp ? 'staff.accounts.resetTotpTitle' : 'staff.accounts.deactivateTitle', {
                name: accountLabel(target),
              })
            : ''
        }
        okText={resettingTotp ? t('staff.accounts.resetTotp') : t('staff.accounts.deactivate')}
        danger
        pending={confirming.isPending}
        error={confirming.error}
        onConfirm={() => {
          if (!target) return;
          confirming.mutate(target.id, {
            onSuccess: () => {
              void message.success(t(resettingTotp ? 'staff.accounts.totpReset' : 'staff.accounts.deactivated'));
              close();
            },
          });
        }}
        onClose={close}
        afterClose={() => {
          deactivate.reset();
          resetTotp.reset();
        }}
      >
        {resettingTotp ? t('staff.accounts.resetTotpBody') : t('staff.accounts.deactivateBody')}
      </ConfirmModal>
    </>
  );
}
