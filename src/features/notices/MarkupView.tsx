import { parseMarkup, type Inline } from '../../domain/markup';

function Inlines({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((piece, i) =>
        piece.isBold ? <strong key={i}>{piece.text}</strong> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}

/**
 * A notice body drawn as React elements from the parsed markup. Text is always text:
 * there is no path from the body to HTML (no dangerouslySetInnerHTML), so "<script>"
 * typed into a notice shows as those characters on the board.
 */
export function MarkupView({ source }: { source: string }) {
  const blocks = parseMarkup(source);
  return (
    <div className="markup">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'paragraph':
            return (
              <p key={i}>
                <Inlines content={block.content} />
              </p>
            );
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Inlines content={item} />
                  </li>
                ))}
              </ul>
            );
          case 'table':
            return (
              <div className="markup__table" key={i}>
                <table>
                  {block.header && (
                    <thead>
                      <tr>
                        {block.header.map((cell, c) => (
                          <th key={c} scope="col">
                            <Inlines content={cell} />
                          </th>
                        ))}
                      </tr>
                    </thead>
                  )}
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, c) => (
                          <td key={c}>
                            <Inlines content={cell} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </div>
  );
}
