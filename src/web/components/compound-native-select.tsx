import { useMemo } from 'react';
import './compound-native-select.css';
import { compoundsByCommunity, indexAreas, useAreas } from '../lib/areas';

/**
 * A compound (or, for a workplace, any place) from the area list, grouped by
 * community: a native select is the most reliable picker on an old phone and
 * for a screen reader.
 */
export function CompoundNativeSelect({
  id,
  value,
  onChange,
  placeholder,
  includePlaces = false,
}: {
  id?: string;
  value?: number | null;
  onChange?: (v: number) => void;
  placeholder: string;
  includePlaces?: boolean;
}) {
  const areas = useAreas();
  const groups = useMemo(() => {
    if (!areas.data) return [];
    const index = indexAreas(areas.data);
    const byCommunity = compoundsByCommunity(index, index.roots).map((g) => ({
      label: g.community.name,
      options: [g.community, ...g.compounds],
    }));
    if (!includePlaces) return byCommunity;
    const places = areas.data.filter((a) => a.level === 'place');
    return [...byCommunity, { label: '—', options: places }];
  }, [areas.data, includePlaces]);
  return (
    <select
      id={id}
      className="compound-native-select"
      value={value ?? ''}
      onChange={(e) => onChange?.(Number(e.target.value))}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The compound nearest a point, computed on the phone; the point itself goes nowhere. */
export function nearestCompound(
  areas: { id: number; level: string; lat: number | null; lng: number | null }[],
  lat: number,
  lng: number,
): number | null {
  let best: { id: number; d: number } | null = null;
  for (const a of areas) {
    if (a.level !== 'compound' || a.lat === null || a.lng === null) continue;
    const d = (a.lat - lat) ** 2 + ((a.lng - lng) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (!best || d < best.d) best = { id: a.id, d };
  }
  return best?.id ?? null;
}
