import type { DepartmentView } from '@ancha/contracts';

export interface DepartmentNode {
  key: string;
  value: string;
  title: string;
  department: DepartmentView;
  children: DepartmentNode[];
}

/**
 * The server lists departments in tree order (parents first); this nests them for antd's Tree
 * and TreeSelect. `without` leaves out a department and its subtree (it cannot move under them).
 */
export function departmentTree(items: DepartmentView[], without?: string): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  const roots: DepartmentNode[] = [];
  const skipped = new Set<string>();
  for (const d of items) {
    if (d.id === without || (d.parentId && skipped.has(d.parentId))) {
      skipped.add(d.id);
      continue;
    }
    const node = { key: d.id, value: d.id, title: d.name, department: d, children: [] };
    nodes.set(d.id, node);
    const parent = d.parentId ? nodes.get(d.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
