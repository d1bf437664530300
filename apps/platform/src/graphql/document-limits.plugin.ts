import { ApolloServerPlugin } from '@apollo/server';
import { checkOperationShape, DOCUMENT_LIMITS, DocumentLimits } from './document-limits';

/**
 * The shape limits on every operation, once Apollo knows which it is (an error thrown here is
 * answered as it is). The size and nesting of the source are checked earlier, by graphqlBody.
 */
export function documentLimitsPlugin(limits: DocumentLimits = DOCUMENT_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (operation) checkOperationShape(document, operation, limits);
        },
      };
    },
  };
}
