import { FIGURE_ERAS, FIGURE_KINDS } from '@/lib/formats/markdown/figure-directive';

/** The brief syntax, at hand while writing. */
export function SyntaxHelp() {
  return (
    <details className="rounded border border-rule p-3 text-sm">
      <summary className="cursor-pointer font-medium">Writing help: citations, entity links, figures</summary>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-medium">Cite a paragraph</dt>
          <dd>
            <code>[^article-slug#p-3]</code> after the claim: paragraph 3 of that article becomes a numbered source note. Use the search above to find
            paragraphs.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Link an entity</dt>
          <dd>
            <code>[[Birlestik-2024]]</code> by any of its names, or <code>[[Unity-2024|the joint exercise]]</code> to show other words.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Embed a comparison figure</dt>
          <dd>
            <code>::figure{'{'}kind=&quot;network&quot; era=&quot;both&quot; countries=&quot;kazakhstan,azerbaijan&quot;{'}'}</code> on a line of its own.
            Kinds: {FIGURE_KINDS.join(', ')}; eras: {FIGURE_ERAS.join(', ')}; also <code>org=&quot;csto&quot;</code>,{' '}
            <code>from=&quot;2015&quot;</code>, <code>to=&quot;2024&quot;</code>. Countries and organizations by the end of their page address. The
            preview draws it from today’s data.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Markdown</dt>
          <dd>
            <code>## Heading</code>, <code>**bold**</code>, <code>*italic*</code>, <code>- list item</code>, <code>&gt; quotation</code>, tables.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Keys</dt>
          <dd>Ctrl+S or ⌘S saves now; drafts also save every few seconds and when you leave a field.</dd>
        </div>
      </dl>
    </details>
  );
}
