import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls sideways inside this region, which the keyboard can reach
 * (a scrollable region must be focusable, WCAG 2.1.1), instead of inside the table's own container.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="st-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
