// What one app's render reads, as content digests. A reader per checkout digests each file and tree
// once per run (bases, charts and libraries are shared by many apps); an InputSet collects one app's
// entries and folds them into a hash. Absent files are entries too: creating one can change a render.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { lstatIf, statIf } from '../../fs/local.js';
import { byteOrder } from '../source-type.js';
import { isWorkCopy } from '../workdir.js';

/** The input set cannot be known (remote content, a plugin, a read we cannot follow): render it. */
export class UnknownInputs extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnknownInputs';
  }
}

interface Facts {
  /** 'absent', or a digest of the content (a tree: of its entries' names and digests). */
  digest: string;
  /** The text names Argo CD Applications (an app-of-apps source) or $ARGOCD_APP_REVISION. */
  application: boolean;
  revision: boolean;
}

const ABSENT: Facts = { digest: 'absent', application: false, revision: false };

export class InputReader {
  private readonly files = new Map<string, Promise<Facts>>();
  private readonly trees = new Map<string, Promise<Facts>>();
  private readonly parsed = new Map<string, Promise<unknown>>();

  constructor(readonly root: string) {}

  file(abs: string): Promise<Facts> {
    return memo(this.files, abs, () => this.readFile(abs));
  }

  /** A YAML file's content, parsed once per run (a base kustomization is reached by every overlay over it); rejects when it does not parse. */
  yaml(abs: string): Promise<unknown> {
    return memo(this.parsed, abs, async () => parse(readFileSync(abs, 'utf8')));
  }

  /** Every file below `abs`, recursively (`.git` and render work copies aside). */
  tree(abs: string): Promise<Facts> {
    return memo(this.trees, abs, async () => {
      const info = lstatIf(abs);
      if (!info) return ABSENT;
      if (!info.isDirectory()) return this.file(abs);
      const names = readdirSync(abs).filter((n) => n !== '.git' && !isWorkCopy(n)).sort(byteOrder);
      const parts = await Promise.all(names.map(async (n) => [n, await this.tree(join(abs, n))] as const));
      const hash = createHash('sha256');
      for (const [n, f] of parts) hash.update(`${n}\0${f.digest}\0`);
      return {
        digest: `tree:${hash.digest('hex')}`,
        application: parts.some(([, f]) => f.application),
        revision: parts.some(([, f]) => f.revision),
      };
    });
  }

  // Sync reads: see fs/local.ts.
  private async readFile(abs: string): Promise<Facts> {
    const info = lstatIf(abs);
    if (!info) return ABSENT;
    // A symlink counts by its target text and by what it points at.
    const link = info.isSymbolicLink() ? `link:${readlinkSync(abs)}\0` : '';
    const target = link ? statIf(abs) : info;
    if (!target) return { ...ABSENT, digest: `${link}absent` };
    if (target.isDirectory()) return { ...ABSENT, digest: `${link}dir` };
    // A pipe or device (a directory given to the CLI may hold one) may never end: not read.
    if (!target.isFile()) return { ...ABSENT, digest: `${link}special` };
    const content = readFileSync(abs);
    const text = content.toString('latin1');
    return {
      digest: link + createHash('sha256').update(content).digest('hex'),
      application: text.includes('Application'),
      revision: text.includes('ARGOCD_APP_REVISION'),
    };
  }
}

/** One app's inputs. Entries are sorted before hashing, so the order they were found in never counts. */
export class InputSet {
  private readonly entries = new Map<string, string>();
  /** Some input may define Applications (or could not be read to tell): its render may have children. */
  mayDefineApps = false;
  mentionsRevision = false;

  constructor(readonly reader: InputReader) {}

  /** A file the render reads, absent or not. */
  async file(abs: string): Promise<Facts> {
    return this.add('file', abs, await this.reader.file(this.inside(abs)));
  }

  /** A directory whose every file the render may read. */
  async tree(abs: string): Promise<Facts> {
    return this.add('tree', abs, await this.reader.tree(this.inside(abs)));
  }

  value(key: string, value: string): void {
    this.entries.set(`value ${key}`, value);
  }

  hash(): string {
    const hash = createHash('sha256');
    for (const key of [...this.entries.keys()].sort(byteOrder)) hash.update(`${key}\0${this.entries.get(key)}\0`);
    return hash.digest('hex');
  }

  private add(kind: string, abs: string, facts: Facts): Facts {
    this.entries.set(`${kind} ${relative(this.reader.root, abs)}`, facts.digest);
    this.mayDefineApps ||= facts.application;
    this.mentionsRevision ||= facts.revision;
    return facts;
  }

  private inside(abs: string): string {
    const p = resolve(abs);
    if (p !== this.reader.root && !p.startsWith(this.reader.root + sep)) {
      throw new UnknownInputs(`${abs} is outside the repository`);
    }
    return p;
  }
}

function memo<T>(map: Map<string, Promise<T>>, key: string, fn: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    p = fn();
    map.set(key, p);
  }
  return p;
}
