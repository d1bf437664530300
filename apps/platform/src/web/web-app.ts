import * as fs from 'node:fs';
import * as path from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import express from 'express';

/** Where `npm run web:build` writes the web app (apps/web/dist). */
export const WEB_APP_DIR = path.resolve(__dirname, '../../../web/dist');

/**
 * The web app's production build at `/`, mounted ahead of Nest's routes: a file that exists is
 * served, anything else (/graphql, /health) falls through. The app routes by the URL's hash, so
 * no deep path needs a fallback to index.html.
 */
export function mountWebApp(app: INestApplication, dir: string = WEB_APP_DIR): void {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    new Logger('WebApp').warn(`no web app build in ${dir} (npm run web:build); serving the API only`);
    return;
  }
  app.use(express.static(dir, { index: 'index.html' }));
}
