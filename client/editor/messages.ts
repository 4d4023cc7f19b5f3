// The editor's strings come from the one catalogue (src/messages/strings/editor.ts), bundled in.
export { editorText } from '../../src/messages/strings/editor.js';
export type { EditorText } from '../../src/messages/strings/editor.js';
