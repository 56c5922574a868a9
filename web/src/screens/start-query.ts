// The start screen's query and its variables from the route, without React: the first request of a page load starts
// from here while the rest of the workbench is still loading (prefetch.ts).
import { graphql } from '../gql';

/** Collaborations per page. */
export const PAGE = 20;

export const StartScreenQuery = graphql(`
  query StartScreen($search: String, $first: Int!, $after: String) {
    collaborations(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          legalForm {
            code
            name
          }
          members {
            id
          }
          facilities {
            code
            name
          }
        }
      }
    }
    legalForms {
      code
      name
    }
    facilities {
      code
      name
    }
  }
`);

/** The start screen's variables: the search (`q`) and the cursor of the page (`na`) in the route. */
export function startVariables(params: URLSearchParams): { search: string | null; first: number; after: string | null } {
  return { search: params.get('q') || null, first: PAGE, after: params.get('na') ?? null };
}
