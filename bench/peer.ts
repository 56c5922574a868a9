// The peer: @neo4j/graphql (a devDependency used by this bench only) over the same Neo4j, with type definitions for
// the catalogue graph as src/store/graph-layout.ts lays it out, answering the nested catalogue query.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import neo4j from 'neo4j-driver';
import { PACKAGE_ROOT } from '../src/package-root.js';

/**
 * Labels, properties and relationship types of graph-layout.ts; only what the nested catalogue query reads. A text is
 * stored per language (`title_nl`, `title_en`): the peer reads the Dutch, as Harmonie answers without Accept-Language.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Facility @node {
    code: ID!
    name: String!
    connectionRequirements: [ConnectionRequirement!]! @relationship(type: "HAS_CONNECTION_REQUIREMENT", direction: OUT)
    auditRequirements: [AuditRequirement!]! @relationship(type: "HAS_AUDIT_REQUIREMENT", direction: OUT)
  }
  type ConnectionRequirement @node {
    uid: ID!
    id: String!
    kind: String!
    key: String!
    title: String! @alias(property: "title_nl")
    validFrom: String
    validTo: String
  }
  type AuditRequirement @node {
    uid: ID!
    id: String!
    name: String! @alias(property: "name_nl")
    cycleMonths: Int!
    validFrom: String
    validTo: String
    normFramework: [NormFramework!]! @relationship(type: "TESTS_AGAINST", direction: OUT)
  }
  type NormFramework @node {
    id: ID!
    version: String!
    norms: [Norm!]! @relationship(type: "IN_FRAMEWORK", direction: IN)
  }
  type Norm @node {
    id: ID!
    code: String!
    title: String! @alias(property: "title_nl")
    weight: Float
    validFrom: String
    validTo: String
  }
`;

/**
 * The nested catalogue query: facilities → connection and audit requirements → framework → norms. Harmonie answers
 * the versions valid today; the peer asks for the versions not closed (validTo null), the same facts on a seeded graph.
 */
export const HARMONIE_NESTED_QUERY = `{ facilities { code name
  connectionRequirements { id kind key title }
  auditRequirements { id name cycleMonths normFramework { id version } norms { id code title weight } } } }`;

export const PEER_NESTED_QUERY = `{ facilities { code name
  connectionRequirements(where: { validTo: { eq: null } }) { id kind key title }
  auditRequirements(where: { validTo: { eq: null } }) { id name cycleMonths
    normFramework { id version norms(where: { validTo: { eq: null } }) { id code title weight } } } } }`;

export interface PeerServer {
  url: string;
  version: string;
  stop(): Promise<void>;
}

/** Starts @neo4j/graphql behind Apollo Server on a free loopback port; throws with the reason when it cannot run here. */
export async function startPeer(uri: string): Promise<PeerServer> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  // The package exports no package.json: its version is read from the installed file.
  const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'node_modules/@neo4j/graphql/package.json'), 'utf8')) as { version: string };
  const version = manifest.version;
  const driver = neo4j.driver(uri, process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '10mb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: process.env.NEO4J_DATABASE ?? 'neo4j' } }) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    version,
    async stop() {
      await apollo.stop();
      httpServer.close();
      await driver.close();
    },
  };
}
