/**
 * Uploaded files (SPEC §4 Files): bytes go to a FileStorage (local disk by
 * default, an object store is one more adapter), the row in `files` says who
 * uploaded what. The type is decided from the bytes, never from the name or
 * the browser's claim, and only PDF, JPEG and PNG are kept.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Db } from '../db/client';
import { FieldError } from '../core/app-error';

export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export class LocalDiskStorage implements FileStorage {
  private readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }
  private path(key: string): string {
    if (!/^[0-9a-z/-]+$/.test(key)) throw new Error('invalid storage key');
    return join(this.root, key);
  }
  async put(key: string, data: Buffer): Promise<void> {
    const p = this.path(key);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, data, { flag: 'wx' });
  }
  get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }
  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export type StoredMime = 'application/pdf' | 'image/jpeg' | 'image/png';

/** The type by magic number; null when it is none of the kept types. */
export function sniffMime(data: Buffer): StoredMime | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

export interface StoredFile {
  id: number;
  originalName: string;
  mime: StoredMime;
  sizeBytes: number;
  sha256: string;
}

/**
 * Checks and keeps one upload. Call inside the transaction that links the file
 * to its record: if that transaction fails, the row goes and the bytes stay as
 * an orphan that nobody can reach (cheaper than losing a file that a committed
 * row names).
 */
export async function storeUpload(
  db: Db,
  storage: FileStorage,
  input: {
    ownerUserId: number;
    purpose: string;
    originalName: string;
    data: Buffer;
    field?: string;
    maxBytes?: number;
  },
): Promise<StoredFile> {
  const field = input.field ?? 'file';
  const max = input.maxBytes ?? MAX_UPLOAD_BYTES;
  if (input.data.length === 0) throw new FieldError(field, 'file_empty');
  if (input.data.length > max) throw new FieldError(field, 'file_too_large');
  const mime = sniffMime(input.data);
  if (!mime) throw new FieldError(field, 'file_type');
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
  await storage.put(key, input.data);
  // path separators and control characters never reach a download header
  const name =
    [...input.originalName]
      .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 ? '_' : ch))
      .join('')
      .slice(0, 200) || 'file';
  const row = await db
    .insertInto('files')
    .values({
      owner_user_id: input.ownerUserId,
      purpose: input.purpose,
      original_name: name,
      mime,
      size_bytes: input.data.length,
      sha256,
      storage_key: key,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, originalName: name, mime, sizeBytes: input.data.length, sha256 };
}
