import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaNode } from '../lib/areas';
import type { AreaLevel } from '../lib/contracts';

interface TreeOption {
  value: number;
  title: string;
  selectable: boolean;
  children: TreeOption[];
}

/**
 * Picks an area inside the given subtrees (normally the officer's own
 * areas). `levels` limits what may be chosen; the rest stays visible as
 * structure.
 */
export function AreaTreeSelect({
  roots,
  levels,
  id,
  value,
  onChange,
  placeholder,
  allowClear,
  loading,
}: {
  roots: AreaNode[];
  levels?: readonly AreaLevel[];
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const toOption = (node: AreaNode): TreeOption => ({
      value: node.id,
      title: `${node.name}（${t(`areaLevels.${node.level}`)}）`,
      selectable: !levels || levels.includes(node.level),
      // Places (a workshop, a station) are not where people or firms are registered.
      children: node.children.filter((child) => child.level !== 'place').map(toOption),
    });
    return roots.map(toOption);
  }, [roots, levels, t]);

  return (
    <TreeSelect<number>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={loading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={roots.map((root) => root.id)}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
