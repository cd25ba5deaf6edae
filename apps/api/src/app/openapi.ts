import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI document and UI at /api/docs (JSON at /api/docs-json). */
export function mountOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder().setTitle('Raseed incidents API').setDescription('Deduplicated incident reports from Arabic news').setVersion('1').build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config));
}
