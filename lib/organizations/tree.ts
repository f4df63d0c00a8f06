/** A node of the platform's tree as the database holds it. */
export type TreeLink = { id: string; parentId: string | null };

/**
 * The ids on a cycle of parent links, or [] when the links form a forest. A body cannot be its own ancestor:
 * oversight scopes and roll-ups walk up and down the tree and would never end.
 */
export function findCycle(links: readonly TreeLink[]): string[] {
  const parentOf = new Map(links.map((l) => [l.id, l.parentId]));
  const settled = new Set<string>();
  for (const { id } of links) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | null | undefined = id;
    while (at && !settled.has(at)) {
      if (onPath.has(at)) return path.slice(path.indexOf(at));
      onPath.add(at);
      path.push(at);
      at = parentOf.get(at);
    }
    for (const node of path) settled.add(node);
  }
  return [];
}
