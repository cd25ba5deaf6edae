import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../storage/atomic-file';

const BLOCK = 1000;

/**
 * Hands out monotonically increasing producer ids across restarts. Ids are reserved
 * in blocks on disk so a restart never reuses an id an old producer still holds.
 */
export class ProducerIdAllocator {
  private next: number;
  private reservedUntil: number;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'producer-ids.json');
    let start = 1;
    if (fs.existsSync(this.file)) {
      const saved = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { reservedUntil: number };
      start = saved.reservedUntil;
    }
    this.next = start;
    this.reservedUntil = start;
  }

  allocate(): number {
    if (this.next >= this.reservedUntil) {
      this.reservedUntil = this.next + BLOCK;
      writeFileAtomic(this.file, JSON.stringify({ reservedUntil: this.reservedUntil }));
    }
    return this.next++;
  }
}
