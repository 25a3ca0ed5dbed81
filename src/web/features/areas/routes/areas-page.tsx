import { Alert, Button, Card, Skeleton, Space, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { indexAreas, useAreas, type AreaNode } from '../../../lib/areas';
import { useMe } from '../../../lib/auth';
import { AREA_LEVELS, CHILD_LEVELS, type Area, type AreaLevel } from '../../../lib/contracts';
import { AreaFormModal, type AreaDialog } from '../components/area-form-modal';

const LEVEL_COLORS: Record<AreaLevel, string> = {
  district: 'magenta',
  street: 'purple',
  community: 'blue',
  compound: 'default',
  place: 'default',
};

function coordinates(node: Area): string | null {
  if (node.lat === null || node.lng === null) return null;
  return `${node.lat.toFixed(5)}, ${node.lng.toFixed(5)}`;
}

/**
 * The deployment's map of places: where every resident, firm and station
 * is filed. Read-only for everyone but the system administrator, who keeps
 * it (configuration, ADR 0013): adds areas under a chosen one and corrects
 * names and coordinates. Areas are never deleted.
 */
export function AreasPage() {
  const { t } = useTranslation();
  const areas = useAreas();
  const editable = useMe().data?.role === 'sysadmin';
  const [selectedId, setSelectedId] = useState<number>();
  const [dialog, setDialog] = useState<AreaDialog>();
  const [dialogOpen, setDialogOpen] = useState(false);
  // Until the person opens or closes a node, the tree is open down to the communities.
  const [expandedKeys, setExpandedKeys] = useState<Key[] | null>(null);

  const { treeData, expanded, counts, byId } = useMemo(() => {
    if (!areas.data)
      return { treeData: [], expanded: [], counts: new Map<AreaLevel, number>(), byId: new Map<number, AreaNode>() };
    const { roots, byId } = indexAreas(areas.data);
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
    return { treeData: roots.map(toNode), expanded, counts, byId };
  }, [areas.data, t]);

  const selected = selectedId === undefined ? undefined : byId.get(selectedId);
  const childLevels = selected ? CHILD_LEVELS[selected.level] : [];
  const openDialog = (next: AreaDialog) => {
    setDialog(next);
    setDialogOpen(true);
  };

  return (
    <>
      <StaffPageHeader
        title={t('staff.areas.title')}
        extra={
          editable &&
          areas.data?.length === 0 && (
            <Button type="primary" onClick={() => openDialog({ mode: 'create', parent: null })}>
              {t('staff.areas.addRoot')}
            </Button>
          )
        }
      />
      {areas.isError && <Alert type="error" showIcon title={errorMessage(areas.error)} role="alert" />}
      <Card>
        {areas.isPending ? (
          <Skeleton active />
        ) : (
          <>
            <p className="s-summary">
              {areas.data?.length === 0
                ? t('staff.areas.empty')
                : AREA_LEVELS.filter((level) => counts.get(level))
                    .map((level) =>
                      t('staff.areas.count', { level: t(`areaLevels.${level}`), count: counts.get(level) }),
                    )
                    .join(t('staff.areas.countSeparator'))}
            </p>
            {editable && areas.data?.length !== 0 && (
              <div className="s-area-toolbar" aria-live="polite">
                {selected ? (
                  <Space size={8} wrap data-testid="selected-area">
                    <span className="s-summary-inline">{t('staff.areas.selected')}</span>
                    <strong>{selected.name}</strong>
                    <Tag color={LEVEL_COLORS[selected.level]}>{t(`areaLevels.${selected.level}`)}</Tag>
                    {childLevels.length === 0 && (
                      <span className="s-summary-inline">
                        {t('staff.areas.noChildLevels', { level: t(`areaLevels.${selected.level}`) })}
                      </span>
                    )}
                  </Space>
                ) : (
                  <span className="s-summary-inline">{t('staff.areas.selectHint')}</span>
                )}
                <Space wrap>
                  <Button
                    type="primary"
                    disabled={!selected || childLevels.length === 0}
                    onClick={() => selected && openDialog({ mode: 'create', parent: selected })}
                  >
                    {t('staff.areas.addChild')}
                  </Button>
                  <Button disabled={!selected} onClick={() => selected && openDialog({ mode: 'edit', area: selected })}>
                    {t('common.edit')}
                  </Button>
                </Space>
              </div>
            )}
            <Tree
              treeData={treeData}
              expandedKeys={expandedKeys ?? expanded}
              onExpand={setExpandedKeys}
              showLine
              selectable={editable}
              selectedKeys={selectedId === undefined ? [] : [selectedId]}
              onSelect={(keys) => setSelectedId(keys.length ? Number(keys[0]) : undefined)}
              aria-label={t('staff.areas.treeLabel')}
            />
          </>
        )}
      </Card>
      {editable && (
        <AreaFormModal
          open={dialogOpen}
          dialog={dialog}
          onClose={() => setDialogOpen(false)}
          onSaved={(area) => {
            setSelectedId(area.id);
            // A new area shows where it was put.
            if (area.parentId !== null) setExpandedKeys([...(expandedKeys ?? expanded), area.parentId]);
          }}
        />
      )}
    </>
  );
}
