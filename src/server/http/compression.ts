/**
 * Answers over a threshold are compressed (brotli at a fast level, or gzip) for a client that accepts it;
 * smaller ones go as they are: under about a kilobyte an answer fits one packet either way, and compressing
 * it would only spend the CPU. The web app's own files come compressed from the build (app.ts, @fastify/static
 * preCompressed) and are never compressed again. Request bodies are not decompressed: a client sends JSON or
 * multipart as it is, and the body limit counts what arrives.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

export const COMPRESS_THRESHOLD_BYTES = 1024;

export async function installCompression(app: FastifyInstance) {
  await app.register(fastifyCompress, {
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    globalDecompression: false,
  });
}
