import { applyDecorators, INestApplication } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiQuery, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';

/*
 * The OpenAPI document is made from the zod schemas the API validates with (parameters) and
 * the zod schemas of its answers (checked against the TypeScript types at compile time), so it
 * cannot drift from the code: openapi.int-spec.ts also probes that every documented parameter
 * is accepted and an undocumented one refused.
 */

/** A zod schema as an OpenAPI 3 schema object, describing what a client sends or receives (the input side of transforms). */
export function openApiSchema(schema: z.ZodTypeAny): SchemaObject {
  // (typed loosely: zod-to-json-schema's overloads over every zod type are too deep for tsc here)
  const convert = zodToJsonSchema as (schema: unknown, options: Record<string, unknown>) => unknown;
  return convert(schema, { target: 'openApi3', $refStrategy: 'none', effectStrategy: 'input', pipeStrategy: 'input' }) as SchemaObject;
}

/** Query parameters from the zod objects the endpoint validates with: names, required, descriptions, types. */
export function ApiQueryFrom(...objects: z.AnyZodObject[]) {
  return applyDecorators(
    ...objects.flatMap((o) =>
      Object.entries(o.shape as z.ZodRawShape).map(([name, field]) => {
        // Optional is the parameter's `required: false`, not a schema that may be nothing.
        const { description, ...schema } = openApiSchema(field instanceof z.ZodOptional ? field.unwrap() : field);
        return ApiQuery({ name, required: !field.isOptional(), description: field.description ?? description, schema });
      }),
    ),
  );
}

/** A path parameter from the zod schema that checks it. */
export function ApiParamFrom(name: string, schema: z.ZodTypeAny) {
  const { description, ...rest } = openApiSchema(schema);
  return ApiParam({ name, required: true, description: schema.description ?? description, schema: rest });
}

/** The body of Nest's 400 for a bad parameter: every problem, one line each. */
export const badRequestBody = z.object({
  statusCode: z.literal(400),
  error: z.literal('Bad Request'),
  message: z.array(z.string()).describe('one line per problem: `name: what is wrong`, or `unknown parameter(s): …`'),
});
const notFoundBody = z.object({ statusCode: z.literal(404), error: z.literal('Not Found'), message: z.string() });

/** 200 with this JSON body (and 400 when the endpoint validates parameters). */
export function ApiJson(schema: z.ZodTypeAny, options: { validatesQuery?: boolean; notFound?: boolean } = {}) {
  return applyDecorators(
    ApiOkResponse({ schema: openApiSchema(schema) }),
    ...(options.validatesQuery ? [ApiBadRequestResponse({ description: 'a parameter is invalid, repeated or unknown', schema: openApiSchema(badRequestBody) })] : []),
    ...(options.notFound ? [ApiNotFoundResponse({ description: 'no such id', schema: openApiSchema(notFoundBody) })] : []),
  );
}

/** OpenAPI document and UI at /api/docs (JSON at /api/docs-json). */
export function mountOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder().setTitle('Raseed incidents API').setDescription('Deduplicated incident reports from Arabic news').setVersion('1').build();
  // The API's own endpoints: /health and /metrics are every service's operations endpoints (README: Metrics and health), not this API.
  SwaggerModule.setup('api/docs', app, () => {
    const doc = SwaggerModule.createDocument(app, config);
    doc.paths = Object.fromEntries(Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/')));
    return doc;
  });
}
