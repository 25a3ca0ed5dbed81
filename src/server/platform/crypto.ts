/**
 * Field encryption (AES-256-GCM) for 身份证 numbers, and a keyed blind index
 * (HMAC-SHA-256) so an exact number can be found without decrypting a table.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Secrets } from './secrets';

export interface FieldCipher {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
  blindIndex(value: string): Buffer;
}

export function createFieldCipher({ dataKey, blindIndexKey }: Pick<Secrets, 'dataKey' | 'blindIndexKey'>): FieldCipher {
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]); // version 1
    },
    decrypt(sealed) {
      if (sealed[0] !== 1) throw new Error('unknown field cipher version');
      const iv = sealed.subarray(1, 13);
      const tag = sealed.subarray(13, 29);
      const decipher = createDecipheriv('aes-256-gcm', dataKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sha256', blindIndexKey).update(value.trim().toUpperCase()).digest();
    },
  };
}
