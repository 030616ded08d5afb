import type { IRoleAssignments } from '@pnp/sp/security';

interface RoleAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: { Id: number }[];
}

/** The web, a list or an item: anything with role assignments of its own. */
export interface Securable {
  roleAssignments: IRoleAssignments;
}

/**
 * Makes a securable's role assignments hold each wanted [principal, role definition], and drop
 * each other role `revoke` names, with one read of what it holds now. Returns nothing; what it
 * changed goes into `changes`, under `label`.
 */
export async function ensureAssignments(
  securable: Securable,
  label: string,
  wanted: readonly [number, number][],
  revoke: (principal: number, role: number) => boolean,
  changes: string[],
): Promise<void> {
  const assignments = (await securable.roleAssignments.expand(
    'RoleDefinitionBindings',
  )()) as RoleAssignment[];
  const isWanted = (principal: number, role: number) =>
    wanted.some(
      ([wantedPrincipal, wantedRole]) => wantedPrincipal === principal && wantedRole === role,
    );
  for (const { PrincipalId: principal, RoleDefinitionBindings: bindings } of assignments) {
    for (const { Id: role } of bindings) {
      if (isWanted(principal, role) || !revoke(principal, role)) continue;
      await securable.roleAssignments.remove(principal, role);
      changes.push(`${label}: role ${role} taken from principal ${principal}`);
    }
  }
  for (const [principal, role] of wanted) {
    const held = assignments.some(
      (assignment) =>
        assignment.PrincipalId === principal &&
        assignment.RoleDefinitionBindings.some((binding) => binding.Id === role),
    );
    if (!held) {
      await securable.roleAssignments.add(principal, role);
      changes.push(`${label}: role ${role} given to principal ${principal}`);
    }
  }
}
