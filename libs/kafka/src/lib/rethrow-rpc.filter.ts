import { ArgumentsHost, Catch, Controller, RpcExceptionFilter, UseFilters, applyDecorators } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter replaces errors with a generic "Internal server error"; the
 * pipeline transport needs the real error to decide on retries and to write DLT headers.
 */
@Catch()
export class RethrowRpcFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * Marks a Kafka consumer class: a Nest controller whose handler errors reach the pipeline
 * transport unchanged (for retries and dead-letter headers).
 */
export function PipelineConsumer(): ClassDecorator {
  return applyDecorators(Controller(), UseFilters(new RethrowRpcFilter()));
}
