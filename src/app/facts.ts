// The curator's worklist use case, shared by `harmonie facts` and the GraphQL `factWorklist`: the graph's unsettled facts
// counted over every collaboration in the store.
import { today } from '../domain/dates.js';
import { factWorklist, type FactWorklist } from '../domain/fact-worklist.js';
import { IMPORT_SOURCE_PREFIX } from './import.js';
import { allCollaborations, type Session } from './session.js';

/**
 * The worklist at today's date over every collaboration in the store. Without imported collaborations the national
 * data set is not loaded: the answers are then counted over the seeded collaborations, and `nationalDataSet` says so.
 */
export async function curatorWorklist(session: Session, asOf = today()): Promise<FactWorklist> {
  const [index, collaborations] = await Promise.all([session.catalogue(), allCollaborations(session.store)]);
  const nationalDataSet = collaborations.some((c) => c.collaboration.sources.some((s) => s.startsWith(IMPORT_SOURCE_PREFIX)));
  return { ...factWorklist(index, collaborations, asOf), nationalDataSet };
}
