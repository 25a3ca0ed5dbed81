import { Alert, Card, Skeleton, Space, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { indexAreas, useAreas, type AreaNode } from '../../../lib/areas';
import { AREA_LEVELS, type AreaLevel } from '../../../lib/contracts';

const LEVEL_COLORS: Record<AreaLevel, string> = {
  district: 'magenta',
  street: 'purple',
  community: 'blue',
  compound: 'default',
  place: 'default',
};

function coordinates(node: AreaNode): string | null {
  if (node.lat === null || node.lng === null) return null;
  return `${node.lat.toFixed(5)}, ${node.lng.toFixed(5)}`;
}

/** The deployment's map of places, read-only: where every resident, firm and station is filed. */
export function AreasPage() {
  const { t } = useTranslation();
  const areas = useAreas();

  const { treeData, expanded, counts } = useMemo(() => {
    if (!areas.data) return { treeData: [], expanded: [], counts: new Map<AreaLevel, number>() };
    const { roots } = indexAreas(areas.data);
    const counts = new Map<AreaLevel, number>();
    for (const area of areas.data) counts.set(area.level, (counts.get(area.level) ?? 0) + 1);
    const expanded: number[] = [];
    const toNode = (node: AreaNode): TreeDataNode => {
      // Open down to the communities; compounds are many and read on demand.
      if (node.level === 'district' || node.level === 'street') expanded.push(node.id);
      const coords = coordinates(node);
      return {
        key: node.id,
        title: (
          <Space size={6} wrap>
            <span>{node.name}</span>
            <Tag color={LEVEL_COLORS[node.level]}>{t(`areaLevels.${node.level}`)}</Tag>
            {coords && (
              <Typography.Text type="secondary" className="s-mono">
                <span className="visually-hidden">{t('staff.areas.coordinates')} </span>
                {coords}
              </Typography.Text>
            )}
          </Space>
        ),
        children: node.children.map(toNode),
      };
    };
    return { treeData: roots.map(toNode), expanded, counts };
  }, [areas.data, t]);

  return (
    <>
      <StaffPageHeader title={t('staff.areas.title')} />
      {areas.isError && <Alert type="error" showIcon title={errorMessage(areas.error)} role="alert" />}
      <Card>
        {areas.isPending ? (
          <Skeleton active />
        ) : (
          <>
            <p className="s-summary">
              {AREA_LEVELS.filter((level) => counts.get(level))
                .map((level) => t('staff.areas.count', { level: t(`areaLevels.${level}`), count: counts.get(level) }))
                .join(t('staff.areas.countSeparator'))}
            </p>
            <Tree
              treeData={treeData}
              defaultExpandedKeys={expanded}
              showLine
              selectable={false}
              aria-label={t('staff.areas.treeLabel')}
            />
          </>
        )}
      </Card>
    </>
  );
}
