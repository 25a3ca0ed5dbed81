/** Training's part of the demo street: filled in below. */
import type { SeedContext } from '../../core/domain-module';

export async function seedTraining(_ctx: SeedContext): Promise<void> {}
