import { Icon, type IconProps } from '../../components/Icons';

/** The Shifts nav icon: a cash drawer. */
export function IconDrawer(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="3" y="4" width="18" height="8" rx="1.5" />
      <path d="M3 12v6.5A1.5 1.5 0 0 0 4.5 20h15a1.5 1.5 0 0 0 1.5-1.5V12M10 16h4" />
    </Icon>
  );
}
