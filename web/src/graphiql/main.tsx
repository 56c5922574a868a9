// The self-hosted GraphiQL at /graphql: the editor and its workers come from this server, with a headers editor
// ready for the API key, acting-for (OIN) and purpose (protocollering).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readSession } from '../session';

const auth = document.querySelector('meta[name="harmonie-auth"]')?.getAttribute('content') !== 'disabled';
// A session of the workbench in this tab fills the headers in; otherwise placeholders show what to put there.
const session = readSession();
const headers = auth
  ? {
      Authorization: `Bearer ${session?.key ?? '<API key from `npx harmonie keys create`>'}`,
      'X-Acting-For': session?.actingFor ?? '<OIN, 20 digits>',
      'X-Purpose': session?.purpose ?? '<why you ask (protocollering)>',
    }
  : { 'X-Purpose': 'GraphiQL' };

const defaultQuery = `# Harmonie GraphQL API. Fill in the headers below (API key, acting-for OIN, purpose), then run.
query Collaborations {
  collaborations(first: 5) {
    totalCount
    edges { node { id name legalForm { code } facilities { code } } }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={defaultQuery}
      initialHeaders={JSON.stringify(headers, null, 2)}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
