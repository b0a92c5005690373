import { notFound } from 'next/navigation';

// Any editor address no page matches: answered by the editor's own not-found, inside its layout.
export default function MissingEditorPage(): never {
  notFound();
}
