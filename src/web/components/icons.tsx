/**
 * A handful of line icons drawn inline, so neither app pulls an icon font
 * or a package for a dozen glyphs. Decorative by default: the text next to
 * them names the thing.
 */
import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number | string };

function icon(paths: string[]) {
  return function Icon({ size = '1em', ...props }: IconProps) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...props}
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const HomeIcon = icon(['M3 11.5 12 4l9 7.5', 'M5.5 9.5V20h13V9.5', 'M10 20v-5.5h4V20']);
export const UserIcon = icon(['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M4 20.5c.8-3.8 4-6 8-6s7.2 2.2 8 6']);
export const BriefcaseIcon = icon(['M3.5 8h17v11.5h-17z', 'M9 8V5.5h6V8', 'M3.5 13h17']);
export const FactoryIcon = icon(['M3 20V10l5 3V10l5 3V6h4l1 14z', 'M3 20h18', 'M7 17h2', 'M12 17h2']);
export const BankIcon = icon([
  'M3 9.5 12 4l9 5.5',
  'M4.5 9.5h15',
  'M6 10v7.5',
  'M10 10v7.5',
  'M14 10v7.5',
  'M18 10v7.5',
  'M3.5 20h17',
]);
export const PolicyIcon = icon(['M6 3.5h9l3.5 3.5v13.5H6z', 'M15 3.5V7h3.5', 'M9 11.5h6', 'M9 15h6']);
export const CalendarIcon = icon(['M4 6h16v14H4z', 'M4 10h16', 'M8.5 3.5v4', 'M15.5 3.5v4', 'M8 14h2', 'M14 14h2']);
export const BuildingIcon = icon(['M5 20.5V4h9v16.5', 'M14 9h5v11.5', 'M3 20.5h18', 'M8 8h3', 'M8 12h3', 'M8 16h3']);
export const ChevronLeftIcon = icon(['M15 5l-7 7 7 7']);
export const ChevronRightIcon = icon(['M9 5l7 7-7 7']);
export const TeamIcon = icon([
  'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z',
  'M2.5 20c.6-3.4 3.2-5.5 6.5-5.5s5.9 2.1 6.5 5.5',
  'M16 4.5a3.5 3.5 0 0 1 0 6.5',
  'M18 14.8c2 .7 3.2 2.5 3.5 5.2',
]);
export const MapIcon = icon(['M3.5 6.5 9 4l6 2.5 5.5-2.5v13.5L15 20l-6-2.5-5.5 2.5z', 'M9 4v13.5', 'M15 6.5V20']);
export const ShieldIcon = icon([
  'M12 3.5 19.5 6v6c0 4.3-3.1 7.4-7.5 8.5-4.4-1.1-7.5-4.2-7.5-8.5V6z',
  'M8.8 12l2.2 2.2 4.2-4.4',
]);
export const ShopIcon = icon([
  'M4 9.5 5.5 4h13L20 9.5',
  'M4 9.5c0 1.4 1.1 2.5 2.7 2.5s2.6-1.1 2.6-2.5c0 1.4 1.1 2.5 2.7 2.5s2.7-1.1 2.7-2.5c0 1.4 1 2.5 2.6 2.5S20 10.9 20 9.5',
  'M5.5 12v8h13v-8',
  'M10 20v-4.5h4V20',
]);
export const IdCardIcon = icon([
  'M3.5 5.5h17v13h-17z',
  'M9 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  'M5.8 16c.4-1.6 1.6-2.5 3.2-2.5s2.8.9 3.2 2.5',
  'M14.5 10h3.5',
  'M14.5 13.5h3.5',
]);
export const SettingsIcon = icon([
  'M4 7h10',
  'M18 7h2',
  'M4 17h2',
  'M10 17h10',
  'M16 9.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
  'M8 19.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
]);
export const BellIcon = icon(['M6 16.5V11a6 6 0 1 1 12 0v5.5l1.5 2h-15z', 'M10 20.5a2 2 0 0 0 4 0']);
export const UploadIcon = icon(['M12 15.5V4', 'M7.5 8.5 12 4l4.5 4.5', 'M4 14.5V20h16v-5.5']);
export const ChartIcon = icon(['M4 20h16', 'M7 16v-5', 'M12 16V7', 'M17 16v-8']);
export const KeyIcon = icon(['M8 15.5a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M11.5 11.5H21', 'M18 11.5v3', 'M15 11.5v2']);
