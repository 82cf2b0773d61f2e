import { useQuery } from '@tanstack/react-query';
import { CascadePicker } from 'antd-mobile';
import { useState } from 'react';
import { regionsApi } from '../api/client.ts';

/** District then street of Beijing, from the public region tree: [districtCode, streetCode]. */
export function RegionField({
  value,
  onChange,
  placeholder,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  placeholder: string;
}) {
  const [open, setOpen] = useState(false);
  const tree = useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => regionsApi.tree(signal),
    staleTime: Infinity,
  });
  const options =
    tree.data?.districts.map((d) => ({
      label: d.name,
      value: d.code,
      children: d.streets.map((s) => ({ label: s.name, value: s.code })),
    })) ?? [];
  const district = tree.data?.districts.find((d) => d.code === value?.[0]);
  const street = district?.streets.find((s) => s.code === value?.[1]);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        style={{ all: 'unset', width: '100%', cursor: 'pointer', color: street ? undefined : '#999' }}
      >
        {street ? `${district?.name} ${street.name}` : placeholder}
      </button>
      <CascadePicker
        options={options}
        visible={open}
        value={value ?? []}
        onClose={() => setOpen(false)}
        onConfirm={(v) => onChange?.(v.filter((x): x is string => typeof x === 'string'))}
      />
    </>
  );
}
