import { CascadePicker } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompoundGroup } from '../../../lib/areas';

/**
 * Picks a compound (小区) in two steps, community then compound, the way a
 * resident thinks of where they live. The trigger is a real button so the
 * form label points at something focusable.
 */
export function CompoundField({
  id,
  value,
  onChange,
  groups,
}: {
  id?: string;
  value?: number | null;
  onChange?: (value: number) => void;
  groups: CompoundGroup[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  const options = useMemo(
    () =>
      groups.map(({ community, compounds }) => ({
        label: community.name,
        value: String(community.id),
        children: compounds.map((compound) => ({ label: compound.name, value: String(compound.id) })),
      })),
    [groups],
  );

  const selected = findCompound(groups, value);

  return (
    <>
      <button type="button" id={id} className="m-picker-trigger" onClick={() => setOpen(true)}>
        {selected ? (
          `${selected.community.name} · ${selected.compound.name}`
        ) : (
          <span className="m-muted">{t('resident.profile.compoundPlaceholder')}</span>
        )}
      </button>
      <CascadePicker
        title={t('fields.compound')}
        options={options}
        visible={open}
        value={selected ? [String(selected.community.id), String(selected.compound.id)] : []}
        confirmText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onClose={() => setOpen(false)}
        onConfirm={(picked) => {
          const compoundId = Number(picked[1]);
          if (Number.isInteger(compoundId) && compoundId > 0) onChange?.(compoundId);
        }}
      />
    </>
  );
}

function findCompound(groups: CompoundGroup[], id: number | null | undefined) {
  for (const { community, compounds } of groups) {
    const compound = compounds.find((c) => c.id === id);
    if (compound) return { community, compound };
  }
  return null;
}
