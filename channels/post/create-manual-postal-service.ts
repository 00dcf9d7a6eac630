import type { PostalService } from '../../domain/letters/postal-service.ts';

/**
 * The postal service when a person prints the letters (`collections letters print`) and takes them
 * to the post: registering the posting records the day they say it happened, with no reference.
 */
export function createManualPostalService(): PostalService {
  return {
    name: 'manual',
    post: async ({ letters, on }) =>
      letters.map((letter) => ({ letterId: letter.letterId, postedOn: on, reference: null })),
  };
}
