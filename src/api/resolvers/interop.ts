// Resolver of `importLibrary`: a CISO Assistant library imported through the curation path (the use case is shared with the CLI).
import { importCisoLibrary } from '../../app/ciso-library.js';
import { BadInputError } from '../../domain/errors.js';
import { LibraryFormatError } from '../../domain/interop/ciso/format.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { author } from './curation.js';

export const interopMutations: Pick<MutationResolvers, 'importLibrary'> = {
  async importLibrary(_p, { content, dryRun }, ctx) {
    try {
      return await importCisoLibrary(ctx.store, content, { dryRun: dryRun ?? false, author: author(ctx) });
    } catch (error) {
      if (error instanceof LibraryFormatError) {
        const first = error.problems[0]!;
        throw new BadInputError(first.path ? `content.${first.path}` : 'content', `the library cannot be imported, nothing was written: ${error.message}`);
      }
      throw error;
    }
  },
};
