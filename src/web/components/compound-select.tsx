import { Select } from 'antd';
import { useMemo } from 'react';
import type { CompoundGroup } from '../lib/areas';

/** Compounds (小区) the officer may register people in, grouped under their community (staff console; phones use CompoundNativeSelect). */
export function CompoundSelect({
  id,
  value,
  onChange,
  groups,
  placeholder,
  loading,
}: {
  id?: string;
  value?: number | null;
  onChange?: (value: number) => void;
  groups: CompoundGroup[];
  placeholder?: string;
  loading?: boolean;
}) {
  const options = useMemo(
    () =>
      groups.map(({ community, compounds }) => ({
        label: community.name,
        title: community.name,
        options: compounds.map((compound) => ({
          value: compound.id,
          label: compound.name,
          search: `${community.name} ${compound.name}`,
        })),
      })),
    [groups],
  );
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={onChange}
      options={options}
      placeholder={placeholder}
      loading={loading}
      showSearch={{ optionFilterProp: 'search' }}
    />
  );
}
