import type { Segment } from '../lib/marks';

/** Segments as text nodes and <mark> elements (never innerHTML). */
export function Marked({ segments, title }: { segments: Segment[]; title?: (s: Segment) => string | undefined }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} title={title?.(s)} data-fields={s.fields?.join(' ')}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
