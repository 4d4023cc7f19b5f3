// Where media files live: under DATA_DIR/media, served at /media/. One small interface so a
// shared store (part 6) can replace the local folder without touching callers.
import fs from 'node:fs/promises';
import path from 'node:path';

export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  read(key: string): Promise<Buffer>;
  /** Removes a file; one that is not there is no error. */
  remove(key: string): Promise<void>;
  /** Local folder served at /media/. */
  readonly root: string;
}

export function localStorage(dataDir: string): MediaStorage {
  const root = path.join(dataDir, 'media');
  const safe = (key: string) => {
    if (!/^[a-z0-9][a-z0-9/_.-]*$/.test(key) || key.includes('..')) throw new Error(`invalid media key ${key}`);
    return path.join(root, key);
  };
  return {
    root,
    async put(key, data) {
      const file = safe(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, data);
      await fs.rename(tmp, file);
    },
    read: (key) => fs.readFile(safe(key)),
    remove: (key) => fs.rm(safe(key), { force: true }),
  };
}
