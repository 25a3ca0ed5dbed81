import { useEffect } from 'react';

/**
 * Moving between the phone app and the staff console reloads the page, so
 * each keeps only its own UI kit's global styles (antd-mobile's CSS
 * variables and base rules would otherwise linger in the console).
 */
export function CrossShellRedirect({ to }: { to: string }) {
  useEffect(() => {
    window.location.replace(to);
  }, [to]);
  return null;
}
