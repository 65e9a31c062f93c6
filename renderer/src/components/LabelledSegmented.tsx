import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

type Props<V extends string> = {
  label: string;
  value: V;
  data: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  disabled?: boolean;
};

/** A SegmentedControl (a radio group) with a visible label that names the group. */
export function LabelledSegmented<V extends string>({ label, value, data, onChange, disabled }: Props<V>) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text id={id} component="div" size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value}
        data={data.map((item) => ({ value: item.value, label: item.label }))}
        onChange={(next) => {
          const match = data.find((item) => item.value === next);
          if (match !== undefined) onChange(match.value);
        }}
        disabled={disabled ?? false}
        fullWidth
      />
    </Stack>
  );
}
