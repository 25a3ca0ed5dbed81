import i18n from '../../../lib/i18n';
import type { StaffAccount } from '../../../lib/contracts';

/** An account as the dialogs about it name it: the person and the username. */
export function accountLabel(account: Pick<StaffAccount, 'displayName' | 'username'>): string {
  return i18n.t('staff.accounts.who', { name: account.displayName, username: account.username });
}
