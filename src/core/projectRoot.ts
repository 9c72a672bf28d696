import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project root: the nearest folder above `from` that holds package.json. The committed
 * models (models/*.json) are read from there, whether the code runs from src/ or a built dist/.
 */
export function projectRoot(from: string, what: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`${what}: no package.json above ${from}`);
    dir = up;
  }
  return dir;
}
