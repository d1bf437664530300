import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { acceptInput } from '../rules/input-boundary';

/**
 * The input boundary of every resolver, as a global pipe: it runs on every GraphQL argument
 * before the resolver (and before validation), so a context added later has it without a line
 * of its own. Text comes out in NFC; control characters, lone surrogates and oversized input
 * are BAD_USER_INPUT naming the argument's path.
 */
@Injectable()
export class InputBoundaryPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // @nestjs/graphql hands a resolver's @Args to pipes as 'body'; parents, context and info are not input.
    if (metadata.type !== 'body') return value;
    return acceptInput(value, metadata.data ?? '');
  }
}
