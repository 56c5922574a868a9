// Query limits: depth, cost, aliases and directives (graphql-armor), each rejected with its own error code naming the limit.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

/** The error code each limit answers with. */
export const LIMIT_CODES = {
  maxDepth: 'QUERY_DEPTH_LIMIT',
  maxCost: 'QUERY_COST_LIMIT',
  maxAliases: 'QUERY_ALIAS_LIMIT',
  maxDirectives: 'QUERY_DIRECTIVE_LIMIT',
  maxBody: 'PAYLOAD_TOO_LARGE',
} as const;

export type LimitName = keyof typeof LIMIT_CODES;

/** Reports the rejection as an error that carries the limit's name; `formatError` turns that into the limit's code. */
const reject = (limit: LimitName) => (ctx: ValidationContext | null, error: GraphQLError) => {
  ctx?.reportError(new GraphQLError(error.message, { nodes: error.nodes, extensions: { limit } }));
};

export function armor(limits: QueryLimits) {
  const common = (limit: LimitName) => ({ propagateOnRejection: false, onReject: [reject(limit)] });
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...common('maxDepth') },
    costLimit: { maxCost: limits.maxCost, ...common('maxCost') },
    maxAliases: { n: limits.maxAliases, ...common('maxAliases') },
    maxDirectives: { n: limits.maxDirectives, ...common('maxDirectives') },
    // Token counting runs at parse time, before there is a validation context; the body limit bounds size instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
