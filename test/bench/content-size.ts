// What content.js is made of: the content entry rebuilt like scripts/build.mjs, with esbuild's metafile per folder.

export interface SizePart {
  part: string;
  kb: number;
}

/** Groups a bundled input path into the folder a reader would act on (src/core/detect, node_modules/preact, …). */
export function groupOf(path: string): string {
  const p = path.replace(/\\/g, '/');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p);
  if (nm) return `node_modules/${nm[1]}`;
  const src = /src\/([^/]+)\/(?:([^/]+)\/)?/.exec(p);
  if (src) return src[2] ? `src/${src[1]}/${src[2]}` : `src/${src[1]}`;
  return p;
}

export async function contentBreakdown(root: string): Promise<{ kb: number; parts: SizePart[] } | null> {
  try {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['src/entries/content.ts'],
      bundle: true,
      minify: true,
      legalComments: 'none',
      target: ['chrome120', 'firefox128'],
      format: 'iife',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      charset: 'utf8',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      outfile: 'content.js',
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(out.metafile.outputs)[0];
    if (!output) return null;
    const byGroup = new Map<string, number>();
    for (const [path, info] of Object.entries(output.inputs)) {
      const g = groupOf(path);
      byGroup.set(g, (byGroup.get(g) ?? 0) + info.bytesInOutput);
    }
    const parts = [...byGroup]
      .sort((a, b) => b[1] - a[1])
      .map(([part, bytes]) => ({ part, kb: Math.round(bytes / 102.4) / 10 }));
    return { kb: Math.round(output.bytes / 102.4) / 10, parts };
  } catch {
    return null;
  }
}
