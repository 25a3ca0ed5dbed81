/** What the rest of the server may call in the accounts domain. */
export { accountsRoutes } from './accounts.routes';
export { staffAccountsRoutes } from './staff-accounts.routes';
export { loadActor } from './accounts.service';
