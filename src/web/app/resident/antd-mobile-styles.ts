/**
 * Every antd-mobile component's stylesheet, loaded with the resident shell and before
 * resident.css. Pages load on first visit (lib/lazy-page.ts); a component's CSS arriving
 * with a later page would land after resident.css and undo its overrides at equal
 * specificity (the checkboxes' visually-hidden native inputs, elder mode's sizes).
 * The bundle budget test keeps the first load within 250 kB gzip with them.
 */
// The *.patch.css files are antd-mobile's fallback for browsers without CSS variables: they hard-code
// the default palette over the one resident.css sets, so they are left out.
import.meta.glob(
  [
    '../../../../node_modules/antd-mobile/es/components/*/*.css',
    '!../../../../node_modules/antd-mobile/es/components/*/*.patch.css',
  ],
  { eager: true },
);
