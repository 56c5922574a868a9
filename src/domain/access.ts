// Who may do what: roles, the role each root operation needs, and the organisations a key may act for.

export const ROLES = ['ANALYST', 'ADVISOR', 'CURATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Each role includes every role before it: an ADMIN may do what a CURATOR may, and so on. */
export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/**
 * THE role table: the role each root field of Query and Mutation needs. It is the one place that decides who may run
 * what; both the check of the whole operation (src/api/roles.ts) and the guard around every root resolver read it.
 * A root field added to the schema must be added here: until it is, nobody may run it (not even an ADMIN), and
 * test/api/roles.test.ts fails because a schema root field is missing from this table.
 */
export const ROOT_FIELD_ROLES: Readonly<Record<string, Role>> = Object.freeze({
  'Query.facilities': 'ANALYST',
  'Query.facility': 'ANALYST',
  'Query.legalForms': 'ANALYST',
  'Query.normFrameworks': 'ANALYST',
  'Query.costModel': 'ANALYST',
  'Query.certificateTypes': 'ANALYST',
  'Query.sources': 'ANALYST',
  'Query.municipalities': 'ANALYST',
  'Query.collaborations': 'ANALYST',
  'Query.collaboration': 'ANALYST',
  'Query.eligibility': 'ANALYST',
  'Query.overlap': 'ANALYST',
  'Query.connectionPlan': 'ANALYST',
  'Query.minimalJointAudit': 'ANALYST',
  'Query.compareScenarios': 'ANALYST',
  'Query.nationalImpact': 'ANALYST',
  'Query.harmonisationReport': 'ANALYST',
  'Query.__typename': 'ANALYST',
  'Query.__schema': 'ANALYST',
  'Query.__type': 'ANALYST',
  'Query.scenario': 'ADVISOR',
  'Query.scenarios': 'ADVISOR',
  'Mutation.saveScenario': 'ADVISOR',
  'Mutation.deleteScenario': 'ADVISOR',
  'Mutation.__typename': 'ANALYST',
  'Query.curations': 'ANALYST',
  'Mutation.curate': 'CURATOR',
  'Mutation.importLibrary': 'CURATOR',
  'Query.factWorklist': 'CURATOR',
  'Query.accessLog': 'ADMIN',
});

export type RootType = 'Query' | 'Mutation' | 'Subscription';

/** The role a root field needs, or null when the role table does not list it: then nobody may run it. */
export function requiredRole(rootType: RootType, field: string): Role | null {
  return Object.hasOwn(ROOT_FIELD_ROLES, `${rootType}.${field}`) ? ROOT_FIELD_ROLES[`${rootType}.${field}`]! : null;
}

/** Why an operation is refused before any role is compared, or the strongest role its root fields need. */
export type RoleRequirement = { role: Role } | { refused: string };

/**
 * The strongest role any of these root fields needs. No field at all, or a field the table does not list, is refused:
 * an operation whose fields cannot be found or are not decided on is never run.
 */
export function requiredRoleFor(rootType: RootType, fields: readonly string[]): RoleRequirement {
  if (fields.length === 0) return { refused: `geen enkel veld gevonden in deze ${rootType}-bewerking / no field found in this ${rootType} operation` };
  let role: Role = 'ANALYST';
  for (const field of fields) {
    const needed = requiredRole(rootType, field);
    if (needed === null) return { refused: `${rootType}.${field} staat niet in de rollentabel / ${rootType}.${field} is not in the role table` };
    if (!hasRole(role, needed)) role = needed;
  }
  return { role };
}

/** An OIN: twenty digits (Logius OIN-stelsel). */
export const OIN_PATTERN = /^\d{20}$/;

export interface Principal {
  keyId: string;
  keyName: string;
  role: Role;
  organisation: string;
  /** Organisations besides its own this key may act for (e.g. a collaboration's key for its members). */
  actingFor: string[];
}

export function mayActFor(principal: Principal, organisation: string): boolean {
  return principal.organisation === organisation || principal.actingFor.includes(organisation);
}
