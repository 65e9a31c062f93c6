import { Icon, type IconProps } from '../../components/Icons';

/** Nav icon of the Returns section: an arrow going back. */
export function IconReturn(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Icon>
  );
}
