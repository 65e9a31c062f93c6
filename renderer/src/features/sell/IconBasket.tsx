import { Icon, type IconProps } from '../../components/Icons';

/** The Sell nav icon: a shopping basket. */
export function IconBasket(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3 9h18l-1.8 9.2A2 2 0 0 1 17.2 20H6.8a2 2 0 0 1-2-1.8z" />
      <path d="M8 9l3-5M16 9l-3-5M9 13v3M15 13v3" />
    </Icon>
  );
}
