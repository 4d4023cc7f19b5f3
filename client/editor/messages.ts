// The editor's strings come from the one catalogue (src/messages/vi/editor.ts), bundled in.
export { editorText } from '../../src/messages/vi/editor.js';
export type { EditorText } from '../../src/messages/vi/editor.js';
