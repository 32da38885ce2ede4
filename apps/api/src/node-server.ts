import { existsSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { openSqliteDatabase } from './db/sqlite-database.ts';
import { NewerDatabaseError } from './db/sqlite-migrations.ts';
import { batchedLog } from './node/batched-log.ts';
import { DataCommandError, runDataCommand } from './node/data-commands.ts';
import { fileBlobStore } from './node/file-blob-store.ts';
import { nodeServeOptions } from './node/http-server.ts';
import { nodeMetrics } from './node/metrics.ts';
import { migrateWithBackup } from './node/migrate-with-backup.ts';
import { nodePorts } from './node/node-ports.ts';
import { MissingServerFilesError, serverFiles } from './node/server-files.ts';
import { readNodeSettings, SettingsError } from './node/settings.ts';
import { staticAssets } from './node/static-assets.ts';
import { deliverAuditEvents } from './services/audit-webhook-delivery.ts';
import { purgeExpired } from './services/purge.ts';

const PURGE_INTERVAL_MS = 15 * 60 * 1000;
const AUDIT_WEBHOOK_INTERVAL_MS = 15 * 1000;
/** Prints one line and exits: how every start-up problem ends. */
function exitWith(message: string): void {
  console.error(`hushlink: ${message}`);
  process.exit(1);
}

/**
 * `npm run serve`, and the release's `hushlink-server` (bundled; see scripts/release/): Hushlink on one Node process without Cloudflare — SQLite, uploaded files (`DATA_DIR/blobs`)
 * and the web client from disk,
 * migrations applied at start (after a backup of a database that had earlier ones), the purge on a timer, and a
 * clean stop on SIGTERM. `backup`, `restore`, `check`, `--version` and `--help` are the other commands
 * (node/data-commands.ts).
 */
async function main(argv: string[]): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const files = serverFiles();
  if (await runDataCommand(argv, files)) return;
  const settings = readNodeSettings(process.env);
  const webFiles = files.webFiles();

  const databasePath = join(settings.dataDir, 'hushlink.sqlite');
  const handle = openSqliteDatabase(databasePath);
  migrateWithBackup(handle.sqlite, databasePath, files.migrations());

  const ports = nodePorts(handle.db, settings.app, {
    trustProxy: settings.trustProxy,
    blobs: fileBlobStore(join(settings.dataDir, 'blobs')),
  });
  if (ports.config.networkPolicyOff) {
    // Loud on purpose: break-glass is for letting a locked-out admin back in, not a way to run.
    console.error(
      JSON.stringify({
        level: 'warn',
        event: 'network_policy_off',
        message:
          'BREAK_GLASS_NETWORK_POLICY is on: the per-role network policy is NOT enforced. Fix the policy in Admin, then unset it and restart.',
      }),
    );
  }
  const log = batchedLog(process.stdout);
  const metrics = settings.metricsToken
    ? {
        token: settings.metricsToken,
        metrics: nodeMetrics({
          sqlite: handle.sqlite,
          databaseFile: databasePath,
          blobsDir: join(settings.dataDir, 'blobs'),
        }),
      }
    : undefined;
  const app = createApp(ports, {
    staticAssets: staticAssets(webFiles),
    writeLog: log.write,
    securityHeaders: false,
    ...(metrics ? { metrics } : {}),
  });
  const purge = () =>
    purgeExpired(ports).catch((error: unknown) =>
      console.error(JSON.stringify({ level: 'error', event: 'purge_failed', error: String(error) })),
    );
  void purge();
  const timer = setInterval(purge, PURGE_INTERVAL_MS);
  timer.unref();
  // The audit webhook's retries, and events no request woke it for (the purge's `secret.expired`).
  const delivery = setInterval(() => void deliverAuditEvents(ports), AUDIT_WEBHOOK_INTERVAL_MS);
  delivery.unref();

  const server = serve(
    {
      fetch: app.fetch,
      hostname: settings.host,
      port: settings.port,
      // The security headers go on every Node response before the app runs, and a request body the app did not
      // read is drained after the answer instead of cut off 500 ms later by the adapter (see createHttpServer).
      ...nodeServeOptions,
    },
    (info) => {
      console.log(
        JSON.stringify({
          level: 'info',
          event: 'listening',
          url: `http://${settings.host}:${info.port}`,
          dataDir: settings.dataDir,
        }),
      );
    },
  );
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      exitWith(`port ${settings.port} on ${settings.host} is in use; set PORT to another.`);
    else if (error.code === 'EACCES')
      exitWith(`not allowed to listen on port ${settings.port}; use a port above 1023.`);
    else exitWith(`the server could not start: ${error.message}`);
  });

  const stop = (signal: string) => {
    log.flush();
    console.log(JSON.stringify({ level: 'info', event: 'stopping', signal }));
    clearInterval(timer);
    clearInterval(delivery);
    // In-flight requests finish; idle keep-alive connections are closed so that close() can complete.
    server.close(() => {
      log.flush();
      handle.close();
      process.exit(0);
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof MissingServerFilesError ||
    error instanceof SettingsError ||
    error instanceof NewerDatabaseError ||
    error instanceof DataCommandError
  ) {
    exitWith(error.message);
  } else {
    throw error;
  }
});
