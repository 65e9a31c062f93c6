import { Icon, type IconProps } from '../../components/Icons';

/** The Catalog nav icon: a box. */
export function IconBox(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3 7.5 12 3l9 4.5v9L12 21l-9-4.5zM3 7.5l9 4.5 9-4.5M12 12v9" />
    </Icon>
  );
}
