// The role check, twice over the one role table (src/domain/access.ts): once over the whole operation before anything
// runs, and again around every root resolver, so a gap in the first still cannot run anything above the key's role.
import { defaultFieldResolver, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { hasRole, requiredRole, requiredRoleFor, type Principal, type RootType } from '../domain/access.js';
import type { Access } from './context.js';
import { HTTP_STATUS } from './errors.js';

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: HTTP_STATUS.FORBIDDEN } } });
}

export function rootTypeOf(operation: OperationDefinitionNode): RootType {
  return operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'subscription' ? 'Subscription' : 'Query';
}

/**
 * Every root field the operation could execute, by field name (never alias): through inline fragments, fragment spreads
 * and fragments nested in fragments, whatever their `@include`/`@skip` say (a field under a directive counts as run, so
 * no variable can lower the role). Null when a spread names a fragment the document does not define: such an
 * operation is refused rather than partly understood.
 */
export function executableRootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fields = new Set<string>();
  const visited = new Set<string>();
  // An explicit stack: a deep nest of inline fragments cannot overflow the call stack.
  const stack: SelectionSetNode[] = [operation.selectionSet];
  while (stack.length > 0) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FIELD) fields.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) stack.push(selection.selectionSet);
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) return null;
        // A fragment spread twice adds nothing new the second time (and validation forbids cycles, which this also ends).
        if (!visited.has(name)) {
          visited.add(name);
          stack.push(fragment.selectionSet);
        }
      }
    }
  }
  return [...fields];
}

/** Null when the principal may run the operation; else the FORBIDDEN error that refuses it. */
export function operationRefusal(operation: OperationDefinitionNode, document: DocumentNode, principal: Principal | null): GraphQLError | null {
  const rootType = rootTypeOf(operation);
  const fields = executableRootFields(operation, document);
  if (fields === null) return forbidden('deze bewerking verwijst naar een fragment dat niet bestaat / this operation spreads a fragment that does not exist');
  const requirement = requiredRoleFor(rootType, fields);
  if ('refused' in requirement) return forbidden(requirement.refused);
  // Without a principal authentication is off (a loopback demo): no role applies.
  if (principal && !hasRole(principal.role, requirement.role)) {
    return forbidden(`deze bewerking vraagt de rol ${requirement.role}; de sleutel heeft ${principal.role} / this operation needs the role ${requirement.role}; the key has ${principal.role}`);
  }
  return null;
}

/** Why the guard refuses one root field for this request's access, or null when it may run. */
function fieldRefusal(rootType: RootType, field: string, access: Access | undefined): GraphQLError | null {
  // No protocol layer ran for this request: nothing can be said about who asks, so nothing runs.
  if (!access) return forbidden(`${rootType}.${field}: geen toegangscontext voor dit verzoek / no access context for this request`);
  const needed = requiredRole(rootType, field);
  if (needed === null) return forbidden(`${rootType}.${field} staat niet in de rollentabel / ${rootType}.${field} is not in the role table`);
  if (!access.principal) {
    return access.enforced ? forbidden(`${rootType}.${field}: geen sleutel vastgesteld / no key established`) : null;
  }
  if (!hasRole(access.principal.role, needed)) {
    return forbidden(`${rootType}.${field} vraagt de rol ${needed}; de sleutel heeft ${access.principal.role} / ${rootType}.${field} needs the role ${needed}; the key has ${access.principal.role}`);
  }
  return null;
}

/**
 * Wraps the resolver of every root field of Query, Mutation and Subscription (the default resolver where none is
 * given) in the guard, in place, and returns the schema. Done once, before any operation is compiled.
 */
export function guardRootFields<S extends GraphQLSchema>(schema: S): S {
  const roots: Array<[RootType, ReturnType<GraphQLSchema['getQueryType']>]> = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  for (const [rootType, type] of roots) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const name = field.name;
      field.resolve = (source, args, context: { access?: Access } | undefined, info) => {
        const refusal = fieldRefusal(rootType, name, context?.access);
        if (refusal) throw refusal;
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
