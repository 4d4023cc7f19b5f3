// The folders of src/ form layers (foundation, platform, capabilities, modules, app): a file may
// import its own folder and the folders listed before its own, never one listed after it. The list
// is the rule's options, in eslint.config.js (the one place it is written).
//
// Every relative import, export-from, import() and `declare module` is resolved to the entry it
// lands in: the first folder under src/ (`web`), or a top-level file without its extension (`app`
// for src/app.ts). Type-only imports count: a type shared downwards belongs to the lower folder.
// Imports leaving src/ are not this rule's business; neither are bare package names.
//
// `exceptions` names the known breaches still to be fixed ('web -> counters'), each with why; a
// breach not named there is an error, and so is an entry of src/ that has no place in the list.
import path from 'node:path';

/** The entry of src/ a file belongs to, or undefined outside src/. */
export function entryOf(srcDir, file) {
  const rel = path.relative(srcDir, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const [first, ...rest] = rel.split(path.sep);
  return rest.length > 0 ? first : first.replace(/\.(d\.ts|tsx?|jsx?|mjs|cjs)$/, '');
}

/** The layers as one ordered list: entry → { rank, layer }. */
export function ranks(layers) {
  const out = new Map();
  for (const [layer, entries] of Object.entries(layers)) for (const entry of entries) out.set(entry, { rank: out.size, layer });
  return out;
}

/** 'a -> b' of an import that breaks the layers, or undefined when it is allowed. */
export function breach(order, from, to) {
  if (from === to) return undefined;
  const a = order.get(from);
  const b = order.get(to);
  if (!a || !b) return undefined;
  return b.rank > a.rank ? `${from} -> ${to}` : undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'A folder of src/ imports only itself and the folders listed before it in the layers.' },
    schema: [
      {
        type: 'object',
        properties: {
          /** The source directory, relative to the working directory (default 'src'). */
          src: { type: 'string' },
          /** Layer name → its entries, lowest first; the layers in order, lowest first. */
          layers: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          /** 'from -> to' → why it is still there (to be removed once fixed). */
          exceptions: { type: 'object', additionalProperties: { type: 'string' } },
        },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        "{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}), which is listed after it: a folder imports itself and the folders before it (eslint.config.js, 'loa/layers').",
      unplaced: "{{entry}} has no place in the layers: add it to 'loa/layers' in eslint.config.js.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const srcDir = path.resolve(context.cwd, options.src ?? 'src');
    const order = ranks(options.layers ?? {});
    const exceptions = new Set(Object.keys(options.exceptions ?? {}).map((k) => k.replace(/\s+/g, ' ').trim()));
    const file = context.filename;
    const from = entryOf(srcDir, file);
    if (from === undefined) return {};

    function check(node, spec) {
      if (typeof spec !== 'string' || !(spec.startsWith('./') || spec.startsWith('../'))) return;
      const to = entryOf(srcDir, path.resolve(path.dirname(file), spec));
      if (to === undefined || to === from) return;
      for (const entry of [from, to]) {
        if (!order.has(entry)) return context.report({ node, messageId: 'unplaced', data: { entry } });
      }
      const b = breach(order, from, to);
      if (b && !exceptions.has(b)) {
        context.report({ node, messageId: 'upward', data: { from, to, fromLayer: order.get(from).layer, toLayer: order.get(to).layer } });
      }
    }

    const source = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: source,
      ExportNamedDeclaration: source,
      ExportAllDeclaration: source,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const arg = node.argument?.literal ?? node.argument;
        if (arg?.type === 'Literal') check(node, arg.value);
      },
      TSModuleDeclaration: (node) => node.id.type === 'Literal' && check(node.id, node.id.value),
    };
  },
};

export default { meta: { name: 'loa' }, rules: { layers: rule } };
