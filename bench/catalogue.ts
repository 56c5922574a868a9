// The nested catalogue query (facilities → requirements → framework → norms) over GraphQL: Harmonie on each store and
// the @neo4j/graphql peer on the same Neo4j, requests taking turns, on the same keep-alive client.
import http from 'node:http';
import { startServer, type RunningServer } from '../src/api/server.js';
import type { GraphStore } from '../src/store/port.js';
import { post, WARMUP } from './e2e.js';
import { HARMONIE_NESTED_QUERY, PEER_NESTED_QUERY, startPeer, type PeerServer } from './peer.js';
import { stats, type Stats } from './stats.js';

export interface CatalogueRow {
  label: string;
  graphql: Stats | null;
  bytes: number;
  /** Why there is no figure (the peer could not run). */
  missing: string | null;
}

interface Target {
  label: string;
  url: URL;
  query: string;
  agent: http.Agent;
  samples: number[];
  bytes: number;
}

export async function benchCatalogue(stores: Array<{ label: string; store: GraphStore }>, peerUri: string | null, runs: number): Promise<CatalogueRow[]> {
  const servers: RunningServer[] = [];
  const targets: Target[] = [];
  const rows: CatalogueRow[] = [];
  let peer: PeerServer | null = null;
  let peerMissing: string | null = peerUri === null ? 'no Neo4j in this run' : null;
  try {
    for (const { label, store } of stores) {
      const server = await startServer({ store, host: '127.0.0.1', port: 0, access: { enabled: false, ratePerMinute: 1_000_000 } });
      servers.push(server);
      targets.push({ label: `Harmonie, ${label}`, url: new URL(server.url), query: HARMONIE_NESTED_QUERY, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }), samples: [], bytes: 0 });
    }
    if (peerUri !== null) {
      try {
        peer = await startPeer(peerUri);
        targets.push({ label: `@neo4j/graphql ${peer.version}, neo4j`, url: new URL(peer.url), query: PEER_NESTED_QUERY, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }), samples: [], bytes: 0 });
      } catch (error) {
        peerMissing = `@neo4j/graphql could not run here: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      }
    }
    for (let i = 0; i < runs + WARMUP; i++) {
      for (let k = 0; k < targets.length; k++) {
        const t = targets[(i + k) % targets.length]!;
        const t0 = performance.now();
        const answer = (await post(t.agent, t.url, JSON.stringify({ query: t.query }))) as { data?: unknown; errors?: unknown };
        const elapsed = performance.now() - t0;
        if (!answer.data || answer.errors) throw new Error(`${t.label}: ${JSON.stringify(answer.errors)}`);
        t.bytes = Buffer.byteLength(JSON.stringify(answer));
        if (i >= WARMUP) t.samples.push(elapsed);
      }
    }
    for (const t of targets) rows.push({ label: t.label, graphql: stats(t.samples), bytes: t.bytes, missing: null });
    if (peerMissing !== null) rows.push({ label: '@neo4j/graphql 7.6.x, neo4j', graphql: null, bytes: 0, missing: peerMissing });
  } finally {
    for (const t of targets) t.agent.destroy();
    if (peer) await peer.stop();
    for (const s of servers) await s.stop();
  }
  return rows;
}
