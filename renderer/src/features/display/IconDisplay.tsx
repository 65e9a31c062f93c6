import { Icon, type IconProps } from '../../components/Icons';

/** Nav icon of the customer display section: a screen on a stand, facing out. */
export function IconDisplay(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M12 16v4M8 20h8" />
    </Icon>
  );
}
