import { ArgumentsHost, BadRequestException, Catch, ForbiddenException, HttpException, Logger, UnauthorizedException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from '../decider/domain-error';
import { DuplicateEventIdError, InvalidAppendError, WrongExpectedRevisionError } from '../store/errors';

/**
 * One place turns every refusal into the GraphQL error code a client can act on; anything
 * unexpected is logged here and reaches the client without its stack.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof DomainError) return error(exception.message, exception.code, exception.details);
    if (exception instanceof WrongExpectedRevisionError) {
      return error(`${exception.message}; reload and try again`, 'CONFLICT', { streamId: exception.streamId });
    }
    if (exception instanceof DuplicateEventIdError) return error(exception.message, 'CONFLICT');
    if (exception instanceof InvalidAppendError) return error(exception.message, 'BAD_USER_INPUT');
    if (exception instanceof BadRequestException) return error(validationMessage(exception), 'BAD_USER_INPUT', { problems: validationProblems(exception) });
    if (exception instanceof UnauthorizedException) return error(exception.message, 'UNAUTHENTICATED');
    if (exception instanceof ForbiddenException) return error(exception.message, 'FORBIDDEN');
    if (exception instanceof HttpException) return error(exception.message, 'BAD_REQUEST');
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return error('Internal error; it has been logged', 'INTERNAL_SERVER_ERROR');
  }
}

function error(message: string, code: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

function validationProblems(exception: BadRequestException): string[] {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.map(String) : [String(message)];
  }
  return [exception.message];
}

function validationMessage(exception: BadRequestException): string {
  return `Invalid input: ${validationProblems(exception).join('; ')}`;
}
