import { Icon, type IconProps } from '../../components/Icons';

/** The Reports nav icon: a bar chart. */
export function IconChart(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 20h16M7 16v-5M12 16V6M17 16v-8" />
    </Icon>
  );
}
