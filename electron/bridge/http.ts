// The loopback HTTP bridge: the same handler table as the desktop app, served to a
// browser for the browser mode and the end-to-end tests. It listens on 127.0.0.1 only,
// wants a per-launch token on every call, refuses other origins and hosts (DNS
// rebinding), and serves the built renderer with the same CSP as the desktop window.
import { timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AppErrorShape } from '../../shared/result.ts';
import type { Dispatch } from '../handlers/index.ts';
import { contentSecurityPolicy } from '../security.ts';

export const LOOPBACK = '127.0.0.1';
/** Room for an imported inventory or an attached document in base64, and not more. */
export const MAX_BODY_BYTES = 96 * 1024 * 1024;

export interface BridgeOptions {
  dispatch: Dispatch;
  token: string;
  /** Folder of the built renderer; without it only the API is served. */
  staticDir?: string;
  port?: number;
}

export interface Bridge {
  server: Server;
  port: number;
  origin: string;
  /** The address to open in a browser; the token travels in the fragment, never to a log. */
  url: string;
  close(): Promise<void>;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The print preview's pdf.js worker is an ES module: browsers refuse it under another type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const address = server.address() as AddressInfo;
  if (address.address !== LOOPBACK) {
    server.close();
    throw new Error(`bridge bound to ${address.address}, expected ${LOOPBACK}`);
  }
  const port = address.port;
  const origin = `http://${LOOPBACK}:${port}`;
  const allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = new Set([origin, `http://localhost:${port}`]);

  server.on('request', (request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent && !response.destroyed) {
        sendError(response, 500, { code: 'INTERNAL', messageKey: 'errors.internal' });
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!allowedHosts.has(request.headers.host ?? '')) {
      return sendError(response, 403, { code: 'FORBIDDEN_ORIGIN', messageKey: 'errors.forbiddenOrigin' });
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return handleCall(request, response, url.pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, 405, { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput' });
    }
    return serveStatic(response, url.pathname);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) {
      return sendError(response, 403, { code: 'FORBIDDEN_ORIGIN', messageKey: 'errors.forbiddenOrigin' });
    }
    if (request.method !== 'POST') {
      return sendError(response, 405, { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput' });
    }
    if (!hasToken(request.headers.authorization, options.token)) {
      return sendError(response, 401, { code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' });
    }
    const body = await readBody(request);
    if (body === 'too-large') {
      return sendError(response, 413, { code: 'PAYLOAD_TOO_LARGE', messageKey: 'errors.payloadTooLarge' });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(response, 400, { code: 'INVALID_INPUT', messageKey: 'errors.invalidJson' });
    }
    // A malformed escape is just an unknown channel, not an internal error.
    const result = await options.dispatch(safeDecode(channel) ?? channel, input);
    sendJson(response, 200, result);
  }

  function serveStatic(response: ServerResponse, pathname: string): void {
    const root = options.staticDir === undefined ? undefined : resolve(options.staticDir);
    if (!root || !existsSync(root)) {
      return sendError(response, 404, { code: 'NOT_FOUND', messageKey: 'errors.rendererNotBuilt' });
    }
    const decoded = safeDecode(pathname === '/' ? '/index.html' : pathname);
    const relative = decoded === null ? '' : normalize(decoded).replace(/^([/\\])+/, '');
    const file = join(root, relative);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return sendError(response, 404, { code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    }
    response.writeHead(200, {
      'Content-Type': mimeTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-store',
    });
    // A file that vanishes mid-read (say, during a rebuild) ends this response, not the process.
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  return {
    server,
    port,
    origin,
    url: `${origin}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function hasToken(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const presented = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too-large');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
    // A client that gives up mid-body must not leave this promise waiting for ever.
    request.on('close', () => {
      if (!request.complete) reject(new Error('request aborted'));
    });
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

function sendError(response: ServerResponse, status: number, error: AppErrorShape): void {
  sendJson(response, status, { ok: false, error });
}
