import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indexAreas, useAreas, type AreaNode } from '../../../lib/areas';

interface TreeOption {
  value: number;
  title: string;
  children: TreeOption[];
}

/**
 * Picks the areas an account serves, anywhere in the street's tree. A
 * scope covers everything below it, so choosing a street needs no
 * communities besides. `id` comes from Form.Item, naming it by its label.
 */
export function AreaMultiSelect({
  id,
  value,
  onChange,
  placeholder,
}: {
  id?: string;
  value?: number[];
  onChange?: (value: number[]) => void;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const areas = useAreas();
  const { treeData, expanded } = useMemo(() => {
    if (!areas.data) return { treeData: [], expanded: [] };
    const { roots } = indexAreas(areas.data);
    const expanded: number[] = [];
    const toOption = (node: AreaNode): TreeOption => {
      if (node.level === 'district' || node.level === 'street') expanded.push(node.id);
      return {
        value: node.id,
        title: `${node.name}（${t(`areaLevels.${node.level}`)}）`,
        children: node.children.map(toOption),
      };
    };
    return { treeData: roots.map(toOption), expanded };
  }, [areas.data, t]);

  return (
    <TreeSelect<number[]>
      id={id}
      multiple
      value={value}
      onChange={(next) => onChange?.(next ?? [])}
      treeData={treeData}
      placeholder={placeholder}
      loading={areas.isPending}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={expanded}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
