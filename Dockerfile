# syntax=docker/dockerfile:1
# SMTP Doctor for several instances behind a load balancer (deploy/compose.yaml), or one on its own.
#
# Not Next.js's `output: "standalone"`: its minimal server.js replaces server.mjs, and server.mjs
# is what records the visitor's address from the socket (client headers cannot pick it, so rate
# limits cannot be reset by a forged X-Forwarded-For). Next.js documents that standalone output and
# a custom server cannot be used together. The runtime stage instead holds only production
# dependencies, the build and the files the server reads at run time.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    SMTP_DOCTOR_DATA_DIR=/data \
    NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin doctor \
  && mkdir /data && chown doctor:doctor /data
# Owned by root, read-only to the app user: the app can write only to /data (the SQLite default).
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/package.json /app/server.mjs /app/next.config.ts ./
COPY --from=build /app/lib/server/admission-queue.mjs ./lib/server/admission-queue.mjs
COPY --from=build /app/lib/sink/dist ./lib/sink/dist
COPY --from=build /app/lib/reports/postgres-migrations ./lib/reports/postgres-migrations
USER doctor
EXPOSE 3000 2525
VOLUME ["/data"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.mjs"]
