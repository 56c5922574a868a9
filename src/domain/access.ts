// Who may do what: roles, the role each root operation needs, and the organisations a key may act for.

export const ROLES = ['ANALYST', 'ADVISOR', 'CURATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Each role includes every role before it: an ADMIN may do what a CURATOR may, and so on. */
export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/**
 * The role each root field needs. A root field not listed needs ADMIN: a new operation is closed until someone
 * decides who may use it.
 */
const REQUIRED: Record<string, Role> = {
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
  'Query.curations': 'ANALYST',
  'Mutation.curate': 'CURATOR',
  'Mutation.importLibrary': 'CURATOR',
  'Query.accessLog': 'ADMIN',
};

export function requiredRole(rootType: 'Query' | 'Mutation' | 'Subscription', field: string): Role {
  return REQUIRED[`${rootType}.${field}`] ?? 'ADMIN';
}

/** The strongest role any of these root fields needs. */
export function requiredRoleFor(rootType: 'Query' | 'Mutation' | 'Subscription', fields: string[]): Role {
  return fields.map((f) => requiredRole(rootType, f)).reduce<Role>((a, b) => (hasRole(a, b) ? a : b), 'ANALYST');
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
