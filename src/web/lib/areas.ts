/**
 * The deployment's area tree (district → street → community → grid /
 * compound → place), fetched once and shaped for pickers and scopes.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from './api-client';
import { useMe } from './auth';
import type { Area } from './contracts';

export const areasQueryKey = ['areas'] as const;

export function getAreas(signal?: AbortSignal) {
  return api.get<{ items: Area[] }>('/api/v1/areas', { signal }).then((body) => body.items);
}

export function useAreas() {
  return useQuery({
    queryKey: areasQueryKey,
    queryFn: ({ signal }) => getAreas(signal),
    // The map of the street changes a few times a year.
    staleTime: 30 * 60_000,
  });
}

export interface AreaNode extends Area {
  children: AreaNode[];
}

export interface AreaIndex {
  byId: Map<number, AreaNode>;
  roots: AreaNode[];
}

export function indexAreas(areas: readonly Area[]): AreaIndex {
  const byId = new Map<number, AreaNode>(areas.map((a) => [a.id, { ...a, children: [] }]));
  const roots: AreaNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { byId, roots };
}

export function ancestorOf(index: AreaIndex, area: Area, level: Area['level']): AreaNode | undefined {
  let current = area.parentId === null ? undefined : index.byId.get(area.parentId);
  while (current && current.level !== level) {
    current = current.parentId === null ? undefined : index.byId.get(current.parentId);
  }
  return current;
}

/**
 * The subtrees a staff member may work in: their assigned areas, minus any
 * already inside another assigned area. Everything they see is scoped to
 * these (SPEC §2), so pickers offer nothing outside them.
 */
export function scopeRoots(index: AreaIndex, assignedIds: readonly number[]): AreaNode[] {
  const assigned = new Set(assignedIds);
  return assignedIds
    .map((id) => index.byId.get(id))
    .filter((node): node is AreaNode => {
      if (!node) return false;
      let parentId = node.parentId;
      while (parentId !== null) {
        if (assigned.has(parentId)) return false;
        parentId = index.byId.get(parentId)?.parentId ?? null;
      }
      return true;
    });
}

export function descendants(node: AreaNode): AreaNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

export interface CompoundGroup {
  community: AreaNode;
  compounds: AreaNode[];
}

/** Compounds under the given roots, grouped by the community they belong to. */
export function compoundsByCommunity(index: AreaIndex, roots: readonly AreaNode[]): CompoundGroup[] {
  const groups = new Map<number, CompoundGroup>();
  const seen = new Set<number>();
  for (const root of roots) {
    for (const node of [root, ...descendants(root)]) {
      if (node.level !== 'compound' || seen.has(node.id)) continue;
      seen.add(node.id);
      const community = ancestorOf(index, node, 'community');
      if (!community) continue;
      const group = groups.get(community.id) ?? { community, compounds: [] };
      group.compounds.push(node);
      groups.set(community.id, group);
    }
  }
  return [...groups.values()];
}

/** The area index and the subtrees the signed-in staff member may work in. */
export function useAreaScope() {
  const areas = useAreas();
  const me = useMe().data;
  const scope = useMemo(() => {
    if (!areas.data) return null;
    const index = indexAreas(areas.data);
    const roots = scopeRoots(index, me?.areas.map((area) => area.id) ?? []);
    return { index, roots };
  }, [areas.data, me]);
  return { scope, isPending: areas.isPending, error: areas.error };
}
