/**
 * The baseline: a bare node:http server in this process that answers every
 * request with the bytes the real app sent for one request (same status, same
 * headers, same body). What the app's throughput is compared with.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Exchange } from './http';

// Node writes these itself on every answer, as it does for the app.
const HOP_BY_HOP = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

export interface RawServer {
  url: string;
  close(): Promise<void>;
}

export async function startRawServer(captured: Exchange): Promise<RawServer> {
  const headers: string[] = [];
  for (let i = 0; i < captured.rawHeaders.length; i += 2) {
    const name = captured.rawHeaders[i]!;
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push(name, captured.rawHeaders[i + 1]!);
  }
  const body = captured.body;
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(captured.status, headers);
    res.end(body);
  });
  // Fastify's default, so idle keep-alive connections are treated alike.
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
